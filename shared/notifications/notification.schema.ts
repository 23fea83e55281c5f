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

export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NotificationSchema = z
  .object({
    notificationId: z.string(),
    userId: z.string(),
    programId: z.string(),
    type: z.enum(NOTIFICATION_TYPES),
    /** In the reader's language (the request's Accept-Language) where the type's words are catalogued; else English. */
    title: z.string(),
    body: z.string(),
    /** What the title and body were written from, for the types whose words are catalogued (each reader's language). */
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** Where the dashboard should take the reader. */
    link: z.string().optional(),
    /**
     * `code_leak_suspected`: the code, whose it is, the UTC day and the code-only orders from
     * new customers behind the alert (those counted when it was raised).
     */
    codeLeak: z
      .object({
        code: z.string(),
        ambassadorId: z.string(),
        ambassadorName: z.string(),
        day: z.string(),
        orderIds: z.array(z.string()),
      })
      .optional(),
    /** `referral_code_rotated`: the ambassador's new code, and until when the old one still attributes. */
    codeRotation: z
      .object({ code: z.string(), previousCode: z.string(), previousRetiresAt: z.string() })
      .optional(),
    createdAt: z.string(),
    /** Where the email copy goes; kept off API responses. */
    email: z.string().optional(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;
