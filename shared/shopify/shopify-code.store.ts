import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryDue, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type ShopifyCode, type ShopifyCodeQuery, ShopifyCodeSchema } from './shopify-code.schema.ts';

/**
 * A code's sync record as stored: the view, and what the sync keeps to itself (what it last did
 * in the shop, its lease, the record's version).
 */
export type StoredShopifyCode = ShopifyCode & {
  /** Bumped by every write: each write is conditional on the version it read. */
  version: number;
  /** Whether the shop's discount is switched on, as Embassy last left it (absent: never made). */
  appliedActive?: boolean;
  /** The `endsAt` Embassy last set on the shop's discount. */
  appliedEndsAt?: string;
  /** While a worker is talking to the shop about this code: nobody else may until then. */
  leaseUntil?: string;
};

const storedOf = (item: Record<string, unknown>): StoredShopifyCode => ({
  ...ShopifyCodeSchema.parse(item),
  version: Number(item.version ?? 0),
  ...(typeof item.appliedActive === 'boolean' ? { appliedActive: item.appliedActive } : {}),
  ...(typeof item.appliedEndsAt === 'string' ? { appliedEndsAt: item.appliedEndsAt } : {}),
  ...(typeof item.leaseUntil === 'string' ? { leaseUntil: item.leaseUntil } : {}),
});

/** The record as shown: without the sync's own fields. */
export function shopifyCodeView(stored: StoredShopifyCode): ShopifyCode {
  const { version: _v, appliedActive: _a, appliedEndsAt: _e, leaseUntil: _l, ...view } = stored;
  return view;
}

/** The item for a record: its keys, and the index entries its state puts it in. */
function itemOf(record: StoredShopifyCode): Record<string, unknown> {
  const due = record.status === 'pending' && record.nextAttemptAt !== undefined;
  return {
    ...keys.shopifyCode(record.programId, record.code),
    entity: ENTITY.shopifyCode,
    ...record,
    ...indexKeys.shopifyCodesByStatus(record.programId, record.status, record.updatedAt, record.code),
    ...indexKeys.shopifyCodesByAmbassador(record.programId, record.ambassadorId, record.code),
    ...(due ? indexKeys.shopifyCodesDue(record.nextAttemptAt as string, record.programId, record.code) : {}),
  };
}

export async function findShopifyCode(
  programId: string,
  code: string,
): Promise<StoredShopifyCode | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.shopifyCode(programId, code), ConsistentRead: true }),
  );
  return Item?.entity === ENTITY.shopifyCode ? storedOf(Item) : undefined;
}

/**
 * Writes `next` (its version one past `seen`'s) if the record is still at `seen`'s version, or
 * absent when `seen` is undefined. @returns false when it moved meanwhile: read again, decide again.
 */
export async function replaceShopifyCode(
  next: Omit<StoredShopifyCode, 'version'>,
  seen: StoredShopifyCode | undefined,
): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: itemOf({ ...next, version: (seen?.version ?? 0) + 1 }),
        ConditionExpression: seen ? '#version = :seen' : 'attribute_not_exists(pk)',
        ...(seen
          ? {
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':seen': seen.version },
            }
          : {}),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * A program's codes, by code; or those in one status, most recently changed first; or one
 * ambassador's.
 */
export async function listShopifyCodes(
  programId: string,
  query: ShopifyCodeQuery,
): Promise<Page<ShopifyCode>> {
  const blank = keys.shopifyCode(programId, '');
  let page: { items: Record<string, unknown>[]; nextCursor?: string };
  if (query.ambassadorId) {
    const index = ACCESS_PATTERNS.shopifyCodesByAmbassador;
    const partition = indexKeys.shopifyCodesByAmbassadorPartition(programId, query.ambassadorId);
    page = await queryPage(
      {
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ...(query.status ? { FilterExpression: '#status = :status' } : {}),
        ExpressionAttributeNames: {
          '#pk': index.partitionKey,
          ...(query.status ? { '#status': 'status' } : {}),
        },
        ExpressionAttributeValues: { ':pk': partition, ...(query.status ? { ':status': query.status } : {}) },
        Limit: query.limit,
      },
      query.cursor,
      indexCursorShape(index, partition, blank),
    );
  } else if (query.status) {
    const index = ACCESS_PATTERNS.shopifyCodesByStatus;
    const partition = indexKeys.shopifyCodesByStatusPartition(programId, query.status);
    page = await queryPage(
      {
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: false,
        Limit: query.limit,
      },
      query.cursor,
      indexCursorShape(index, partition, blank),
    );
  } else {
    page = await queryPage(
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': blank.pk, ':prefix': keys.shopifyCodePrefix() },
        Limit: query.limit,
      },
      query.cursor,
      { equal: { pk: blank.pk }, prefix: { sk: keys.shopifyCodePrefix() } },
    );
  }
  return { ...page, items: page.items.map((item) => shopifyCodeView(storedOf(item))) };
}

/** Codes whose work in the shop is due by `now`, across programs, oldest first: the sweep's work. */
export async function listDueShopifyCodes(
  now: string,
  limit: number,
): Promise<Array<{ programId: string; code: string }>> {
  const Items = await queryDue(
    ACCESS_PATTERNS.shopifyCodesDue,
    indexKeys.shopifyCodesDuePartition(),
    now,
    limit,
  );
  return Items.map((item) => ({ programId: String(item.programId), code: String(item.code) }));
}
