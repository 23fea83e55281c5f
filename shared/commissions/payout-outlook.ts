import type { Commission, LinePayoutStatus } from './commission.schema.ts';

/** What decides an approved line's outlook: the ambassador's details, their approved balance, the minimum. */
export type OutlookContext = {
  hasPayoutDetails: boolean;
  /** The sum of the ambassador's approved lines (commissions less clawbacks). */
  balance: number;
  /** The program's minimum payout, in minor units. */
  minimum: number;
};

/**
 * When and why a line will be paid, or when it was: the holding period's end for a pending
 * line; for an approved one, the next payout unless the ambassador has no payout details or
 * their approved balance is below the minimum (or not above zero); the payout that claimed a
 * batched line; the day and reference of a paid one.
 */
export function payoutOutlook(line: Commission, context: OutlookContext): LinePayoutStatus {
  switch (line.state) {
    case 'pending':
      return { reason: 'holding', ...(line.availableAt ? { date: line.availableAt } : {}) };
    case 'void':
      return { reason: 'void' };
    case 'batched': {
      const claimed = line.history.findLast((event) => event.event === 'batched');
      return {
        reason: 'in_batch',
        ...(claimed ? { date: claimed.at } : {}),
        ...(line.payoutId ? { payoutId: line.payoutId } : {}),
      };
    }
    case 'paid': {
      const paid = line.history.findLast((event) => event.event === 'paid');
      const date = line.paidOn ?? paid?.at.slice(0, 10);
      return {
        reason: 'paid',
        ...(date ? { date } : {}),
        ...(line.payoutReference ? { reference: line.payoutReference } : {}),
        ...(line.payoutId ? { payoutId: line.payoutId } : {}),
      };
    }
    case 'approved': {
      if (!context.hasPayoutDetails) return { reason: 'no_payout_details' };
      if (context.balance <= 0 || context.balance < context.minimum)
        return { reason: 'below_minimum', minimum: context.minimum, balance: context.balance };
      return { reason: 'next_payout' };
    }
  }
}
