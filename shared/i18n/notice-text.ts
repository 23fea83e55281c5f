import type { Notification, NotificationType } from '../notifications/notification.schema.ts';
import type { Language } from './languages.ts';
import type { NoticeKey } from './notices/en.ts';

/**
 * The values a notice is written from, raw: names, counts, money as integer minor units
 * (`…Minor`, with `currency`), days (`…Day`), UTC instants; shared/i18n/notice-values.ts says
 * how each reads in a language.
 */
export type NoticeValues = Record<string, string | number>;

export type Format = (key: NoticeKey, values?: NoticeValues) => string;
const formatters = new Map<Language, Promise<Format>>();

/**
 * The notices' words in a language, as a function of key and values. The formatter and the
 * catalogues load on first use (a dynamic import), so no function pays for them at a cold
 * start; once loaded, each message is parsed once.
 */
export function noticeFormat(language: Language): Promise<Format> {
  let format = formatters.get(language);
  if (!format) {
    format = load(language);
    formatters.set(language, format);
  }
  return format;
}

async function load(language: Language): Promise<Format> {
  const [{ IntlMessageFormat }, { readableValues }, catalogue] = await Promise.all([
    import('intl-messageformat'),
    import('./notice-values.ts'),
    language === 'de'
      ? import('./notices/de.ts').then((m) => m.de)
      : import('./notices/en.ts').then((m) => m.en),
  ]);
  const parsed = new Map<NoticeKey, InstanceType<typeof IntlMessageFormat>>();
  return (key, values) => {
    let message = parsed.get(key);
    if (!message) {
      message = new IntlMessageFormat(catalogue[key], language);
      parsed.set(key, message);
    }
    return String(message.format(values && readableValues(values, language)));
  };
}

/**
 * The notification types the catalogues write: every one (the catalogue tests hold each to a
 * title and a body, and {@link inLanguage} does not compile while one is missing).
 */
export type NoticeType = NotificationType;

/** A list's entries as flat notice values: each entry's values suffixed with its index (`title_0`). */
export function listValues(entries: readonly NoticeValues[]): NoticeValues {
  return Object.fromEntries(
    entries.flatMap((entry, index) =>
      Object.entries(entry).map(([name, value]) => [`${name}_${index}`, value]),
    ),
  );
}

/** A notice's title and body in a language, from its type and values. */
export async function noticeText(
  type: NoticeType,
  values: NoticeValues,
  language: Language,
): Promise<{ title: string; body: string }> {
  const [format, { withList }] = await Promise.all([noticeFormat(language), import('./notice-values.ts')]);
  const all = withList(type, values, format);
  return { title: format(`${type}.title`, all), body: format(`${type}.body`, all) };
}

/**
 * A notice's title and body in a language: written again from its values when it kept them
 * (every notice written since its type's words were catalogued), else as it was written.
 */
export async function inLanguage(
  notification: Pick<Notification, 'title' | 'body' | 'values'> & { type?: Notification['type'] },
  language: Language,
): Promise<{ title: string; body: string }> {
  const { type, values } = notification;
  if (type && values) return noticeText(type, values, language);
  return { title: notification.title, body: notification.body };
}
