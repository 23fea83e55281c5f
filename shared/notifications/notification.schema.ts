import { z } from 'zod';

export const NOTIFICATION_TYPES = [
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
] as const;

export const NotificationSchema = z
  .object({
    notificationId: z.string(),
    userId: z.string(),
    programId: z.string(),
    type: z.enum(NOTIFICATION_TYPES),
    title: z.string(),
    body: z.string(),
    /** Where the dashboard should take the reader. */
    link: z.string().optional(),
    createdAt: z.string(),
    /** Where the email copy goes; kept off API responses. */
    email: z.string().optional(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;
