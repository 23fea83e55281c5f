import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryAll, queryDue, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type RedemptionStatus, type StoredRedemption, StoredRedemptionSchema } from './redemption.schema.ts';

/** The stored form: in its status's queue, in its ambassador's list, and, while a gift waits for its post, in the scheduler's. */
function redemptionItem(redemption: StoredRedemption) {
  const { programId, redemptionId, createdAt, followUp } = redemption;
  const awaitingPost =
    redemption.status === 'fulfilled' && followUp?.dueAt !== undefined && followUp.postedAt === undefined;
  return {
    ...keys.redemption(programId, redemptionId),
    entity: ENTITY.redemption,
    ...redemption,
    ...indexKeys.redemptionsByStatus(programId, redemption.status, createdAt, redemptionId),
    ...indexKeys.redemptionsByMember(programId, redemption.userId, createdAt, redemptionId),
    ...(awaitingPost ? indexKeys.giftsAwaitingPost(followUp.dueAt as string, programId, redemptionId) : {}),
  };
}

export function newRedemptionItem(redemption: StoredRedemption): TransactItem {
  return putOnce(redemptionItem(redemption));
}

/** The redemption's next state, if it is still at the version read. */
export function replaceRedemptionItem(previous: StoredRedemption, next: StoredRedemption): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: redemptionItem({ ...next, version: previous.version + 1 }),
      ConditionExpression: 'version = :version',
      ExpressionAttributeValues: { ':version': previous.version },
    },
  };
}

export async function findRedemption(
  programId: string,
  redemptionId: string,
): Promise<StoredRedemption | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.redemption(programId, redemptionId),
      ConsistentRead: true,
    }),
  );
  return Item ? StoredRedemptionSchema.parse(Item) : undefined;
}

/**
 * A page of redemptions: one ambassador's, newest first (optionally in one status), or the
 * program's in one status, oldest first (the fulfilment queue).
 */
export async function listRedemptionsPage(
  programId: string,
  query: {
    status?: RedemptionStatus | undefined;
    userId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<StoredRedemption>> {
  const [index, partition] = query.userId
    ? [ACCESS_PATTERNS.redemptionsByMember, indexKeys.redemptionsByMemberPartition(programId, query.userId)]
    : [
        ACCESS_PATTERNS.redemptionsByStatus,
        indexKeys.redemptionsByStatusPartition(programId, query.status ?? 'requested'),
      ];
  const filtered = query.userId !== undefined && query.status !== undefined;
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey, ...(filtered ? { '#status': 'status' } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(filtered ? { ':status': query.status } : {}) },
      ...(filtered ? { FilterExpression: '#status = :status' } : {}),
      ScanIndexForward: query.userId === undefined,
      Limit: query.limit,
    },
    query.cursor,
    indexCursorShape(index, partition, keys.redemption('', '')),
  );
  return { ...page, items: page.items.map((item) => StoredRedemptionSchema.parse(item)) };
}

/** An ambassador's fulfilled gifts still waiting for a post (in this challenge, when named). */
export async function listGiftsAwaitingPostIn(
  programId: string,
  userId: string,
  challengeId?: string,
): Promise<StoredRedemption[]> {
  const index = ACCESS_PATTERNS.redemptionsByMember;
  const inChallenge = challengeId ? ' AND followUp.challengeId = :challenge' : '';
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    FilterExpression: `#status = :fulfilled AND attribute_exists(followUp.dueAt) AND attribute_not_exists(followUp.postedAt)${inChallenge}`,
    ExpressionAttributeNames: { '#pk': index.partitionKey, '#status': 'status' },
    ExpressionAttributeValues: {
      ':pk': indexKeys.redemptionsByMemberPartition(programId, userId),
      ':fulfilled': 'fulfilled',
      ...(challengeId ? { ':challenge': challengeId } : {}),
    },
  });
  return items.map((item) => StoredRedemptionSchema.parse(item));
}

/** Gifts whose post is due by `before`, across programs, soonest first: ids only. */
export async function listGiftsDueBy(
  before: string,
  limit: number,
): Promise<{ programId: string; redemptionId: string }[]> {
  const Items = await queryDue(
    ACCESS_PATTERNS.giftsAwaitingPost,
    indexKeys.giftsAwaitingPostPartition(),
    before,
    limit,
  );
  return Items.map((item) => ({
    programId: String(item.programId),
    redemptionId: String(item.redemptionId),
  }));
}

/** What an Idempotency-Key produced the first time. */
export type IdempotencyRecord = { redemptionId: string; rewardId: string };

/** Records a caller's Idempotency-Key with what it produced; fails if the key was used before. */
export function newIdempotencyItem(
  programId: string,
  userId: string,
  keyHash: string,
  record: IdempotencyRecord & { at: string },
): TransactItem {
  return putOnce({
    ...keys.idempotencyKey(programId, userId, keyHash),
    entity: ENTITY.idempotencyKey,
    programId,
    userId,
    ...record,
  });
}

export async function findIdempotency(
  programId: string,
  userId: string,
  keyHash: string,
): Promise<IdempotencyRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.idempotencyKey(programId, userId, keyHash),
      ConsistentRead: true,
    }),
  );
  return Item ? { redemptionId: String(Item.redemptionId), rewardId: String(Item.rewardId) } : undefined;
}
