/**
 * Calendar-month windows in an IANA time zone, computed with `Intl.DateTimeFormat` only.
 *
 * A month is a `YYYY-MM` string. Its window is half-open: `[opensAt, closesAt)`, where `opensAt` is the
 * first instant of day 1 in the zone (local midnight, or the first instant that exists if midnight is
 * skipped by a DST change) and `closesAt` is the same instant for the next month.
 */

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * The months {@link isMonth} accepts, as one regex (`YYYY-MM`, 2000-01 to 2100-12): what every
 * schema that takes a month uses, so the OpenAPI document states the same range the code keeps.
 */
export const MONTH_REGEX = /^(?:20\d\d|2100)-(?:0[1-9]|1[0-2])$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** One formatter per zone: constructing `Intl.DateTimeFormat` is far costlier than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Throws a RangeError for an unknown zone, which is what we want callers to see.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading (to the second) in `timeZone` at the UTC instant `epochMs`. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** The zone's UTC offset in milliseconds (local minus UTC) at the instant `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const c = wallClockAt(epochMs, timeZone);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const local = new Date(Date.UTC(2000, c.month - 1, c.day, c.hour, c.minute, c.second));
  local.setUTCFullYear(c.year);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return local.getTime() - wholeSecond;
}

/** The wall-clock time at `epochMs`, expressed as if it were a UTC timestamp (milliseconds kept). */
function localMsAt(epochMs: number, timeZone: string): number {
  return epochMs + offsetAt(epochMs, timeZone);
}

/**
 * The first UTC instant whose wall-clock time in `timeZone` is at or after `localMs` (a wall-clock time
 * written as a UTC timestamp). Exact when that wall-clock time exists; the earlier of the two instants
 * when it occurs twice (clocks set back); the DST transition instant when it is skipped (clocks set
 * forward over it).
 */
export function firstInstantAtOrAfter(localMs: number, timeZone: string): number {
  // Guess → offset → corrected guess → re-check, seeded with every offset the zone uses near that time:
  // the offsets a day either side cover both sides of any transition close to `localMs`.
  const guessOffset = offsetAt(localMs, timeZone);
  const candidateOffsets = new Set([
    guessOffset,
    offsetAt(localMs - guessOffset, timeZone),
    offsetAt(localMs - DAY_MS, timeZone),
    offsetAt(localMs + DAY_MS, timeZone),
  ]);

  let exact: number | undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const offset of candidateOffsets) {
    const candidate = localMs - offset;
    if (offsetAt(candidate, timeZone) === offset) {
      if (exact === undefined || candidate < exact) exact = candidate;
    }
    lo = Math.min(lo, candidate);
    hi = Math.max(hi, candidate);
  }
  if (exact !== undefined) return exact;

  // The wall-clock time falls in a gap. Local time at `lo` (largest offset applied, but the zone was
  // still on a smaller one) reads before `localMs`; at `hi` it reads after. Bisect to the transition.
  if (localMsAt(hi, timeZone) < localMs) {
    throw new RangeError(`Cannot resolve local time ${new Date(localMs).toISOString()} in ${timeZone}`);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localMsAt(mid, timeZone) >= localMs) hi = mid;
    else lo = mid;
  }
  return hi;
}

function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  const year = Number(match?.[1]);
  const monthNumber = Number(match?.[2]);
  if (match === null || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(
      `Invalid month "${month}": expected YYYY-MM with a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  }
  return { year, month: monthNumber };
}

function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Wall-clock midnight of day 1 of the month `index` months after January of year 0, as a UTC timestamp. */
function monthStartLocalMs(index: number): number {
  const date = new Date(Date.UTC(2000, index % 12, 1));
  date.setUTCFullYear(Math.floor(index / 12));
  return date.getTime();
}

/**
 * Whether `value` is a month this module accepts: `YYYY-MM` with a year from 2000 to 2100 inclusive.
 * @param value the string to check
 */
export function isMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * The month `n` months after `month` (before it when `n` is negative), e.g. `addMonths('2026-12', 1)` is
 * `'2027-01'`. Neither the month nor the result is range-checked, so either may fall outside the years
 * {@link isMonth} accepts.
 * @param month a `YYYY-MM` month
 * @param n a whole number of months
 * @throws {RangeError} if `month` is malformed or `n` is not an integer
 */
export function addMonths(month: string, n: number): string {
  // Only the form is checked: arithmetic past the accepted years (2100-12 plus one) is fine.
  const match = MONTH_PATTERN.exec(month);
  if (match === null) throw new RangeError(`Invalid month "${month}": expected YYYY-MM`);
  const parsed = { year: Number(match[1]), month: Number(match[2]) };
  if (!Number.isInteger(n)) throw new RangeError(`Invalid month count ${n}: expected an integer`);
  const index = parsed.year * 12 + (parsed.month - 1) + n;
  return formatMonth(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/**
 * The half-open window `[opensAt, closesAt)` of a calendar month in an IANA time zone, as ISO-8601 UTC
 * strings (`Date.prototype.toISOString()` format). `opensAt` is local midnight on day 1 (or, if the zone
 * skips that midnight for DST, the first instant that exists, e.g. 01:00 local); `closesAt` is the
 * `opensAt` of the next month. Correct across DST changes and for fractional-hour offsets.
 * @param month a `YYYY-MM` month accepted by {@link isMonth}
 * @param timeZone an IANA time zone name such as `Europe/Berlin`
 * @throws {RangeError} if `month` is malformed or `timeZone` is not a known zone
 */
export function monthWindow(month: string, timeZone: string): { opensAt: string; closesAt: string } {
  const parsed = parseMonth(month);
  const index = parsed.year * 12 + (parsed.month - 1);
  const opensAt = firstInstantAtOrAfter(monthStartLocalMs(index), timeZone);
  const closesAt = firstInstantAtOrAfter(monthStartLocalMs(index + 1), timeZone);
  return { opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() };
}

/**
 * The `YYYY-MM` month that an instant falls in, in an IANA time zone.
 * @param instant a `Date`, or a string `new Date()` parses (an ISO-8601 timestamp is best)
 * @param timeZone an IANA time zone name such as `Europe/Berlin`
 * @throws {RangeError} if `instant` is not a valid date or `timeZone` is not a known zone
 */
export function monthOf(instant: Date | string, timeZone: string): string {
  const epochMs = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  if (Number.isNaN(epochMs)) throw new RangeError(`Invalid instant "${String(instant)}"`);
  const clock = wallClockAt(epochMs, timeZone);
  return formatMonth(clock.year, clock.month);
}
