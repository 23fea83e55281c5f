import type { Notification } from '../notifications/notification.schema.ts';
import type { Language } from './languages.ts';
import type { NoticeKey } from './notices/en.ts';

/** The values a notice is written from (names, amounts already in words, counts, UTC instants). */
export type NoticeValues = Record<string, string | number>;

type Format = (key: NoticeKey, values?: NoticeValues) => string;
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
  const [{ IntlMessageFormat }, catalogue] = await Promise.all([
    import('intl-messageformat'),
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
    return String(message.format(values));
  };
}

/** Whether a notification type's words are in the catalogues (else it keeps the text it was written with). */
export function hasNoticeText(type: string): type is NoticeType {
  return (NOTICE_TYPES as readonly string[]).includes(type);
}

/** The notification types the catalogues write. */
export const NOTICE_TYPES = ['application_approved', 'application_rejected'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** A notice's title and body in a language, from its type and values. */
export async function noticeText(
  type: NoticeType,
  values: NoticeValues,
  language: Language,
): Promise<{ title: string; body: string }> {
  const format = await noticeFormat(language);
  return { title: format(`${type}.title`, values), body: format(`${type}.body`, values) };
}

/**
 * A notice's title and body in a language: written again from its values when its type's words
 * are catalogued and it kept them, else as it was written.
 */
export async function inLanguage(
  notification: Pick<Notification, 'title' | 'body' | 'values'> & { type?: Notification['type'] },
  language: Language,
): Promise<{ title: string; body: string }> {
  const { type, values } = notification;
  if (type && values && hasNoticeText(type)) return noticeText(type, values, language);
  return { title: notification.title, body: notification.body };
}
