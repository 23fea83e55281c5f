import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, indexKeys, keys } from '../db/keys.ts';
import type { TransactItem } from '../db/transact.ts';
import { type Commission, CommissionSchema, type Payout } from './commission.schema.ts';

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
  return {
    Put: {
      TableName: tableName,
      Item: commissionItem(line),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
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
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.payout(payout.programId, payout.payoutId), entity: ENTITY.payout, ...payout },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}
