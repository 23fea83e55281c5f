import { countSaleTowardGoals, takeSaleBackFromGoals } from '../challenges/count-sale-toward-goals.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { awardPointsOnce } from '../points/award-points-once.ts';
import { awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import { findLedgerEntry, findStats } from '../points/stats.store.ts';
import { findMembership } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import type { Conversion } from './conversion.schema.ts';
import { isOwnOrder } from './own-order.ts';

/**
 * Feeds a sale into the points of the challenges context: the program's points per sale and the
 * sale count (which earns the first-sale badge), once per order, and the progress of any sales
 * challenge open at the time. The ambassador's own orders earn nothing.
 */
export async function awardSalePoints(conversion: Conversion): Promise<boolean> {
  const ambassadorId = conversion.attribution?.ambassadorId;
  if (!ambassadorId || isOwnOrder(conversion.flags)) return false;
  const [program, ambassador] = await Promise.all([
    getProgram(conversion.programId),
    findMembership(conversion.programId, ambassadorId),
  ]);
  if (!ambassador) return false;
  const awarded = await awardPointsOnce({
    program,
    ambassador,
    points: program.pointsPerSale,
    source: `sale:${conversion.orderId}`,
    reason: `Sale ${conversion.orderId}`,
    code: 'sale',
    values: { order: conversion.orderId },
    at: new Date(conversion.occurredAt),
    sale: true,
  });
  await countSaleTowardGoals(program, ambassador, conversion);
  return awarded;
}

/** Whether a change of an order is the refund that took it to nothing. */
export function isNowFullyRefunded(before: Conversion | undefined, after: Conversion): boolean {
  return after.refundedAmount >= after.amount && (before?.refundedAmount ?? 0) < after.amount;
}

/**
 * Takes back a fully refunded sale's points, once: a negative ledger entry of kind `taken_back`
 * keyed by the order, counted against the month of the sale. What was spent already stays spent
 * (the balance never goes below zero; the entry's reason says how much could not be taken back),
 * and lifetime points fall by what is taken. The sale also leaves the progress of the sales
 * challenges it counted toward. A partial refund takes nothing back.
 * @returns false when there was nothing to take back, or it was taken already.
 */
export async function takeBackSalePoints(conversion: Conversion): Promise<boolean> {
  const ambassadorId = conversion.attribution?.ambassadorId;
  if (!ambassadorId || isOwnOrder(conversion.flags)) return false;
  const [program, ambassador, earned] = await Promise.all([
    getProgram(conversion.programId),
    findMembership(conversion.programId, ambassadorId),
    findLedgerEntry(conversion.programId, ambassadorId, `sale:${conversion.orderId}`),
  ]);
  if (!ambassador) return false;
  await takeSaleBackFromGoals(program, ambassador, conversion);
  if (!earned || earned.points <= 0) return false;
  return retryOptimistic('Too many point changes at once for this ambassador; try again', async () => {
    const balance = (await findStats(program.programId, ambassadorId, 'all'))?.points ?? 0;
    const taken = Math.min(earned.points, Math.max(0, balance));
    const kept = earned.points - taken;
    const plan = await planPointsAward({
      program,
      ambassador,
      points: -taken,
      kind: 'taken_back',
      source: `sale:${conversion.orderId}:refunded`,
      reason:
        kept > 0
          ? `Order ${conversion.orderId} refunded in full (${kept} of its ${earned.points} points were spent already)`
          : `Order ${conversion.orderId} refunded in full`,
      code: 'sale_refunded',
      values: { order: conversion.orderId, kept, points: earned.points },
      at: new Date(),
      monthOf: new Date(earned.at),
    });
    const written = await transact(plan.items);
    if (written.ok) return true;
    if (written.failed.has('ledgerEntry')) return false;
    if (awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}
