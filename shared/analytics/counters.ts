import { addMonths } from '../challenges/month-window.ts';
import { validationFailed } from '../errors.ts';

/** Analytics counter rows and their arithmetic: pure, no DynamoDB (that is analytics.store.ts). */
export type Counters = Record<string, number>;

export function sumInto(into: Counters, from: Counters | undefined): Counters {
  for (const [k, v] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + v;
  return into;
}

/** The lower median of a histogram kept as `{prefix}{n}` counters (whole hours); null when empty. */
export function histogramMedian(counters: Counters, prefix: string): number | null {
  const buckets = Object.entries(counters)
    .filter(([k, v]) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)) && v > 0)
    .map(([k, v]) => [Number(k.slice(prefix.length)), v] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, v]) => sum + v, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [hours, count] of buckets) {
    seen += count;
    if (seen * 2 >= total) return hours;
  }
  return null;
}

const MAX_MONTHS = 36;

/** The months from `from` to `to`, inclusive. @throws AppError `validation_failed`. */
export function monthsBetween(from: string, to: string): string[] {
  if (from > to) throw validationFailed('to: must not be before from', { field: 'to' });
  const months: string[] = [];
  for (let month = from; month <= to && months.length <= MAX_MONTHS; ) {
    months.push(month);
    month = addMonths(month, 1);
  }
  if (months.length > MAX_MONTHS)
    throw validationFailed(`to: at most ${MAX_MONTHS} months at once`, { field: 'to' });
  return months;
}

export const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
