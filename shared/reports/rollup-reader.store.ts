import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { MEASURES, type Measure } from './rollup.store.ts';
import { ROLLUP } from './rollup-rows.ts';

export type Totals = Record<Measure, number>;

export const emptyTotals = (): Totals => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Totals;

export function addInto(into: Totals, item: Record<string, unknown>): Totals {
  for (const m of MEASURES) into[m] += typeof item[m] === 'number' ? item[m] : 0;
  return into;
}

const DAY_MS = 86_400_000;
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The days from `from` to `to`, inclusive (UTC). */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const count = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/**
 * The fewest rollup periods that cover `from`…`to` (inclusive days): whole months as `M`
 * periods, the ragged ends as `D` days. A year is 12 partitions, not 365.
 */
export function coveringPeriods(from: string, to: string): string[] {
  const periods: string[] = [];
  let day = from;
  while (day <= to) {
    const month = day.slice(0, 7);
    const monthEnd = lastDayOfMonth(month);
    if (day.endsWith('-01') && monthEnd <= to) {
      periods.push(ROLLUP.month(month));
      day = dayAfter(monthEnd);
    } else {
      periods.push(ROLLUP.day(day));
      day = dayAfter(day);
    }
  }
  return periods;
}

/** Rows of one kind (`A#` ambassadors, `C#` challenges) summed over periods, by row id. */
export async function sumRows(
  programId: string,
  periods: string[],
  prefix: typeof ROLLUP.ambassadorPrefix | typeof ROLLUP.challengePrefix,
): Promise<Map<string, Totals>> {
  const rows = new Map<string, Totals>();
  const pages = await Promise.all(
    periods.map((period) =>
      queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.rollupPartition(programId, period), ':prefix': prefix },
      }),
    ),
  );
  for (const item of pages.flat()) {
    const id = String(item.sk).slice(prefix.length);
    rows.set(id, addInto(rows.get(id) ?? emptyTotals(), item));
  }
  return rows;
}

/**
 * One page of a period's ambassadors, top net revenue first, from the sales ranking: a query of
 * the index (keys only) and a read of the page's rows, so its cost is the page's, whatever the
 * program's size. Rows of equal net revenue come in the index's order.
 * @throws AppError `bad_request` for a malformed or foreign cursor.
 */
export async function rankedAmbassadors(
  programId: string,
  period: string,
  limit: number,
  cursor: string | undefined,
): Promise<{ rows: Array<[string, Totals]>; nextCursor?: string }> {
  const index = ACCESS_PATTERNS.salesRanking;
  const partition = keys.salesRankingPartition(programId, period);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    indexCursorShape(index, partition, keys.rollup(programId, period, ROLLUP.ambassadorPrefix)),
  );
  const found = new Map(
    (await batchGetAll(page.items.map((item) => ({ pk: item.pk, sk: item.sk })))).map((item) => [
      String(item.sk),
      item,
    ]),
  );
  const rows = page.items.map((item): [string, Totals] => {
    const row = String(item.sk);
    const stored = found.get(row);
    return [
      row.slice(ROLLUP.ambassadorPrefix.length),
      stored ? addInto(emptyTotals(), stored) : emptyTotals(),
    ];
  });
  return { rows, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/** One row (`TOTAL`, `A#…`, `C#…`) in each of the periods, in the periods' order. */
export async function rowPerPeriod(programId: string, periods: string[], row: string): Promise<Totals[]> {
  const found = new Map(
    (await batchGetAll(periods.map((period) => keys.rollup(programId, period, row)))).map((item) => [
      String(item.pk),
      item,
    ]),
  );
  return periods.map((period) => {
    const item = found.get(keys.rollupPartition(programId, period));
    return item ? addInto(emptyTotals(), item) : emptyTotals();
  });
}

/** An ambassador's all-time figures in a program: one read. */
export async function ambassadorTotals(programId: string, userId: string): Promise<Totals> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.rollup(programId, ROLLUP.allTime, ROLLUP.ambassador(userId)),
    }),
  );
  return Item ? addInto(emptyTotals(), Item) : emptyTotals();
}

/** Rollup rows of one period (`D…`, `M…`, `ALL`) by row key, as stored; a row with no figures is left out. */
export async function rowsOfPeriod(
  programId: string,
  period: string,
  rows: string[],
): Promise<Record<string, unknown>[]> {
  return batchGetAll(rows.map((row) => keys.rollup(programId, period, row)));
}
