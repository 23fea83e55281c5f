import type { Language } from '../i18n/languages.ts';
import { inLanguage, noticeFormat } from '../i18n/notice-text.ts';
import type { Email } from './mail-transport.ts';
import type { Notification } from './notification.schema.ts';

/**
 * The zone an email's dates are written in: the recipient's own (their profile's), else the
 * program's. The one place that decides it, so a profile setting lands everywhere at once.
 */
export function recipientTimeZone(zones: {
  recipient?: string | undefined;
  program?: string | undefined;
}): string {
  for (const zone of [zones.recipient, zones.program]) {
    if (zone && isTimeZone(zone)) return zone;
  }
  return 'UTC';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// An ISO-8601 UTC instant as the services write them (`2026-12-03T09:00:00.000Z`).
const INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z\b/g;

/** Every UTC instant in a text, written as a reader in `timeZone` reads it ("3 Dec 2026, 10:00 CET"). */
export function localizeInstants(text: string, timeZone: string, language = 'en-GB'): string {
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const zoneName = (at: Date) =>
    new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return text.replace(INSTANT, (instant) => {
    const at = new Date(instant);
    return Number.isNaN(at.getTime()) ? instant : `${format.format(at)} ${zoneName(at)}`;
  });
}

/** A dashboard path (`/programs/…`) as an absolute URL under the public URL; an absolute link stays. */
export function absoluteLink(publicUrl: string, link: string): string {
  if (/^https?:\/\//.test(link)) return link;
  return `${publicUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/**
 * The email copy of a notification: its title as the subject; its text with dates in the
 * recipient's zone and an absolute link into the dashboard; and, unless it is transactional, a
 * one-click unsubscribe from its type (RFC 8058: `List-Unsubscribe` with an https URL the mail
 * client POSTs to, and `List-Unsubscribe-Post`), also written in the text as a dashboard page.
 * All of it in the recipient's `language` (English unless given): a notice whose type's words
 * are catalogued is written again from its values in that language.
 */
export async function notificationEmail(
  notification: Pick<Notification, 'title' | 'body' | 'link' | 'values'> & {
    email: string;
    type?: Notification['type'];
  },
  options: {
    publicUrl: string;
    timeZone: string;
    unsubscribeToken?: string | undefined;
    language?: Language | undefined;
  },
): Promise<Email> {
  const { publicUrl, timeZone, unsubscribeToken, language = 'en' } = options;
  const { title, body } = await inLanguage(notification, language);
  const words = await noticeFormat(language);
  const locale = DATE_LOCALES[language];
  const lines = [localizeInstants(body, timeZone, locale)];
  if (notification.link)
    lines.push('', words('email.open', { link: absoluteLink(publicUrl, notification.link) }));
  const query = unsubscribeToken ? `?token=${encodeURIComponent(unsubscribeToken)}` : '';
  if (unsubscribeToken) {
    lines.push('', words('email.unsubscribe', { link: absoluteLink(publicUrl, `/unsubscribe${query}`) }));
  }
  lines.push('', words('email.signature'));
  return {
    to: notification.email,
    subject: localizeInstants(title, timeZone, locale),
    text: `${lines.join('\n')}\n`,
    headers: unsubscribeToken
      ? {
          'List-Unsubscribe': `<${absoluteLink(publicUrl, `/api/unsubscribe${query}`)}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {},
  };
}

/** How dates in an email are written for a language ("3 Dec 2026, 10:00" / "03.12.2026, 10:00"). */
const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };
