import { newId, nowIso } from '../ids.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Program } from '../programs/program.schema.ts';
import type { Commission, CommissionEvent } from './commission.schema.ts';
import { insertCommission, replaceCommission } from './commission.store.ts';
import { commissionAfterRefunds, grossCommission, rateFor } from './commission-math.ts';

const DAY_MS = 86_400_000;

/**
 * The commission an attributed order earns, at the ambassador's tier now: pending until the
 * holding period after the order ends. Refunds that came before the order are taken in at once.
 * None when the rate gives nothing.
 */
export function newOrderCommission(options: {
  program: Program;
  ambassador: Membership;
  orderId: string;
  amount: number;
  occurredAt: string;
  challengeId?: string | undefined;
  refundTotal: number;
  now?: Date;
}): Commission | undefined {
  const { program, ambassador, amount, refundTotal } = options;
  const tierId = ambassador.tier ?? program.tiers[0]?.id;
  const rate = rateFor(program.commission, tierId);
  const gross = grossCommission(amount, rate);
  if (gross <= 0) return undefined;
  const at = nowIso(options.now);
  const net = commissionAfterRefunds(gross, amount, refundTotal);
  const history: CommissionEvent[] = [{ at, event: 'created', state: 'pending', amount: gross }];
  if (net !== gross) history.push(shrinkEvent(at, net, 'early refunds'));
  return {
    programId: program.programId,
    commissionId: newId(),
    kind: 'order',
    orderId: options.orderId,
    ambassadorId: ambassador.userId,
    currency: program.currency,
    occurredAt: options.occurredAt,
    ...(options.challengeId ? { challengeId: options.challengeId } : {}),
    amount: net,
    state: net === 0 ? 'void' : 'pending',
    rate,
    ...(tierId ? { tierId } : {}),
    gross,
    clawedBack: 0,
    // From the later of the order and its recording: a backdated order still waits out the refund window.
    availableAt: new Date(
      Math.max(Date.parse(options.occurredAt), (options.now ?? new Date()).getTime()) +
        program.commission.holdingDays * DAY_MS,
    ).toISOString(),
    history,
    version: 1,
    createdAt: at,
  };
}

function shrinkEvent(at: string, amount: number, refundId: string): CommissionEvent {
  return {
    at,
    event: amount === 0 ? 'voided' : 'refunded',
    state: amount === 0 ? 'void' : 'pending',
    amount,
    refundId,
  };
}

/**
 * What a refund does to an order's commission line, as transaction items. A pending line
 * shrinks to the commission on what is left (void at zero). An approved or paid line stays as
 * it was: a clawback line with the negative difference is added, approved, so the next payout
 * nets it. Nothing when the refund changes nothing (a flat commission on a partial refund
 * still shrinks proportionally: see commission-math).
 */
export function planCommissionRefund(
  line: Commission,
  order: { amount: number; refundedBefore: number; refundedAfter: number },
  refundId: string,
  now: Date = new Date(),
): TransactItem[] {
  const gross = line.gross ?? line.amount;
  const before = commissionAfterRefunds(gross, order.amount, order.refundedBefore);
  const after = commissionAfterRefunds(gross, order.amount, order.refundedAfter);
  const delta = after - before;
  if (delta === 0 || line.state === 'void') return [];
  const at = nowIso(now);
  if (line.state === 'pending') {
    const shrink = shrinkEvent(at, after, refundId);
    return [
      replaceCommission(line, {
        ...line,
        amount: after,
        state: shrink.state,
        history: [...line.history, shrink],
      }),
    ];
  }
  const clawbackId = newId(now.getTime());
  const clawback: Commission = {
    programId: line.programId,
    commissionId: clawbackId,
    kind: 'clawback',
    orderId: line.orderId,
    ambassadorId: line.ambassadorId,
    currency: line.currency,
    occurredAt: line.occurredAt,
    ...(line.challengeId ? { challengeId: line.challengeId } : {}),
    amount: delta,
    state: 'approved',
    parentId: line.commissionId,
    refundId,
    history: [{ at, event: 'created', state: 'approved', amount: delta, refundId }],
    version: 1,
    createdAt: at,
  };
  const parent: Commission = {
    ...line,
    clawedBack: (line.clawedBack ?? 0) + delta,
    history: [
      ...line.history,
      { at, event: 'clawed_back', state: line.state, amount: line.amount, refundId, clawbackId },
    ],
  };
  return [insertCommission(clawback), replaceCommission(line, parent)];
}
