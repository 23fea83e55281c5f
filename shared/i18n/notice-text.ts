import type { Notification } from '../notifications/notification.schema.ts';
import type { Language } from './languages.ts';
import { readableValues } from './notice-values.ts';
import type { NoticeKey } from './notices/en.ts';

/**
 * The values a notice is written from, raw: names, counts, money as integer minor units
 * (`…Minor`, with `currency`), days (`…Day`), UTC instants; see {@link readableValues} for how
 * each reads in a language.
 */
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
    return String(message.format(values && readableValues(values, language)));
  };
}

/** Whether a notification type's words are in the catalogues (else it keeps the text it was written with). */
export function hasNoticeText(type: string): type is NoticeType {
  return (NOTICE_TYPES as readonly string[]).includes(type);
}

/** The notification types the catalogues write: every one. */
export const NOTICE_TYPES = [
  'submission_approved',
  'submission_rejected',
  'changes_requested',
  'badge_earned',
  'tier_changed',
  'challenge_opened',
  'kudos_received',
  'redemption_requested',
  'redemption_approved',
  'redemption_rejected',
  'redemption_fulfilled',
  'gift_post_due',
  'points_adjusted',
  'payout_sent',
  'metrics_due',
  'metrics_disputed',
  'reach_bonus',
  'rights_expiring',
  'webhook_endpoint_disabled',
  'code_leak_suspected',
  'referral_code_rotated',
  'application_approved',
  'application_rejected',
  'first_sale',
  'commission_earned',
  'commission_approved',
  'team_digest',
  'challenges_digest',
  'team_removed',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/**
 * The notices that carry a list: each entry is written with `<type>.item` from the values
 * suffixed with its index (`title_0`, `points_0`, …; see {@link listValues}) and the entries,
 * joined, fill the placeholder `into`.
 */
const LISTS: Partial<Record<NoticeType, { into: string; separator: string }>> = {
  reach_bonus: { into: 'bonuses', separator: ', ' },
  rights_expiring: { into: 'scopes', separator: ', ' },
  challenges_digest: { into: 'challenges', separator: '\n' },
};

/** A list's entries as flat notice values: each entry's values suffixed with its index (`title_0`). */
export function listValues(entries: readonly NoticeValues[]): NoticeValues {
  return Object.fromEntries(
    entries.flatMap((entry, index) =>
      Object.entries(entry).map(([name, value]) => [`${name}_${index}`, value]),
    ),
  );
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

/** A notice's title and body in a language, from its type and values. */
export async function noticeText(
  type: NoticeType,
  values: NoticeValues,
  language: Language,
): Promise<{ title: string; body: string }> {
  const format = await noticeFormat(language);
  const list = LISTS[type];
  const all = list
    ? {
        ...values,
        [list.into]: entriesOf(values)
          .map((entry) => format(`${type}.item` as NoticeKey, { ...values, ...entry }))
          .join(list.separator),
      }
    : values;
  return { title: format(`${type}.title`, all), body: format(`${type}.body`, all) };
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
