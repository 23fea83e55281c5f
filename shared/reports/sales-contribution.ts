import type { Contribution, Measures } from './rollup.store.ts';

/** A code-only order: the code alone earned it (orders recorded before the flag was kept: `via: code`). */
export const isCodeOnly = (attribution: { via?: string; codeOnly?: boolean | undefined }) =>
  attribution.codeOnly ?? attribution.via === 'code';

/**
 * Where a line's amount counts. A batched line (claimed by a payout not yet confirmed) still
 * counts as approved: it is owed, not paid, until the brand confirms it sent the money.
 */
const STATE_MEASURE = {
  pending: 'commissionPending',
  approved: 'commissionApproved',
  batched: 'commissionApproved',
  paid: 'commissionPaid',
} as const;

/**
 * What one stored item adds to the rollups: an attributed order its count, revenue and refunds
 * (a code-only one also its count and revenue as code-only);
 * a commission line its amount under its state. Reports count both on the order's UTC day.
 */
export function contributionOf(image: Record<string, unknown> | undefined): Contribution | undefined {
  if (!image) return undefined;
  const programId = String(image.programId);
  const day = String(image.occurredAt ?? '').slice(0, 10);
  if (image.entity === 'conversion') {
    const attribution = image.attribution as
      | { ambassadorId?: string; challengeId?: string; via?: string; codeOnly?: boolean }
      | undefined;
    if (image.status !== 'attributed' || !attribution?.ambassadorId) return undefined;
    const amount = Number(image.amount ?? 0);
    return {
      programId,
      day,
      ambassadorId: attribution.ambassadorId,
      challengeId: attribution.challengeId,
      measures: {
        orders: 1,
        revenue: amount,
        refunds: Number(image.refundedAmount ?? 0),
        ...(isCodeOnly(attribution) ? { codeOnlyOrders: 1, codeOnlyRevenue: amount } : {}),
      },
    };
  }
  if (image.entity === 'commission') {
    const measure = STATE_MEASURE[image.state as keyof typeof STATE_MEASURE];
    if (!measure) return undefined; // void lines hold nothing
    return {
      programId,
      day,
      ambassadorId: String(image.ambassadorId),
      challengeId: typeof image.challengeId === 'string' ? image.challengeId : undefined,
      measures: { [measure]: Number(image.amount ?? 0) },
    };
  }
  return undefined;
}

const negate = (c: Contribution): Contribution => ({
  ...c,
  measures: Object.fromEntries(Object.entries(c.measures).map(([k, v]) => [k, -v])) as Measures,
});

/** A change's effect on the rollups: what the new image adds less what the old one had added. */
export function changeContributions(change: {
  newImage: Record<string, unknown> | undefined;
  oldImage: Record<string, unknown> | undefined;
}): Contribution[] {
  const added = contributionOf(change.newImage);
  const removed = contributionOf(change.oldImage);
  return [...(added ? [added] : []), ...(removed ? [negate(removed)] : [])];
}
