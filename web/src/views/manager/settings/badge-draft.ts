import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { Program } from '../../../program-context.ts';
import { numberOf } from '../../../ui/field-text.ts';
import { type Keyed, newKey } from '../../../ui/list-edits.ts';
import { BADGE_ID, readableId } from './readable-id.ts';

export type Badge = Program['badges'][number];
export type BadgeKind = Badge['rule']['kind'];
export type BadgeDraft = Keyed & {
  isNew: boolean;
  id: string;
  name: string;
  description: string;
  kind: BadgeKind;
  value: string;
};

/**
 * Each rule in words, and the field of the rule that holds its one number, with its words (message
 * keys, read at render).
 */
export const BADGE_VALUE: Record<
  BadgeKind,
  { words: MessageKey; value?: { field: 'count' | 'months' | 'points'; words: MessageKey } }
> = {
  approved_posts: {
    words: 'managerSettings.badge.approvedPosts',
    value: { field: 'count', words: 'managerSettings.badge.approvedPosts.count' },
  },
  streak_months: {
    words: 'managerSettings.badge.streakMonths',
    value: { field: 'months', words: 'managerSettings.badge.streakMonths.months' },
  },
  lifetime_points: {
    words: 'managerSettings.badge.lifetimePoints',
    value: { field: 'points', words: 'managerSettings.badge.lifetimePoints.points' },
  },
  first_sale: { words: 'managerSettings.badge.firstSale' },
};

export function badgeDraft(b: Badge): BadgeDraft {
  const field = BADGE_VALUE[b.rule.kind].value?.field;
  const rule = b.rule as Record<string, unknown>;
  return {
    key: newKey(),
    isNew: false,
    id: b.id,
    name: b.name,
    description: b.description,
    kind: b.rule.kind,
    value: field ? String(rule[field] ?? '') : '',
  };
}

export function newBadge(others: readonly BadgeDraft[]): BadgeDraft {
  return {
    key: newKey(),
    isNew: true,
    id: readableId(
      '',
      BADGE_ID,
      others.map((b) => b.id),
    ),
    name: '',
    description: '',
    kind: 'approved_posts',
    value: '1',
  };
}

export function buildBadge(b: BadgeDraft): Badge {
  const value = numberOf(b.value);
  const rule: Badge['rule'] =
    b.kind === 'approved_posts'
      ? { kind: 'approved_posts', count: value }
      : b.kind === 'streak_months'
        ? { kind: 'streak_months', months: value }
        : b.kind === 'lifetime_points'
          ? { kind: 'lifetime_points', points: value }
          : { kind: 'first_sale' };
  return { id: b.id, name: b.name, description: b.description, rule };
}
