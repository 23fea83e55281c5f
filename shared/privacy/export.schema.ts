import { z } from 'zod';
import { CommissionSchema } from '../commissions/commission.schema.ts';
import { RightsGrantSchema } from '../content/content-terms.schema.ts';
import { MetricsReportSchema } from '../content/metrics.schema.ts';
import { NotificationSchema } from '../notifications/notification.schema.ts';
import { NotificationPreferenceSchema } from '../notifications/notification-preferences.schema.ts';
import { PayoutItemSchema } from '../payouts/payout.schema.ts';
import { LedgerEntrySchema } from '../points/points.schema.ts';
import { HandlesSchema, LanguageSchema } from '../profiles/profile.schema.ts';
import { InvitationSchema } from '../programs/invitation.schema.ts';
import { MembershipSchema } from '../programs/membership.schema.ts';
import { RedemptionSchema } from '../rewards/redemption.schema.ts';
import { SubmissionSchema } from '../submissions/submission.schema.ts';

/** What the report rollups credit to the ambassador on one UTC day (days with nothing left out). */
const CreditedDaySchema = z.object({
  day: z.string(),
  clicks: z.number().int(),
  orders: z.number().int(),
  revenue: z.number().int(),
  figures: z.record(z.string(), z.number()),
});

/** An order credited to the ambassador, as the export shows it: no customer data. */
const CreditedOrderSchema = z.object({
  orderId: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  occurredAt: z.string(),
  status: z.string(),
  /** How it was credited: by a click of their link (`clickId`, `clickedAt`) or by their code. */
  attribution: z.record(z.string(), z.unknown()).optional(),
});

/** The profile as stored: one per account, whatever the programs (never set: `handles: {}` alone). */
const ExportedProfileSchema = z.object({
  displayName: z.string().optional(),
  /** The avatar's key in the media bucket (the image itself is shown on the profile page). */
  avatarKey: z.string().optional(),
  handles: HandlesSchema,
  language: LanguageSchema.optional(),
  timeZone: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** An ambassador's public page in the program, as they set it. */
const ExportedPublicPageSchema = z.object({
  enabled: z.boolean(),
  picks: z.array(z.string()),
  updatedAt: z.string().optional(),
});

/** Everything Embassy holds about one person in one program. */
const ProgramDataSchema = z.object({
  programId: z.string(),
  programName: z.string(),
  /** The membership, with the application (answers, handles, consent) and the decision. */
  membership: MembershipSchema,
  /** Their public page's settings (ambassadors only). */
  publicPage: ExportedPublicPageSchema.optional(),
  /** Their posts, each with its review history's figure reports. */
  submissions: z.array(SubmissionSchema.extend({ metrics: z.array(MetricsReportSchema) })),
  /** The rights grants on their posts, by post. */
  rightsGrants: z.array(z.object({ submissionId: z.string(), grant: RightsGrantSchema })),
  ledger: z.array(LedgerEntrySchema),
  commissions: z.array(CommissionSchema),
  payouts: z.array(PayoutItemSchema),
  redemptions: z.array(RedemptionSchema.omit({ code: true, flags: true })),
  orders: z.array(CreditedOrderSchema),
  /** Clicks, orders and revenue credited per UTC day, from the report rollups. */
  creditedByDay: z.array(CreditedDaySchema),
});

export const PersonalDataExportSchema = z
  .object({
    exportedAt: z.string(),
    user: z.object({ id: z.string(), email: z.string(), name: z.string().optional() }),
    profile: ExportedProfileSchema,
    programs: z.array(ProgramDataSchema),
    notifications: z.array(NotificationSchema.omit({ email: true })),
    /** The channel of every notification type (`email`, `in_app`, `off`), set or by default. */
    notificationPreferences: z.array(NotificationPreferenceSchema),
    /** The newest notification they marked read. */
    notificationsReadUpTo: z.string().optional(),
    invitations: z.array(InvitationSchema),
    /** What the export leaves out, and why (see docs/privacy.md). */
    notes: z.array(z.string()),
  })
  .meta({ id: 'PersonalDataExport' });
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;
