import { type Platform, platformLabel } from '../../../shared/submissions/post-url.ts';
import { intlLocale, t } from '../i18n/i18n.ts';

/** How many minor units a currency has: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** Money from integer minor units, in the currency's own number of decimals. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const amount = minor / 10 ** digits;
  try {
    return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** A rate (0.125) as a percentage ("12.5%"); a dash when there is none. */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}

export const formatCount = (value: number): string => value.toLocaleString(intlLocale());

/** An instant as the reader's date (and time), in a given zone when it matters. */
export function formatDate(
  iso: string | undefined,
  { withTime = false, timeZone }: { withTime?: boolean; timeZone?: string } = {},
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const style: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium' };
  try {
    return date.toLocaleString(intlLocale(), { ...style, ...(timeZone ? { timeZone } : {}) });
  } catch {
    return date.toLocaleString(intlLocale(), style);
  }
}

/** Names as one phrase in the reader's language: "A and B", "A, B und C". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
}

/** A calendar day (`YYYY-MM-DD`, as reports use, in UTC) as the reader's medium date. */
export function formatDay(day: string): string {
  return formatDate(`${day}T00:00:00Z`, { timeZone: 'UTC' });
}

/** The last day of a window whose end is exclusive (`closesAt` is the first instant after it). */
export function lastDay(closesAt: string, timeZone: string): string {
  return formatDate(new Date(Date.parse(closesAt) - 1).toISOString(), { timeZone });
}

/**
 * An instant in a named zone, labelled with it: "31 Dec 2026, 23:59 (Europe/Berlin)". For the
 * times that belong to a place (a challenge's window is in the program's zone).
 */
export function formatZoned(
  iso: string | undefined,
  timeZone: string,
  { withTime = true }: { withTime?: boolean } = {},
): string {
  if (!iso) return '';
  const shown = formatDate(iso, { withTime, timeZone });
  return shown === iso ? iso : `${shown} (${timeZone})`;
}

/**
 * An instant in the reader's own zone, labelled with the zone's short name ("6 Dec 2026, 21:40
 * CET"), so nobody wonders whose clock it is. For what happened to the reader (notifications).
 * @param timeZone The reader's zone; the browser's when left out (given in tests).
 * @param locale The reader's locale; the dashboard's language when left out.
 */
export function formatLocalTime(iso: string | undefined, timeZone?: string, locale?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  };
  try {
    return date.toLocaleString(locale ?? intlLocale(), options);
  } catch {
    return date.toLocaleString(locale ?? intlLocale(), { ...options, timeZone: undefined });
  }
}

/**
 * The calendar month (`YYYY-MM`) an instant falls in, in a zone: 1 Dec 00:30 in Berlin is
 * 30 Nov 23:30 UTC, and December in Berlin. A month read off the ISO string is the UTC one.
 */
export function monthOf(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 7);
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
    }).formatToParts(date);
    const year = parts.find((p) => p.type === 'year')?.value;
    const month = parts.find((p) => p.type === 'month')?.value;
    if (year && month) return `${year}-${month}`;
  } catch {
    // An unknown zone: the UTC month below.
  }
  return date.toISOString().slice(0, 7);
}

export const isMonth = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** This month (`YYYY-MM`) in a time zone. */
export function currentMonth(timeZone: string, now = new Date()): string {
  return monthOf(now.toISOString(), timeZone);
}

export function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2000, (mon ?? 1) - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** `2026-11` → "November 2026". */
export function monthName(month: string): string {
  if (!isMonth(month)) return month;
  return new Date(`${month}-15T00:00:00Z`).toLocaleDateString(intlLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `post_approved` → "post approved". */
export const humanise = (value: string): string => value.replace(/_/g, ' ');

/** `tiktok` → "TikTok", by the same table the server checks links with. */
export function platformName(platform: string): string {
  // The one platform named by a word rather than a brand.
  if (platform === 'other') return t('ui.platform.other');
  try {
    return platformLabel(platform as Platform);
  } catch {
    return humanise(platform);
  }
}

/** Hours as "5 h" or "3.5 days". */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '–';
  if (hours < 48) return t('ui.hours', { hours });
  return t('ui.days', { days: Math.round((hours / 24) * 10) / 10 });
}

/** A tier's name from its id, as the program names it. */
export function tierName(tiers: readonly { id: string; name: string }[], id: string | undefined): string {
  if (!id) return '';
  return tiers.find((tier) => tier.id === id)?.name ?? id;
}
