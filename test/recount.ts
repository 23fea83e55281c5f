import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../shared/platform/db/client.ts';
import { keys } from '../shared/platform/db/keys.ts';
import { queryAll } from '../shared/platform/db/read-all.ts';
import { MEASURES, type Measure } from '../shared/reports/rollup.store.ts';

/**
 * Independent recounts for the race and fault tests: what the stored orders, refunds,
 * commission lines and points ledger add up to, counted here from the items themselves, to set
 * against the running totals the code keeps (report rollups, points stats).
 */
type Item = Record<string, unknown>;
export type Totals = Record<Measure, number>;

const zero = (): Totals => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Totals;
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** Every item under the program's partition: conversions, refunds, order ledgers, commissions, points… */
export function programItems(programId: string): Promise<Item[]> {
  return queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.program(programId).pk },
    ConsistentRead: true,
  });
}

export const ofEntity = (items: Item[], entity: string) => items.filter((item) => item.entity === entity);

/**
 * The report's measures by hand, from stored items: an attributed order counts once with its
 * amount and refunds (and apart as code-only when its code alone earned it), a commission line its amount under its state (void lines nothing).
 * Clicks are not in the program's partition: the caller adds what it expects.
 */
export function recountSales(items: Item[]): { total: Totals; byAmbassador: Map<string, Totals> } {
  const total = zero();
  const byAmbassador = new Map<string, Totals>();
  const add = (ambassadorId: string, measure: Measure, value: number) => {
    total[measure] += value;
    const row = byAmbassador.get(ambassadorId) ?? zero();
    row[measure] += value;
    byAmbassador.set(ambassadorId, row);
  };
  for (const conversion of ofEntity(items, 'conversion')) {
    const attribution = conversion.attribution as { ambassadorId?: string; via?: string } | undefined;
    const ambassadorId = attribution?.ambassadorId;
    if (conversion.status !== 'attributed' || !ambassadorId) continue;
    add(ambassadorId, 'orders', 1);
    add(ambassadorId, 'revenue', num(conversion.amount));
    add(ambassadorId, 'refunds', num(conversion.refundedAmount));
    // A code-only order: credited through its code, with no click (the docs' definition).
    if (attribution.via === 'code') {
      add(ambassadorId, 'codeOnlyOrders', 1);
      add(ambassadorId, 'codeOnlyRevenue', num(conversion.amount));
    }
  }
  // A batched line is owed until its payout is confirmed: the report counts it as approved.
  const byState = {
    pending: 'commissionPending',
    approved: 'commissionApproved',
    batched: 'commissionApproved',
    paid: 'commissionPaid',
  } as const;
  for (const line of ofEntity(items, 'commission')) {
    const measure = byState[line.state as keyof typeof byState];
    if (measure) add(String(line.ambassadorId), measure, num(line.amount));
  }
  return { total, byAmbassador };
}

/** The all-time rollup of one row (`TOTAL`, `A#{ambassadorId}`), as the stream aggregator keeps it. */
export async function rollupOf(programId: string, row: string): Promise<Totals> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.rollup(programId, 'ALL', row),
      ConsistentRead: true,
    }),
  );
  const totals = zero();
  for (const m of MEASURES) totals[m] = num(Item?.[m]);
  return totals;
}

/**
 * Per ambassador: the sum of their ledger entries (the balance) and of those that count toward
 * lifetime points (all but spending and its returns, as the docs state it), against their
 * all-time stats.
 */
export function recountPoints(
  items: Item[],
): Array<{ userId: string; ledger: number; lifetime: number; entries: number; stats?: Item }> {
  const users = new Map<string, { ledger: number; lifetime: number; entries: number }>();
  for (const entry of ofEntity(items, 'ledgerEntry')) {
    const user = users.get(String(entry.userId)) ?? { ledger: 0, lifetime: 0, entries: 0 };
    user.ledger += num(entry.points);
    if (entry.kind !== 'spent' && entry.kind !== 'returned') user.lifetime += num(entry.points);
    user.entries++;
    users.set(String(entry.userId), user);
  }
  const stats = ofEntity(items, 'stats').filter((s) => s.period === 'all');
  for (const s of stats)
    if (!users.has(String(s.userId))) users.set(String(s.userId), { ledger: 0, lifetime: 0, entries: 0 });
  return [...users].map(([userId, sums]) => {
    const found = stats.find((s) => s.userId === userId);
    return { userId, ...sums, ...(found ? { stats: found } : {}) };
  });
}

/**
 * Half-written state: an order without its ledger or commission line, a ledger whose refund
 * total is not the sum of its refunds, a commission line without its order, a refund counted
 * nowhere. @returns one line per problem (none when the state is whole).
 */
export function halfWritten(items: Item[]): string[] {
  const problems: string[] = [];
  const bySk = new Map(items.map((item) => [String(item.sk), item]));
  const refundsOf = (orderId: string) => ofEntity(items, 'refund').filter((r) => r.orderId === orderId);
  for (const conversion of ofEntity(items, 'conversion')) {
    const orderId = String(conversion.orderId);
    const ledger = bySk.get(`ORDER#${orderId}`);
    const refunded = refundsOf(orderId).reduce((sum, r) => sum + num(r.amount), 0);
    if (!ledger) problems.push(`order ${orderId}: no ledger`);
    else {
      if (ledger.orderAmount !== conversion.amount) problems.push(`order ${orderId}: ledger amount`);
      if (num(ledger.refundTotal) !== refunded) problems.push(`order ${orderId}: ledger refunds`);
      if (ledger.commissionId !== conversion.commissionId) problems.push(`order ${orderId}: ledger line`);
    }
    if (num(conversion.refundedAmount) !== refunded) problems.push(`order ${orderId}: refundedAmount`);
    if (conversion.commissionId && !bySk.get(`COMMISSION#${String(conversion.commissionId)}`))
      problems.push(`order ${orderId}: commission line missing`);
  }
  const orders = new Set(ofEntity(items, 'conversion').map((c) => c.orderId));
  for (const line of ofEntity(items, 'commission')) {
    if (!orders.has(line.orderId)) problems.push(`commission ${String(line.commissionId)}: no order`);
  }
  for (const ledger of ofEntity(items, 'orderLedger')) {
    const refunded = refundsOf(String(ledger.orderId)).reduce((sum, r) => sum + num(r.amount), 0);
    if (num(ledger.refundTotal) !== refunded) problems.push(`ledger ${String(ledger.orderId)}: refunds`);
    if (ledger.orderAmount !== undefined && !orders.has(ledger.orderId))
      problems.push(`ledger ${String(ledger.orderId)}: no order`);
  }
  return problems;
}

/**
 * What payouts must never leave behind: a line in two items, a batched or paid line whose
 * payout has no item listing it, an item listing a line that is not its own (another
 * ambassador's, or not claimed by that payout), an item whose amount is not its lines' sum, and
 * a payout that looks ready or paid with totals its items do not make.
 * @returns one line per problem (none when the state is whole).
 */
export function payoutProblems(items: Item[]): string[] {
  const problems: string[] = [];
  const lines = new Map(ofEntity(items, 'commission').map((line) => [String(line.commissionId), line]));
  const payoutItems = ofEntity(items, 'payoutItem');
  const claimedBy = new Map<string, string>();
  for (const item of payoutItems) {
    const ids = item.commissionIds as string[];
    let sum = 0;
    for (const id of ids) {
      const line = lines.get(id);
      const where = `payout ${String(item.payoutId)} item ${String(item.ambassadorId)}`;
      if (claimedBy.has(id)) problems.push(`line ${id}: in ${claimedBy.get(id)} and ${where}`);
      claimedBy.set(id, where);
      if (!line) {
        problems.push(`${where}: line ${id} missing`);
        continue;
      }
      if (line.ambassadorId !== item.ambassadorId) problems.push(`${where}: line ${id} is someone else's`);
      if (line.payoutId !== item.payoutId) problems.push(`${where}: line ${id} is not claimed by it`);
      if (line.state !== 'batched' && line.state !== 'paid')
        problems.push(`${where}: line ${id} is ${String(line.state)}`);
      sum += num(line.amount);
    }
    if (sum !== item.amount)
      problems.push(`payout ${String(item.payoutId)} item ${String(item.ambassadorId)}: amount`);
  }
  for (const line of lines.values()) {
    if ((line.state === 'batched' || line.state === 'paid') && !claimedBy.has(String(line.commissionId)))
      problems.push(`line ${String(line.commissionId)}: ${String(line.state)} in no item`);
  }
  for (const payout of ofEntity(items, 'payout')) {
    if (payout.status !== 'ready' && payout.status !== 'paid') continue;
    const own = payoutItems.filter((item) => item.payoutId === payout.payoutId);
    const total = own.reduce((sum, item) => sum + num(item.amount), 0);
    if (payout.total !== total || payout.itemCount !== own.length)
      problems.push(`payout ${String(payout.payoutId)}: totals are not its items'`);
    if (payout.status === 'paid' && own.some((item) => item.status !== 'paid'))
      problems.push(`payout ${String(payout.payoutId)}: paid with unpaid items`);
  }
  return problems;
}
