import { firstInstantAtOrAfter, wallClockAt } from '../../../../shared/challenges/month-window.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) on a zone's wall clock. */
export function toZoneInput(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  try {
    const c = wallClockAt(instant, timeZone);
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
    // The server's own zone arithmetic: a time a spring-forward gap skips lands just after it.
    return new Date(firstInstantAtOrAfter(wall, timeZone)).toISOString();
  } catch {
    return new Date(wall).toISOString();
  }
}
