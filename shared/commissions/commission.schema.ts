import { z } from 'zod';
import { CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { CommissionRateSchema } from '../programs/program.schema.ts';

export const COMMISSION_STATES = ['pending', 'approved', 'paid', 'void'] as const;
export const CommissionStateSchema = z.enum(COMMISSION_STATES);
export type CommissionState = z.infer<typeof CommissionStateSchema>;

export const CommissionEventSchema = z.object({
  at: z.string(),
  /** created · refunded (a pending line shrinks) · voided · approved · paid · clawed_back (a clawback line was added). */
  event: z.enum(['created', 'refunded', 'voided', 'approved', 'paid', 'clawed_back']),
  state: CommissionStateSchema,
  /** The line's amount after the event. */
  amount: z.number().int(),
  by: z.string().optional(),
  refundId: z.string().optional(),
  payoutId: z.string().optional(),
  clawbackId: z.string().optional(),
});
export type CommissionEvent = z.infer<typeof CommissionEventSchema>;

/**
 * A commission line. `order` lines are what an attributed order earns; a refund after approval
 * or payment adds a `clawback` line with a negative amount, so nothing already approved or paid
 * is rewritten. A pending line simply shrinks, with the change in its history.
 */
export const CommissionSchema = z
  .object({
    programId: z.string(),
    commissionId: z.string(),
    kind: z.enum(['order', 'clawback']),
    orderId: z.string(),
    ambassadorId: z.string(),
    currency: z.string(),
    /** When the order happened; reports count the line on this UTC day. */
    occurredAt: z.string(),
    challengeId: z.string().optional(),
    /** Minor units; negative for a clawback. */
    amount: z.number().int(),
    state: CommissionStateSchema,
    /** Order lines: the rule applied, the tier it was chosen for, and the amount before refunds. */
    rate: CommissionRateSchema.optional(),
    tierId: z.string().optional(),
    gross: z.number().int().optional(),
    /** Order lines: the sum of clawback lines taken against this one (≤ 0). */
    clawedBack: z.number().int().optional(),
    /** Clawback lines: the order line and the refund they answer. */
    parentId: z.string().optional(),
    refundId: z.string().optional(),
    /** When the holding period ends and the scheduler approves a pending line. */
    availableAt: z.string().optional(),
    payoutId: z.string().optional(),
    history: z.array(CommissionEventSchema),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Commission' });
export type Commission = z.infer<typeof CommissionSchema>;

export const PayoutSchema = z
  .object({
    programId: z.string(),
    payoutId: z.string(),
    currency: z.string(),
    total: z.number().int(),
    /** Per ambassador: what this payout settles, clawbacks netted. */
    byAmbassador: z.record(z.string(), z.number().int()),
    commissionIds: z.array(z.string()),
    reference: z.string().optional(),
    paidBy: z.string(),
    paidAt: z.string(),
  })
  .meta({ id: 'Payout' });
export type Payout = z.infer<typeof PayoutSchema>;

export const CreatePayoutSchema = z
  .strictObject({
    /** Approved lines to mark paid, all or none (a transaction holds at most 99 with the payout). */
    commissionIds: z.array(z.string().min(1).max(40)).min(1).max(99),
    /** The brand's own reference: a bank transfer id, an invoice number. */
    reference: trimmedText({ max: 200 }).optional(),
  })
  .meta({ id: 'CreatePayout' });
export type CreatePayoutInput = z.infer<typeof CreatePayoutSchema>;

export const ListCommissionsQuerySchema = z.object({
  state: CommissionStateSchema.optional(),
  ambassadorId: z.string().min(1).max(64).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});

export type ListCommissionsQuery = z.infer<typeof ListCommissionsQuerySchema>;
