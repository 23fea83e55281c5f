import { findCommission } from '../commissions/commission.store.ts';
import { planCommissionRefund } from '../commissions/plan-commission.ts';
import { conflict, validationFailed } from '../errors.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact } from '../platform/db/transact.ts';
import type { RecordRefundInput, Refund } from './conversion.schema.ts';
import { refundedAmountUpdate } from './conversion.store.ts';
import { ORDER_TOO_FAST, readOrderLedger, writeOrderLedger } from './order-ledger.store.ts';
import { findRefund, newRefundItem } from './refund.store.ts';

/** A repeat of the same refund returns the first result; the same id with another amount conflicts. */
function replay(existing: Refund, input: RecordRefundInput): { refund: Refund; replayed: boolean } {
  if (existing.amount !== input.amount) {
    throw conflict('This refund was already recorded with a different amount', { refundId: input.refundId });
  }
  return { refund: existing, replayed: true };
}

/**
 * Records a refund of an order, once per `refundId`. Refunds never add up to more than the
 * order. One that arrives before its order is kept (`pending`) and taken into the order's net
 * when the order arrives: both go through the order's ledger under a version, so they cannot
 * cross unseen. The order's commission shrinks while pending, or is clawed back once approved
 * or paid (see plan-commission).
 * @throws AppError `validation_failed` (more than the order), `conflict` (same id, other amount).
 */
export async function recordRefund(
  programId: string,
  orderId: string,
  input: RecordRefundInput,
): Promise<{ refund: Refund; replayed: boolean }> {
  return retryOptimistic(ORDER_TOO_FAST, async () => {
    // The ledger first: the refund and the ledger change in one transaction, so a ledger that
    // already counts this refund means the refund is there to be read next. Read the other
    // way round, a copy landing in between would look like a second refund past the order (422).
    const ledger = await readOrderLedger(programId, orderId);
    const existing = await findRefund(programId, orderId, input.refundId);
    if (existing) return replay(existing, input);
    const refundTotal = ledger.refundTotal + input.amount;
    if (ledger.orderAmount !== undefined && refundTotal > ledger.orderAmount) {
      throw validationFailed(
        `amount: refunds would add up to ${refundTotal}, more than the order's ${ledger.orderAmount}`,
        { field: 'amount', refundedSoFar: ledger.refundTotal, orderAmount: ledger.orderAmount },
      );
    }
    const refund: Refund = {
      programId,
      orderId,
      refundId: input.refundId,
      amount: input.amount,
      receivedAt: nowIso(),
      status: ledger.orderAmount === undefined ? 'pending' : 'applied',
      refundedTotal: refundTotal,
    };
    const line = ledger.commissionId ? await findCommission(programId, ledger.commissionId) : undefined;
    const ordered = ledger.orderAmount !== undefined;
    const written = await transact({
      refund: newRefundItem(refund),
      ledger: writeOrderLedger(programId, orderId, ledger, { refundTotal }),
      commission:
        line && ledger.orderAmount !== undefined
          ? planCommissionRefund(
              line,
              { amount: ledger.orderAmount, refundedBefore: ledger.refundTotal, refundedAfter: refundTotal },
              input.refundId,
            )
          : undefined,
      order: ordered ? refundedAmountUpdate(programId, orderId, refundTotal) : undefined,
    });
    // The same refund, another change to the order's ledger, or a change to its commission
    // (approved or paid meanwhile) landed first: look again.
    return written.ok ? { refund, replayed: false } : TRY_AGAIN;
  });
}
