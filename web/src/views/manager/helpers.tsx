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

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) on a zone's wall clock. */
export function toZoneInput(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  try {
    const c = wallClock(instant, timeZone);
    return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
  } catch {
    return new Date(instant).toISOString().slice(0, 16);
  }
}

/**
 * A `datetime-local` value read on a zone's wall clock, as an ISO instant; '' when it is not a
 * date and time. A time a spring-forward gap skips lands just after the gap.
 */
export function fromZoneInput(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return '';
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as number[];
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  if (Number.isNaN(wall)) return '';
  try {
    // Guess with the offset at the wall time, then correct with the offset at the guess.
    let instant = wall - zoneOffset(wall, timeZone);
    const corrected = wall - zoneOffset(instant, timeZone);
    if (corrected !== instant) instant = Math.max(instant, corrected);
    return new Date(instant).toISOString();
  } catch {
    return new Date(wall).toISOString();
  }
}
