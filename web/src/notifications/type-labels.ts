import type { NotificationType } from '../../../shared/notifications/notification.schema.ts';

/**
 * Every notification type in words, as "emails about …" finishes: the preferences list and the
 * unsubscribe page read them. A Record, so a type added to the API without words fails the typecheck.
 */
export const TYPE_ABOUT: Record<NotificationType, string> = {
  submission_approved: 'posts of yours that were approved',
  submission_rejected: 'posts of yours that were rejected',
  changes_requested: 'changes asked for on your posts',
  badge_earned: 'badges you earned',
  tier_changed: 'moving to another tier',
  challenge_opened: 'new challenges',
  kudos_received: 'kudos from the team',
  redemption_requested: 'rewards ambassadors asked for',
  redemption_approved: 'rewards of yours that were approved',
  redemption_rejected: 'rewards of yours that were declined',
  redemption_fulfilled: 'rewards of yours that were sent',
  gift_post_due: 'posts due for gifts you received',
  points_adjusted: 'changes to your points',
  payout_sent: 'payouts sent to you',
  metrics_due: 'post figures to report',
  metrics_disputed: 'figures of your posts that were questioned',
  reach_bonus: 'reach bonuses',
  rights_expiring: 'content rights about to end',
  webhook_endpoint_disabled: 'webhook endpoints that were turned off',
  code_leak_suspected: 'referral codes that may have leaked',
  referral_code_rotated: 'your referral code changing',
  application_approved: 'your application being approved',
  application_rejected: 'your application being declined',
  first_sale: 'your first sale',
  commission_earned: 'commissions you earned',
  commission_approved: 'commissions of yours that were approved',
  team_digest: 'the team’s daily summary',
  challenges_digest: 'the weekly list of new challenges',
  team_removed: 'being removed from a program’s team',
};

/** A type as a heading: "New challenges". */
export function typeLabel(type: NotificationType): string {
  const about = TYPE_ABOUT[type];
  return about.charAt(0).toUpperCase() + about.slice(1);
}

/** A token's type, read from its clear part (`v1.{user}.{type}.{mac}`); the server checks the rest. */
export function tokenType(token: string): NotificationType | undefined {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || !parts[1] || !parts[3]) return undefined;
  const type = parts[2] as NotificationType;
  return Object.hasOwn(TYPE_ABOUT, type) ? type : undefined;
}

/** The preferences list's sections, in order: who gets the types in each, and about what. */
export const TYPE_GROUPS = [
  { id: 'posts', title: 'Your posts and challenges' },
  { id: 'rewards', title: 'Points, badges and rewards' },
  { id: 'earnings', title: 'Sales and earnings' },
  { id: 'applications', title: 'Your applications' },
  { id: 'team', title: 'For a program’s team' },
] as const;
export type TypeGroup = (typeof TYPE_GROUPS)[number]['id'];

/** The section each type is listed in; a Record, so a new type must be placed. */
export const TYPE_GROUP: Record<NotificationType, TypeGroup> = {
  submission_approved: 'posts',
  submission_rejected: 'posts',
  changes_requested: 'posts',
  challenge_opened: 'posts',
  challenges_digest: 'posts',
  metrics_due: 'posts',
  metrics_disputed: 'posts',
  gift_post_due: 'posts',
  kudos_received: 'posts',
  badge_earned: 'rewards',
  tier_changed: 'rewards',
  points_adjusted: 'rewards',
  reach_bonus: 'rewards',
  redemption_approved: 'rewards',
  redemption_rejected: 'rewards',
  redemption_fulfilled: 'rewards',
  first_sale: 'earnings',
  commission_earned: 'earnings',
  commission_approved: 'earnings',
  payout_sent: 'earnings',
  referral_code_rotated: 'earnings',
  application_approved: 'applications',
  application_rejected: 'applications',
  redemption_requested: 'team',
  rights_expiring: 'team',
  webhook_endpoint_disabled: 'team',
  code_leak_suspected: 'team',
  team_digest: 'team',
  team_removed: 'team',
};
