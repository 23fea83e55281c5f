import { addDays, type DayRange, daysIn, MAX_REPORT_DAYS, utcDay } from '../brand-data.ts';

export type Period = 'last7' | 'last30' | 'thisMonth' | 'lastMonth' | 'custom';

export const PERIODS: { value: Period; label: string }[] = [
  { value: 'last7', label: 'Last 7 days' },
  { value: 'last30', label: 'Last 30 days' },
  { value: 'thisMonth', label: 'This month' },
  { value: 'lastMonth', label: 'Last month' },
  { value: 'custom', label: 'Custom dates' },
];

/** The days a named period spans, as of `today` (a UTC day). */
export function presetRange(period: Exclude<Period, 'custom'>, today = utcDay(new Date())): DayRange {
  switch (period) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with custom dates, if anything. */
export function customProblem(range: DayRange): { field: 'from' | 'to'; message: string } | undefined {
  if (!DAY.test(range.from)) return { field: 'from', message: 'Choose a start date.' };
  if (!DAY.test(range.to)) return { field: 'to', message: 'Choose an end date.' };
  if (range.from > range.to) return { field: 'to', message: 'The end date must not be before the start.' };
  if (daysIn(range) > MAX_REPORT_DAYS)
    return { field: 'to', message: `A report spans at most ${MAX_REPORT_DAYS} days (three years).` };
  return undefined;
}

/** A period read from the address: a known name, else the last 30 days. */
export function periodOf(raw: string | null): Period {
  return PERIODS.some((p) => p.value === raw) ? (raw as Period) : 'last30';
}
