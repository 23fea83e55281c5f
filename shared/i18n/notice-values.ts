import { moneyText } from '../money.ts';
import type { Language } from './languages.ts';
import type { Format, NoticeType, NoticeValues } from './notice-text.ts';
import type { NoticeKey } from './notices/en.ts';

/** How numbers, money and dates are written in each language's notices. */
const LOCALES: Record<Language, string> = { en: 'en', de: 'de-DE' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A notice's raw values as a reader of `language` reads them, at format time, so one stored
 * notice reads right in every language:
 * - `<name>Minor` (integer minor units) with `currency` gives `<name>`, the amount in the
 *   language's way (`€12.50`, `12,50 €`);
 * - `<name>Day` (`2026-12-10`) is the calendar day (English keeps the ISO day it always wrote;
 *   German `10.12.2026`);
 * - `<name>Utc` (an ISO instant) is its date and time in UTC, the zone named
 *   (`2026-12-10 09:00 UTC`, `10.12.2026, 09:00 UTC`).
 * Any other ISO instant stays as it is: the dashboard and the emails write those in the
 * reader's own zone.
 */
export function readableValues(
  values: Record<string, string | number>,
  language: Language,
): Record<string, string | number> {
  const locale = LOCALES[language];
  const out: Record<string, string | number> = { ...values };
  for (const [name, value] of Object.entries(values)) {
    if (name.endsWith('Minor') && typeof value === 'number' && typeof values.currency === 'string')
      out[name.slice(0, -'Minor'.length)] = moneyText(value, values.currency, locale);
    else if (name.endsWith('Day') && typeof value === 'string' && DAY.test(value))
      out[name] = dayText(value, language);
    else if (name.endsWith('Utc') && typeof value === 'string') out[name] = utcText(value, language);
  }
  return out;
}

function dayText(day: string, language: Language): string {
  if (language === 'en') return day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function utcText(instant: string, language: Language): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  if (language === 'en') return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(at)} UTC`;
}

/**
 * The notices that carry a list: each entry is written with `<type>.item` from the values
 * suffixed with its index (`title_0`, `points_0`, …; see `listValues`) and the entries,
 * joined, fill the placeholder `into`.
 */
const LISTS: Partial<Record<NoticeType, { into: string; separator: string }>> = {
  reach_bonus: { into: 'bonuses', separator: ', ' },
  rights_expiring: { into: 'scopes', separator: ', ' },
  challenges_digest: { into: 'challenges', separator: '\n' },
};

/** The values with the notice's list, if it has one, written entry by entry into its placeholder. */
export function withList(type: NoticeType, values: NoticeValues, format: Format): NoticeValues {
  const list = LISTS[type];
  if (!list) return values;
  const entries = entriesOf(values).map((entry) =>
    format(`${type}.item` as NoticeKey, { ...values, ...entry }),
  );
  return { ...values, [list.into]: entries.join(list.separator) };
}

function entriesOf(values: NoticeValues): NoticeValues[] {
  const entries: NoticeValues[] = [];
  for (const [name, value] of Object.entries(values)) {
    const match = /^(.+)_(\d+)$/.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const index = Number(match[2]);
    entries[index] = { ...entries[index], [match[1]]: value };
  }
  return entries.filter(Boolean);
}
