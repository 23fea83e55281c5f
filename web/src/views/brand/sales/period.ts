import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { addDays, type DayRange, daysIn, MAX_REPORT_DAYS, utcDay } from '../brand-data.ts';

export type Period = 'last7' | 'last30' | 'thisMonth' | 'lastMonth' | 'custom';

/** The periods to choose from, each with its name's key (read with `t()` when shown). */
export const PERIODS: { value: Period; words: MessageKey }[] = [
  { value: 'last7', words: 'brandMoney.period.last7' },
  { value: 'last30', words: 'brandMoney.period.last30' },
  { value: 'thisMonth', words: 'brandMoney.period.thisMonth' },
  { value: 'lastMonth', words: 'brandMoney.period.lastMonth' },
  { value: 'custom', words: 'brandMoney.period.custom' },
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
  if (!DAY.test(range.from)) return { field: 'from', message: t('brandMoney.period.noStart') };
  if (!DAY.test(range.to)) return { field: 'to', message: t('brandMoney.period.noEnd') };
  if (range.from > range.to) return { field: 'to', message: t('brandMoney.period.endBeforeStart') };
  if (daysIn(range) > MAX_REPORT_DAYS)
    return { field: 'to', message: t('brandMoney.period.tooLong', { days: MAX_REPORT_DAYS }) };
  return undefined;
}

/** A period read from the address: a known name, else the last 30 days. */
export function periodOf(raw: string | null): Period {
  return PERIODS.some((p) => p.value === raw) ? (raw as Period) : 'last30';
}
