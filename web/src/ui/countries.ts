/**
 * Countries as ISO 3166-1 alpha-2 codes, by the rule the API checks a shipping address with
 * (`isCountryCode` in shared/rewards/redemption.schema.ts): a two-letter region Intl names in
 * English, less the unions and the private-use codes. countries.test.ts keeps the two in step.
 */
import { intlLocale } from '../i18n/i18n.ts';

const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function regionNames(locale: string | undefined): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames(locale ? [locale, 'en'] : ['en'], { type: 'region' });
  } catch {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  }
}

/** Every code the API takes as a country, in alphabetical order of code. */
export function countryCodes(): string[] {
  const english = regionNames('en');
  const codes: string[] = [];
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = english.of(code);
      if (name !== undefined && name !== code && name !== 'Unknown Region') codes.push(code);
    }
  return codes;
}

let cached: { locale: string | undefined; options: { value: string; label: string }[] } | undefined;

/** The countries as select options, named in the dashboard's language and locale and sorted by name. */
export function countryOptions(
  locale: string | undefined = intlLocale(),
): { value: string; label: string }[] {
  const known = cached;
  if (known && known.locale === locale) return known.options;
  const names = regionNames(locale);
  const options = countryCodes()
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  cached = { locale, options };
  return options;
}

/** A code's name in the reader's language ("DE" → "Germany"), or the code itself. */
export function countryName(code: string, locale: string | undefined = intlLocale()): string {
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country the browser's language points to (`de-AT` → AT), when it is one, for a first guess. */
export function likelyCountry(locale = readerLocale()): string {
  const region = locale ? /[-_]([A-Z]{2})\b/.exec(locale)?.[1] : undefined;
  return region && countryCodes().includes(region) ? region : '';
}

function readerLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}
