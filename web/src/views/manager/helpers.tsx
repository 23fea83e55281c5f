import type { ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../ui/kit.tsx';

/** Runs `task` over `items`, at most `limit` at once; each result says done or failed, in order. */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
  onSettled?: (item: T, result: PoolResult<R>) => void,
): Promise<PoolResult<R>[]> {
  const results: PoolResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      let result: PoolResult<R>;
      try {
        result = { ok: true, value: await task(item) };
      } catch (error) {
        result = { ok: false, error };
      }
      results[index] = result;
      onSettled?.(item, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
export type PoolResult<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** The field problems an API error names, by dotted path (`questions.0.label`) or `details.field`. */
export function fieldErrors(error: ApiError | undefined): Record<string, string> {
  if (!error) return {};
  const details = error.details as
    | { issues?: { path: string; message: string }[]; field?: string }
    | undefined;
  const found: Record<string, string> = {};
  for (const issue of details?.issues ?? []) {
    if (issue.path && !found[issue.path]) found[issue.path] = issue.message;
  }
  if (details?.field && !found[details.field]) found[details.field] = error.message;
  return found;
}

/** This month (YYYY-MM) in a time zone. */
export function currentMonth(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
      .format(new Date())
      .slice(0, 7);
  } catch {
    return new Date().toISOString().slice(0, 7);
  }
}

export function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 2000, (mon ?? 1) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** "November 2026". */
export function monthName(month: string): string {
  if (!isMonth(month)) return month;
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A month field (labelled "Month" unless told) with previous and next buttons. */
export function MonthPicker({
  value,
  onValue,
  label = 'Month',
  max,
}: {
  value: string;
  onValue: (month: string) => void;
  label?: string;
  max?: string;
}) {
  const next = addMonths(value, 1);
  return (
    <div class="m-month-picker">
      <TextField
        label={label}
        type="month"
        value={value}
        {...(max ? { max } : {})}
        pattern="\d{4}-\d{2}"
        placeholder="YYYY-MM"
        onValue={(v) => {
          if (isMonth(v)) onValue(v);
        }}
      />
      <div class="actions">
        <Button variant="secondary" onClick={() => onValue(addMonths(value, -1))}>
          <span aria-hidden="true">←</span> Previous month
        </Button>
        <Button variant="secondary" disabled={max !== undefined && next > max} onClick={() => onValue(next)}>
          Next month <span aria-hidden="true">→</span>
        </Button>
      </div>
    </div>
  );
}

/** "post_approved" → "post approved". */
export const humanise = (value: string) => value.replace(/_/g, ' ');

export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${Math.round(rate * 1000) / 10} %`;
}

/** Hours as "5 h" or "3.5 days". */
export function duration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '–';
  if (hours < 48) return `${hours} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

const PLATFORM_NAMES: Record<string, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
  blog: 'Blog',
  other: 'Other',
};

/** "tiktok" → "TikTok". */
export const platformName = (platform: string) => PLATFORM_NAMES[platform] ?? humanise(platform);

/** A date as the program's calendar shows it (challenge windows are months in its time zone). */
export function formatDateIn(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone });
  } catch {
    return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
  }
}
