import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Participation, ParticipationSchema } from './participation.schema.ts';

/** One ambassador's progress across a program's challenges, by challenge id. */
export async function listParticipation(
  programId: string,
  userId: string,
): Promise<Map<string, Participation>> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.participation(programId, userId, '').pk,
      ':prefix': keys.participationPrefix(userId),
    },
  });
  return new Map(items.map((item) => ParticipationSchema.parse(item)).map((p) => [p.challengeId, p]));
}

/** One ambassador's progress in one challenge, read consistently, or undefined. */
export async function findParticipation(
  programId: string,
  userId: string,
  challengeId: string,
): Promise<Participation | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.participation(programId, userId, challengeId),
      ConsistentRead: true,
    }),
  );
  return Item ? ParticipationSchema.parse(Item) : undefined;
}

type GoalSale = { programId: string; challengeId: string; userId: string; orderId: string; at: string };

/** Marks an order as counted toward a sales challenge: its condition fails when it already was. */
export function newGoalSaleItem(sale: GoalSale): TransactItem {
  return putOnce({
    ...keys.goalSale(sale.programId, sale.challengeId, sale.orderId),
    entity: ENTITY.goalSale,
    ...sale,
  });
}

/**
 * Takes a fully refunded order's sale back out of a sales challenge's progress, once: the order's
 * marker is stamped `refundedAt` (its condition fails when it was taken back already, or the
 * order never counted there) and the participation loses the sale.
 */
export function takeBackGoalSaleItems(sale: Omit<GoalSale, 'at'>, at: string): TransactItem[] {
  return [
    {
      Update: {
        TableName: tableName,
        Key: keys.goalSale(sale.programId, sale.challengeId, sale.orderId),
        UpdateExpression: 'SET refundedAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(refundedAt)',
        ExpressionAttributeValues: { ':at': at },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: keys.participation(sale.programId, sale.userId, sale.challengeId),
        UpdateExpression: 'ADD sales :minus',
        ConditionExpression: 'sales >= :one',
        ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
      },
    },
  ];
}

/**
 * Adds one sale to an ambassador's participation if it still has the `seen` sales read, and
 * marks the challenge completed when `completedAt` is given. Its condition fails when another
 * sale was counted meanwhile.
 */
export function participationSaleUpdate(sale: GoalSale, seen: number, completedAt?: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.participation(sale.programId, sale.userId, sale.challengeId),
      UpdateExpression: `SET entity = :entity, programId = :programId, challengeId = :challengeId, userId = :userId${
        completedAt ? ', completedAt = :now' : ''
      } ADD sales :one`,
      ConditionExpression: seen === 0 ? 'attribute_not_exists(sales) OR sales = :seen' : 'sales = :seen',
      ExpressionAttributeValues: {
        ':entity': ENTITY.participation,
        ':programId': sale.programId,
        ':challengeId': sale.challengeId,
        ':userId': sale.userId,
        ':one': 1,
        ':seen': seen,
        ...(completedAt ? { ':now': completedAt } : {}),
      },
    },
  };
}

/**
 * Counts one more approved post if the ambassador still has the `seen` approvals read; the
 * first one completes the challenge. Its condition fails when another approval came meanwhile.
 */
export function participationApprovalUpdate(
  programId: string,
  userId: string,
  challengeId: string,
  seen: number,
  at: string,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.participation(programId, userId, challengeId),
      UpdateExpression: 'SET completedAt = if_not_exists(completedAt, :now) ADD approved :one',
      ConditionExpression: `attribute_exists(pk) AND ${seen === 0 ? '(attribute_not_exists(approved) OR approved = :seen)' : 'approved = :seen'}`,
      ExpressionAttributeValues: { ':now': at, ':one': 1, ':seen': seen },
    },
  };
}
