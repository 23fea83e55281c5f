import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { batchGetAll } from '../platform/db/read-all.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import type { MonthlyReport } from './monthly-report.service.ts';

export async function findReport(programId: string, month: string): Promise<MonthlyReport | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.monthlyReport(programId, month), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, entity: _entity, ...stored } = Item;
  const report = { final: false, ...stored } as MonthlyReport;
  // Reports written before posts had figures: the figures they could not have, as a new one says "none".
  const before = { views: null, impressions: null, engagements: null, postsWithFigures: 0 };
  report.kpis.sharing = {
    ...before,
    ...(report.kpis.sharing as Partial<typeof report.kpis.sharing>),
  } as typeof report.kpis.sharing;
  return report;
}

/**
 * Which of these programs' reports for `month` are stored, and whether each is final: batched
 * reads of the `final` flag only, so a run over a thousand programs is a few requests.
 */
export async function storedReports(
  programIds: readonly string[],
  month: string,
): Promise<Map<string, boolean>> {
  const items = await batchGetAll(
    programIds.map((programId) => keys.monthlyReport(programId, month)),
    true,
    ['programId', 'final'],
  );
  return new Map(items.map((item) => [String(item.programId), item.final === true]));
}

/** Stores a report unless a final one is there. @returns false when a final one was. */
export async function putReportUnlessFinal(report: MonthlyReport): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.monthlyReport(report.programId, report.month),
          entity: ENTITY.monthlyReport,
          ...report,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #final = :false',
        ExpressionAttributeNames: { '#final': 'final' },
        ExpressionAttributeValues: { ':false': false },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return false;
  }
}
