import type { NotificationType } from '../../../shared/notifications/notification.schema.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';
import { wordsOf } from '../ui/words.ts';

/**
 * Every notification type in words, as "emails about …" finishes: the preferences list and the
 * unsubscribe page read them. A Record, so a type added to the API without words fails the typecheck.
 */
export const TYPE_ABOUT: Readonly<Record<NotificationType, string>> = wordsOf({
  submission_approved: 'notifications.about.submission_approved',
  submission_rejected: 'notifications.about.submission_rejected',
  changes_requested: 'notifications.about.changes_requested',
  badge_earned: 'notifications.about.badge_earned',
  tier_changed: 'notifications.about.tier_changed',
  challenge_opened: 'notifications.about.challenge_opened',
  kudos_received: 'notifications.about.kudos_received',
  redemption_requested: 'notifications.about.redemption_requested',
  redemption_approved: 'notifications.about.redemption_approved',
  redemption_rejected: 'notifications.about.redemption_rejected',
  redemption_fulfilled: 'notifications.about.redemption_fulfilled',
  gift_post_due: 'notifications.about.gift_post_due',
  points_adjusted: 'notifications.about.points_adjusted',
  payout_sent: 'notifications.about.payout_sent',
  metrics_due: 'notifications.about.metrics_due',
  metrics_disputed: 'notifications.about.metrics_disputed',
  reach_bonus: 'notifications.about.reach_bonus',
  rights_expiring: 'notifications.about.rights_expiring',
  webhook_endpoint_disabled: 'notifications.about.webhook_endpoint_disabled',
  code_leak_suspected: 'notifications.about.code_leak_suspected',
  referral_code_rotated: 'notifications.about.referral_code_rotated',
  application_approved: 'notifications.about.application_approved',
  application_rejected: 'notifications.about.application_rejected',
  first_sale: 'notifications.about.first_sale',
  commission_earned: 'notifications.about.commission_earned',
  commission_approved: 'notifications.about.commission_approved',
  team_digest: 'notifications.about.team_digest',
  challenges_digest: 'notifications.about.challenges_digest',
  team_removed: 'notifications.about.team_removed',
});

const TYPE_LABELS: Readonly<Record<NotificationType, string>> = wordsOf({
  submission_approved: 'notifications.type.submission_approved',
  submission_rejected: 'notifications.type.submission_rejected',
  changes_requested: 'notifications.type.changes_requested',
  badge_earned: 'notifications.type.badge_earned',
  tier_changed: 'notifications.type.tier_changed',
  challenge_opened: 'notifications.type.challenge_opened',
  kudos_received: 'notifications.type.kudos_received',
  redemption_requested: 'notifications.type.redemption_requested',
  redemption_approved: 'notifications.type.redemption_approved',
  redemption_rejected: 'notifications.type.redemption_rejected',
  redemption_fulfilled: 'notifications.type.redemption_fulfilled',
  gift_post_due: 'notifications.type.gift_post_due',
  points_adjusted: 'notifications.type.points_adjusted',
  payout_sent: 'notifications.type.payout_sent',
  metrics_due: 'notifications.type.metrics_due',
  metrics_disputed: 'notifications.type.metrics_disputed',
  reach_bonus: 'notifications.type.reach_bonus',
  rights_expiring: 'notifications.type.rights_expiring',
  webhook_endpoint_disabled: 'notifications.type.webhook_endpoint_disabled',
  code_leak_suspected: 'notifications.type.code_leak_suspected',
  referral_code_rotated: 'notifications.type.referral_code_rotated',
  application_approved: 'notifications.type.application_approved',
  application_rejected: 'notifications.type.application_rejected',
  first_sale: 'notifications.type.first_sale',
  commission_earned: 'notifications.type.commission_earned',
  commission_approved: 'notifications.type.commission_approved',
  team_digest: 'notifications.type.team_digest',
  challenges_digest: 'notifications.type.challenges_digest',
  team_removed: 'notifications.type.team_removed',
});

/** A type as a heading: "New challenges". */
export function typeLabel(type: NotificationType): string {
  return TYPE_LABELS[type];
}

/** Whether a string is a notification type the dashboard knows. */
export function isNotificationType(value: string): value is NotificationType {
  return Object.hasOwn(TYPE_ABOUT, value);
}

/** A token's type, read from its clear part (`v1.{user}.{type}.{mac}`); the server checks the rest. */
export function tokenType(token: string): NotificationType | undefined {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || !parts[1] || !parts[3]) return undefined;
  const type = parts[2] ?? '';
  return isNotificationType(type) ? type : undefined;
}

/** The preferences list's sections, in order (each with its heading's message): who gets the types in each, and about what. */
export const TYPE_GROUPS = [
  { id: 'posts', words: 'notifications.group.posts' },
  { id: 'rewards', words: 'notifications.group.rewards' },
  { id: 'earnings', words: 'notifications.group.earnings' },
  { id: 'applications', words: 'notifications.group.applications' },
  { id: 'team', words: 'notifications.group.team' },
] as const satisfies readonly { id: string; words: MessageKey }[];
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
