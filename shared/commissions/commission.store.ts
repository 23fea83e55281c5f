import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Commission, CommissionSchema, type CommissionState, type Payout } from './commission.schema.ts';

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

/** A payout record, once per payout id. */
export function newPayoutItem(payout: Payout): TransactItem {
  return putOnce({ ...keys.payout(payout.programId, payout.payoutId), entity: ENTITY.payout, ...payout });
}

/** Lines by id (any order); an unknown id is left out. */
export async function getCommissions(programId: string, commissionIds: string[]): Promise<Commission[]> {
  const items = await batchGetAll(commissionIds.map((id) => keys.commission(programId, id)));
  return items.map((item) => CommissionSchema.parse(item));
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
  const _approved = 0;
  return Items.map((item) => ({
    programId: String(item.programId),
    commissionId: String(item.commissionId),
  }));
}
