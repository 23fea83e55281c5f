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
 * Each rule in words, with the rule's field that holds its one number and that number's label
 * (none for a first sale).
 */
export const BADGE_VALUE: Record<
  BadgeKind,
  { label: string; field?: 'count' | 'months' | 'points'; valueLabel?: string }
> = {
  approved_posts: { label: 'Approved posts', field: 'count', valueLabel: 'Number of approved posts' },
  streak_months: {
    label: 'Months in a row with an approved post',
    field: 'months',
    valueLabel: 'Months in a row',
  },
  lifetime_points: { label: 'Lifetime points', field: 'points', valueLabel: 'Points' },
  first_sale: { label: 'First referral sale' },
};

export function badgeDraft(b: Badge): BadgeDraft {
  const field = BADGE_VALUE[b.rule.kind].field;
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
