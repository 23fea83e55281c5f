import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryDue } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type Erasure, ErasureSchema } from './erasure.schema.ts';

function erasureItem(erasure: Erasure) {
  return {
    ...keys.erasure(erasure.userId),
    entity: ENTITY.erasure,
    ...erasure,
    // Sparse: only unfinished erasures are on the scheduler's queue.
    ...(erasure.status === 'erasing' ? indexKeys.erasuresDue(erasure.requestedAt, erasure.userId) : {}),
  };
}

/** The user's erasure (its progress or its tombstone), or undefined. Strongly consistent. */
export async function findErasure(userId: string): Promise<Erasure | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.erasure(userId), ConsistentRead: true }),
  );
  return Item ? ErasureSchema.parse(Item) : undefined;
}

/**
 * True when the account was deleted. Every signed-in request asks (functions/http/auth.ts): a
 * deleted user's ID token stays valid until it expires, and must read nothing meanwhile. One
 * small read, projected to the key.
 */
export async function isErased(userId: string): Promise<boolean> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.erasure(userId),
      ProjectionExpression: 'pk',
      ConsistentRead: true,
    }),
  );
  return Item !== undefined;
}

/** Writes the erasure as it stands now (the first write, each run's count, the end). */
export async function putErasure(erasure: Erasure): Promise<void> {
  await db.send(new PutCommand({ TableName: tableName, Item: erasureItem(erasure) }));
}

/** Erasures still running, oldest first (the scheduler's queue). */
export async function listErasuresDue(now: string, limit: number): Promise<Erasure[]> {
  const items = await queryDue(ACCESS_PATTERNS.erasuresDue, indexKeys.erasuresDuePartition(), now, limit);
  return items.map((item) => ErasureSchema.parse(item));
}
