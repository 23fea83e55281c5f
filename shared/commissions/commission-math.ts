import type { CommissionRate, CommissionRules } from '../programs/program.schema.ts';

/**
 * Commission arithmetic, in integer minor units throughout. Rounding, stated once:
 * - a percent commission is `floor(amount × basisPoints / 10 000)`: a fraction of a cent is
 *   never owed;
 * - after refunds, the commission is `floor(gross × net / amount)`, where `net` is the order
 *   amount less every refund so far. Each refund takes back the difference between the figure
 *   before and after it, so the clawbacks of an order add up exactly to `gross − final`, and a
 *   full refund takes back all of it.
 * BigInt keeps `gross × net` exact beyond 2^53.
 */
export function rateFor(rules: CommissionRules, tierId: string | undefined): CommissionRate {
  const own = tierId !== undefined && Object.hasOwn(rules.byTier, tierId) ? rules.byTier[tierId] : undefined;
  return own ?? rules.rate;
}

export function grossCommission(amount: number, rate: CommissionRate): number {
  if (rate.kind === 'flat') return rate.amount;
  return Number((BigInt(amount) * BigInt(rate.basisPoints)) / 10_000n);
}

export function commissionAfterRefunds(gross: number, amount: number, refundTotal: number): number {
  if (amount <= 0) return refundTotal > 0 ? 0 : gross;
  const net = Math.max(0, amount - refundTotal);
  return Number((BigInt(gross) * BigInt(net)) / BigInt(amount));
}
