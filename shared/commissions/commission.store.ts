import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Commission, CommissionSchema, type CommissionState } from './commission.schema.ts';

/** The stored item: the line, its keys, and the index entries its state calls for. */
function commissionItem(line: Commission) {
  return {
    ...keys.commission(line.programId, line.commissionId),
    entity: ENTITY.commission,
    ...line,
    ...indexKeys.commissionsByState(line.programId, line.state, line.occurredAt, line.commissionId),
    ...indexKeys.commissionsByAmbassador(
      line.programId,
      line.ambassadorId,
      line.occurredAt,
      line.commissionId,
    ),
    // Only pending lines wait in the scheduler's queue.
    ...(line.state === 'pending' && line.availableAt
      ? indexKeys.commissionsDue(line.availableAt, line.programId, line.commissionId)
      : {}),
  };
}

export async function findCommission(
  programId: string,
  commissionId: string,
): Promise<Commission | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.commission(programId, commissionId),
      ConsistentRead: true,
    }),
  );
  return Item ? CommissionSchema.parse(Item) : undefined;
}

/** Writes a new line; it fails if the id exists. */
export function insertCommission(line: Commission): TransactItem {
  return putOnce(commissionItem(line));
}

/** Writes the line's next state if it is still at the version read. */
export function replaceCommission(previous: Commission, next: Commission): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: commissionItem({ ...next, version: previous.version + 1 }),
      ConditionExpression: 'version = :version',
      ExpressionAttributeValues: { ':version': previous.version },
    },
  };
}

/** Lines by id (any order), strongly consistent when asked; an unknown id is left out. */
export async function getCommissions(
  programId: string,
  commissionIds: readonly string[],
  consistent = false,
): Promise<Commission[]> {
  const items = await batchGetAll(
    commissionIds.map((id) => keys.commission(programId, id)),
    consistent,
  );
  return items.map((item) => CommissionSchema.parse(item));
}

/** One ambassador's approved lines by the index (which lags writes a moment): ids and amounts. */
export async function approvedLinesOf(
  programId: string,
  ambassadorId: string,
): Promise<{ commissionId: string; amount: number }[]> {
  const index = ACCESS_PATTERNS.commissionsByAmbassador;
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    FilterExpression: '#state = :approved',
    ProjectionExpression: 'commissionId, amount',
    ExpressionAttributeNames: { '#pk': index.partitionKey, '#state': 'state' },
    ExpressionAttributeValues: {
      ':pk': indexKeys.commissionsByAmbassadorPartition(programId, ambassadorId),
      ':approved': 'approved',
    },
  });
  return items.map((item) => ({ commissionId: String(item.commissionId), amount: Number(item.amount) }));
}

/**
 * One ambassador's approved lines as they are now: found through the index, then read strongly
 * consistent, so a line another payout just claimed is not offered again. Oldest order first.
 */
export async function findApprovedLines(programId: string, ambassadorId: string): Promise<Commission[]> {
  const ids = (await approvedLinesOf(programId, ambassadorId)).map((line) => line.commissionId);
  const lines = await getCommissions(programId, ids, true);
  return lines
    .filter((line) => line.state === 'approved')
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.commissionId.localeCompare(b.commissionId));
}

/**
 * The ambassadors with approved lines in a program, with their count and net (from the index),
 * reading at most `maxLines` lines, oldest first. @returns `more` when lines were left unread.
 */
export async function approvedByAmbassador(
  programId: string,
  maxLines: number,
): Promise<{ byAmbassador: Map<string, { lines: number; amount: number }>; more: boolean }> {
  const index = ACCESS_PATTERNS.commissionsByState;
  const partition = indexKeys.commissionsByStatePartition(programId, 'approved');
  const byAmbassador = new Map<string, { lines: number; amount: number }>();
  let read = 0;
  let cursor: string | undefined;
  do {
    const page = await queryPage(
      {
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ProjectionExpression: 'ambassadorId, amount',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': partition },
        Limit: Math.min(1000, maxLines - read),
      },
      cursor,
      indexCursorShape(index, partition, keys.commission('', '')),
    );
    for (const item of page.items) {
      const id = String(item.ambassadorId);
      const sum = byAmbassador.get(id) ?? { lines: 0, amount: 0 };
      byAmbassador.set(id, { lines: sum.lines + 1, amount: sum.amount + Number(item.amount) });
    }
    read += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && read < maxLines);
  return { byAmbassador, more: cursor !== undefined };
}

/**
 * A page of lines: one ambassador's (optionally in one state), else the program's in one state
 * (`approved` when none is named).
 */
export async function listCommissionLines(
  programId: string,
  query: {
    state?: CommissionState | undefined;
    ambassadorId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<Commission>> {
  const [index, partition] = query.ambassadorId
    ? [
        ACCESS_PATTERNS.commissionsByAmbassador,
        indexKeys.commissionsByAmbassadorPartition(programId, query.ambassadorId),
      ]
    : [
        ACCESS_PATTERNS.commissionsByState,
        indexKeys.commissionsByStatePartition(programId, query.state ?? 'approved'),
      ];
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ...(query.ambassadorId && query.state
        ? {
            FilterExpression: '#state = :state',
            ExpressionAttributeNames: { '#pk': index.partitionKey, '#state': 'state' },
          }
        : { ExpressionAttributeNames: { '#pk': index.partitionKey } }),
      ExpressionAttributeValues: {
        ':pk': partition,
        ...(query.ambassadorId && query.state ? { ':state': query.state } : {}),
      },
      Limit: query.limit,
    },
    query.cursor,
    indexCursorShape(index, partition, keys.commission('', '')),
  );
  const items = page.items.map((item) => CommissionSchema.parse(item));
  return { ...page, items };
}

/** Lines whose holding period ends by `now`, oldest first, up to `limit`: ids only. */
export async function listDueCommissions(
  now: Date,
  limit: number,
): Promise<{ programId: string; commissionId: string }[]> {
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: ACCESS_PATTERNS.commissionsDue.name,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk <= :now',
      ExpressionAttributeValues: {
        ':pk': indexKeys.commissionsDuePartition(),
        ':now': `${now.toISOString()}~`,
      },
      Limit: limit,
    }),
  );
  return Items.map((item) => ({
    programId: String(item.programId),
    commissionId: String(item.commissionId),
  }));
}
