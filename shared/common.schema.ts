import { z } from 'zod';
import { MONTH_REGEX } from './challenges/month-window.ts';
import { HTTPS_ONLY } from './https-link.ts';

/**
 * What no URL field needs and parsers disagree on or silently drop: control and format
 * characters (NUL, tab, zero-width, bidi overrides), lone surrogates, spaces, backslashes.
 */
const URL_TROUBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\\]/u;

/**
 * An absolute https URL with a domain name and no credentials, written plainly: `https://`
 * first (`http://` is refused with the one sentence of shared/https-link.ts), and nothing a
 * browser would strip or reinterpret (see {@link URL_TROUBLE}).
 */
export const HttpsUrlSchema = z
  .string()
  .max(2048)
  // The value as sent, before the URL check: zod's url() trims, so " https://…" passed it
  // though the document's pattern refuses it (found by the document fuzz, seed 886383426).
  .regex(/^[Hh][Tt][Tt][Pp][Ss]:\/\//, HTTPS_ONLY) // no `i` flag: it would reach the OpenAPI pattern
  .refine(
    (value) => !URL_TROUBLE.test(value),
    'A URL must not contain spaces, backslashes, control or invisible characters',
  )
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Must be an https URL with a domain name' })
  .refine((value) => {
    // Zod runs this even when the checks above failed; a value that is no URL is theirs to report.
    // Not URL.canParse: on Node 20 it disagrees with `new URL` once optimised (seen: false for
    // https://a.é after a few thousand calls, while `new URL` parses it).
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return true;
    }
    return url.username === '' && url.password === '';
  }, 'A URL must not carry credentials');

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
timeZones.add('UTC');

/**
 * Text as people type it: trimmed, then at least `min` characters long, and at most `max` as
 * sent. The length is counted before the trim, as the OpenAPI document's maxLength counts it: a
 * 100-letter name with a space after, or 101 spaces where no minimum applies, was taken though
 * the document says 100 at most.
 */
export function trimmedText({ min = 0, max }: { min?: number; max: number }) {
  const text = z.string().max(max).trim();
  return min > 0 ? text.min(min) : text;
}

/** An IANA time zone name, such as `Europe/Berlin`. */
export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine((value) => timeZones.has(value), 'Must be an IANA time zone, such as Europe/Berlin');

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code, upper case. */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code such as EUR')
  .refine((value) => currencies.has(value), 'Unknown ISO 4217 currency');

export const EmailSchema = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

/** The largest magnitude of a free-form number (an answer, a question's bounds): 10^15. */
export const MAX_NUMBER_MAGNITUDE = 1e15;

/**
 * Whether a number can be stored: DynamoDB refuses magnitudes over about 1e125 and under
 * 1e-130 (1e300 or 5e-324 would be a 500). Zero, or between 1e-9 and 1e15 in size.
 */
export function isStorableNumber(value: number): boolean {
  const size = Math.abs(value);
  return Number.isFinite(value) && (size === 0 || (size >= 1e-9 && size <= MAX_NUMBER_MAGNITUDE));
}

/** A free-form number that can be stored (see {@link isStorableNumber}). */
export const StorableNumberSchema = z
  .number()
  .refine(isStorableNumber, 'Must be 0, or between 0.000000001 and 1,000,000,000,000,000 in size');

/** Page size for list endpoints: 1–100, default 25. */
export const LimitSchema = z.coerce.number().int().min(1).max(100).default(25);

export const CursorSchema = z.string().max(1024).optional();

export type Page<T> = { items: T[]; nextCursor?: string };

/** A calendar month, `YYYY-MM`, from 2000-01 to 2100-12 (the range month arithmetic keeps). */
export const MonthSchema = z.string().regex(MONTH_REGEX, 'Must be a month, YYYY-MM, from 2000-01 to 2100-12');
