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
 * amount and refunds, a commission line its amount under its state (void lines nothing).
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
    const ambassadorId = (conversion.attribution as { ambassadorId?: string } | undefined)?.ambassadorId;
    if (conversion.status !== 'attributed' || !ambassadorId) continue;
    add(ambassadorId, 'orders', 1);
    add(ambassadorId, 'revenue', num(conversion.amount));
    add(ambassadorId, 'refunds', num(conversion.refundedAmount));
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

/** Per ambassador: the sum of their ledger entries against their all-time stats (balance, lifetime). */
export function recountPoints(
  items: Item[],
): Array<{ userId: string; ledger: number; positive: number; entries: number; stats?: Item }> {
  const users = new Map<string, { ledger: number; positive: number; entries: number }>();
  for (const entry of ofEntity(items, 'ledgerEntry')) {
    const user = users.get(String(entry.userId)) ?? { ledger: 0, positive: 0, entries: 0 };
    user.ledger += num(entry.points);
    user.positive += Math.max(0, num(entry.points));
    user.entries++;
    users.set(String(entry.userId), user);
  }
  const stats = ofEntity(items, 'stats').filter((s) => s.period === 'all');
  for (const s of stats)
    if (!users.has(String(s.userId))) users.set(String(s.userId), { ledger: 0, positive: 0, entries: 0 });
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
