import { formatCount, humanise } from '../../../ui/format.ts';
import { wordsOf } from '../../../ui/words.ts';

/** A month's first instant in seconds, where the charts place it. */
export const monthSeconds = (month: string) => Date.parse(`${month}-01T00:00:00Z`) / 1000;

/** A count in the reader's digits, or a dash where there is none yet. */
export const count = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : formatCount(value);

/** The actions of the activity stream (`ACTIVITY_TYPES` in shared/analytics/activity.ts), in words. */
const ACTIVITY_WORDS = wordsOf({
  applied: 'sentences.activity.applied',
  approved: 'sentences.activity.approved',
  challenge_viewed: 'sentences.activity.challengeViewed',
  submitted: 'sentences.activity.submitted',
  post_approved: 'sentences.activity.postApproved',
  link_shared: 'sentences.activity.linkShared',
  clicked: 'sentences.activity.clicked',
  sold: 'sentences.activity.sold',
  invited: 'sentences.activity.invited',
  badge_earned: 'sentences.activity.badgeEarned',
  tier_up: 'sentences.activity.tierUp',
});

/** An action (`post_approved`) in words ("post approved"); one the dashboard does not know yet, as it is. */
export const actionName = (action: string): string =>
  Object.hasOwn(ACTIVITY_WORDS, action)
    ? ACTIVITY_WORDS[action as keyof typeof ACTIVITY_WORDS]
    : humanise(action);

/** `['submitted', 'post_approved']` → "submitted → post approved". */
export const chainText = (chain: string[]) => chain.map(actionName).join(' → ');

/** The most frequent transitions first, at most `limit` of them. */
export function topTransitions<T extends { count: number }>(transitions: readonly T[], limit = 15): T[] {
  return [...transitions].sort((a, b) => b.count - a.count).slice(0, limit);
}
