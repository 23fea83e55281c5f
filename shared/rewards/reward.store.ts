import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Reward, RewardSchema } from './reward.schema.ts';

/** A new reward, once per id. */
export function newRewardItem(reward: Reward): TransactItem {
  return putOnce({ ...keys.reward(reward.programId, reward.rewardId), entity: ENTITY.reward, ...reward });
}

export async function findReward(programId: string, rewardId: string): Promise<Reward | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.reward(programId, rewardId), ConsistentRead: true }),
  );
  return Item ? RewardSchema.parse(Item) : undefined;
}

/** A page of the catalogue, oldest first (ids sort by creation). */
export async function listRewards(
  programId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<Reward>> {
  const { pk, sk } = keys.reward(programId, '');
  const page = await queryPage(
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': sk },
      Limit: query.limit,
    },
    query.cursor,
    { equal: { pk }, prefix: { sk } },
  );
  return { ...page, items: page.items.map((item) => RewardSchema.parse(item)) };
}

/**
 * Sets the fields given and removes those named, if the reward exists.
 * @returns the reward as changed, or undefined when there is none.
 */
export async function changeReward(
  programId: string,
  rewardId: string,
  set: Record<string, unknown>,
  remove: string[],
): Promise<Reward | undefined> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set).map(([field, value], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = remove.map((field, i) => {
    names[`#r${i}`] = field;
    return `#r${i}`;
  });
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.reward(programId, rewardId),
        UpdateExpression: [
          sets.length ? `SET ${sets.join(', ')}` : '',
          removes.length ? `REMOVE ${removes.join(', ')}` : '',
        ].join(' '),
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ...(sets.length ? { ExpressionAttributeValues: values } : {}),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? RewardSchema.parse(Attributes) : undefined;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
    throw error;
  }
}

/**
 * Takes one from the reward for a redemption: one of the stock when it is limited (the condition
 * fails at zero, so stock never goes negative), and counts it redeemed. It also fails when the
 * reward was switched off, or its stock limited or unlimited, since it was read.
 */
export function takeOneItem(reward: Reward): TransactItem {
  const limited = reward.stock !== undefined;
  return {
    Update: {
      TableName: tableName,
      Key: keys.reward(reward.programId, reward.rewardId),
      UpdateExpression: limited ? 'SET stock = stock - :one ADD redeemed :one' : 'ADD redeemed :one',
      ConditionExpression: limited
        ? 'active = :true AND stock >= :one'
        : 'active = :true AND attribute_not_exists(stock)',
      ExpressionAttributeValues: { ':one': 1, ':true': true },
    },
  };
}

/** Gives one back to the reward after a rejection or cancellation (to the stock, when limited). */
export function returnOneItem(reward: Reward): TransactItem {
  const limited = reward.stock !== undefined;
  return {
    Update: {
      TableName: tableName,
      Key: keys.reward(reward.programId, reward.rewardId),
      UpdateExpression: limited ? 'ADD stock :one, redeemed :minus' : 'ADD redeemed :minus',
      ConditionExpression: limited ? 'attribute_exists(stock)' : 'attribute_not_exists(stock)',
      ExpressionAttributeValues: limited ? { ':one': 1, ':minus': -1 } : { ':minus': -1 },
    },
  };
}

/** Adds uploaded codes to a code reward's stock (the count of codes left). */
export function addStockItem(programId: string, rewardId: string, count: number): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.reward(programId, rewardId),
      UpdateExpression: 'ADD stock :n',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':n': count },
    },
  };
}

/** One ambassador's live redemptions of each reward named (0 when none). */
export async function claimCounts(
  programId: string,
  userId: string,
  rewardIds: string[],
): Promise<Map<string, number>> {
  const items = await batchGetAll(
    rewardIds.map((rewardId) => keys.rewardClaims(programId, rewardId, userId)),
    true,
  );
  return new Map(items.map((item) => [String(item.rewardId), Number(item.count ?? 0)]));
}

/** Counts one more live redemption; with a limit, its condition fails once the limit is reached. */
export function claimOneItem(reward: Reward, userId: string): TransactItem {
  const limit = reward.perMemberLimit;
  return {
    Update: {
      TableName: tableName,
      Key: keys.rewardClaims(reward.programId, reward.rewardId, userId),
      UpdateExpression:
        'SET entity = :entity, programId = :programId, rewardId = :rewardId, userId = :userId ADD #count :one',
      ...(limit !== undefined
        ? { ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit' }
        : {}),
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: {
        ':entity': ENTITY.rewardClaims,
        ':programId': reward.programId,
        ':rewardId': reward.rewardId,
        ':userId': userId,
        ':one': 1,
        ...(limit !== undefined ? { ':limit': limit } : {}),
      },
    },
  };
}

/** One live redemption fewer, after a rejection or cancellation. */
export function releaseClaimItem(programId: string, rewardId: string, userId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.rewardClaims(programId, rewardId, userId),
      UpdateExpression: 'ADD #count :minus',
      ConditionExpression: '#count >= :one',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
    },
  };
}

/** Which of these code hashes the reward's pool holds already (claimed or not). */
export async function existingCodes(
  programId: string,
  rewardId: string,
  hashes: string[],
): Promise<Set<string>> {
  const items = await batchGetAll(
    hashes.map((hash) => keys.rewardCode(programId, rewardId, hash)),
    true,
  );
  return new Set(items.map((item) => String(item.codeHash)));
}

/** A new code in the pool, sealed, and listed among the free codes; once per code. */
export function newCodeItem(
  programId: string,
  rewardId: string,
  code: { codeHash: string; sealedCode: string; uploadedAt: string },
): TransactItem {
  return putOnce({
    ...keys.rewardCode(programId, rewardId, code.codeHash),
    entity: ENTITY.rewardCode,
    programId,
    rewardId,
    ...code,
    ...indexKeys.freeRewardCodes(programId, rewardId, code.codeHash),
  });
}

export type FreeCode = { codeHash: string; sealedCode: string };

/**
 * Up to `limit` unclaimed codes of a reward, from the sparse index (eventually consistent: a code
 * just claimed may still show, and its claim's condition then fails).
 */
export async function listFreeCodes(programId: string, rewardId: string, limit: number): Promise<FreeCode[]> {
  const index = ACCESS_PATTERNS.freeRewardCodes;
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': indexKeys.freeRewardCodesPartition(programId, rewardId) },
      Limit: limit,
    }),
  );
  return Items.map((item) => ({ codeHash: String(item.codeHash), sealedCode: String(item.sealedCode) }));
}

/** Claims one free code for a redemption: the condition fails if another claim took it first. */
export function claimCodeItem(
  programId: string,
  rewardId: string,
  codeHash: string,
  redemptionId: string,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.rewardCode(programId, rewardId, codeHash),
      UpdateExpression: 'SET claimedBy = :redemption REMOVE gsi1pk, gsi1sk',
      ConditionExpression: 'attribute_exists(gsi1pk) AND attribute_not_exists(claimedBy)',
      ExpressionAttributeValues: { ':redemption': redemptionId },
    },
  };
}

/** Puts a claimed code back in the pool, if this redemption holds it. */
export function releaseCodeItem(
  programId: string,
  rewardId: string,
  codeHash: string,
  redemptionId: string,
): TransactItem {
  const free = indexKeys.freeRewardCodes(programId, rewardId, codeHash);
  return {
    Update: {
      TableName: tableName,
      Key: keys.rewardCode(programId, rewardId, codeHash),
      UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk REMOVE claimedBy',
      ConditionExpression: 'claimedBy = :redemption',
      ExpressionAttributeValues: { ':pk': free.gsi1pk, ':sk': free.gsi1sk, ':redemption': redemptionId },
    },
  };
}
