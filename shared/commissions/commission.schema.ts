import { z } from 'zod';
import { CursorSchema, LimitSchema } from '../common.schema.ts';
import { CommissionRateSchema } from '../programs/program.schema.ts';

/**
 * pending (holding period) → approved → batched (claimed by a payout, `payoutId` set) → paid
 * (the brand confirmed the payout); or void (refunded in full while pending).
 */
export const COMMISSION_STATES = ['pending', 'approved', 'batched', 'paid', 'void'] as const;
export const CommissionStateSchema = z.enum(COMMISSION_STATES);
export type CommissionState = z.infer<typeof CommissionStateSchema>;

export const CommissionEventSchema = z.object({
  at: z.string(),
  /**
   * created · refunded (a pending line shrinks) · voided · approved · batched (claimed by a
   * payout) · paid · clawed_back (a clawback line was added).
   */
  event: z.enum(['created', 'refunded', 'voided', 'approved', 'batched', 'paid', 'clawed_back']),
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
    /** Batched and paid lines: the payout that claimed the line. */
    payoutId: z.string().optional(),
    /** Paid lines: the day the brand sent the payout, and its reference. */
    paidOn: z.string().optional(),
    payoutReference: z.string().optional(),
    history: z.array(CommissionEventSchema),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Commission' });
export type Commission = z.infer<typeof CommissionSchema>;

/**
 * When and why an unpaid line will be paid, for the ambassador's earnings: `holding` until
 * `date` (the holding period); approved and `next_payout`, or waiting for their
 * `no_payout_details`, or `below_minimum` (their approved `balance` is under the program's
 * `minimum`, or not above zero); `in_batch` (claimed by payout `payoutId` on `date`); `paid` on
 * `date` with the payout's `reference`; `void`.
 */
export const PAYOUT_REASONS = [
  'holding',
  'next_payout',
  'no_payout_details',
  'below_minimum',
  'in_batch',
  'paid',
  'void',
] as const;
export const LinePayoutStatusSchema = z
  .object({
    reason: z.enum(PAYOUT_REASONS),
    /** holding: when approved; in_batch: when claimed; paid: the day it was sent. */
    date: z.string().optional(),
    minimum: z.number().int().optional(),
    balance: z.number().int().optional(),
    payoutId: z.string().optional(),
    reference: z.string().optional(),
  })
  .meta({ id: 'LinePayoutStatus' });
export type LinePayoutStatus = z.infer<typeof LinePayoutStatusSchema>;

/** A line as the list shows it; one ambassador's lines say when and why they will be paid. */
export const CommissionLineSchema = CommissionSchema.extend({
  payoutStatus: LinePayoutStatusSchema.optional(),
}).meta({ id: 'CommissionLine' });
export type CommissionLine = z.infer<typeof CommissionLineSchema>;

export const ListCommissionsQuerySchema = z.object({
  state: CommissionStateSchema.optional(),
  ambassadorId: z.string().min(1).max(64).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});

export type ListCommissionsQuery = z.infer<typeof ListCommissionsQuerySchema>;
