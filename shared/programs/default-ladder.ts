import type { Language } from '../i18n/languages.ts';
import { noticeFormat } from '../i18n/notice-text.ts';
import type { NoticeKey } from '../i18n/notices/en.ts';
import { type Badge, DEFAULT_BADGES, DEFAULT_TIERS, type Tier } from './program.schema.ts';

/**
 * The tiers and badges a new program starts with when its creator names none: the default ladder,
 * named in the creator's language (the request's). They are stored as the program's own words from
 * then on, like a challenge's title, so ambassadors, emails and webhooks read what the team reads
 * and edits. English is {@link DEFAULT_TIERS} and {@link DEFAULT_BADGES} as they are.
 */
export async function defaultLadder(language: Language): Promise<{ tiers: Tier[]; badges: Badge[] }> {
  if (language === 'en') return { tiers: DEFAULT_TIERS, badges: DEFAULT_BADGES };
  const format = await noticeFormat(language);
  const word = (key: string) => format(key as NoticeKey);
  return {
    tiers: DEFAULT_TIERS.map((tier) => ({ ...tier, name: word(`defaults.tier.${tier.id}`) })),
    badges: DEFAULT_BADGES.map((badge) => ({
      ...badge,
      name: word(`defaults.badge.${badge.id}.name`),
      description: word(`defaults.badge.${badge.id}.description`),
    })),
  };
}
