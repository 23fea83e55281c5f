import { z } from 'zod';
import { CommissionSchema } from '../commissions/commission.schema.ts';
import { RightsGrantSchema } from '../content/content-terms.schema.ts';
import { MetricsReportSchema } from '../content/metrics.schema.ts';
import { NotificationSchema } from '../notifications/notification.schema.ts';
import { PayoutItemSchema } from '../payouts/payout.schema.ts';
import { LedgerEntrySchema } from '../points/points.schema.ts';
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

/** Everything Embassy holds about one person in one program. */
const ProgramDataSchema = z.object({
  programId: z.string(),
  programName: z.string(),
  /** The membership, with the application (answers, handles, consent) and the decision. */
  membership: MembershipSchema,
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
    programs: z.array(ProgramDataSchema),
    notifications: z.array(NotificationSchema.omit({ email: true })),
    invitations: z.array(InvitationSchema),
    /** What the export leaves out, and why (see docs/privacy.md). */
    notes: z.array(z.string()),
  })
  .meta({ id: 'PersonalDataExport' });
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;
