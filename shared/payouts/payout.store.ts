import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import {
  type Payout,
  PayoutSchema,
  type PayoutStatus,
  type StoredPayoutItem,
  StoredPayoutItemSchema,
} from './payout.schema.ts';

/** The stored header: the payout, its key, and its entry in the program's payout history. */
function payoutRecord(payout: Payout) {
  return {
    ...keys.payout(payout.programId, payout.payoutId),
    entity: ENTITY.payout,
    ...payout,
    ...indexKeys.payoutsByTime(payout.programId, payout.createdAt, payout.payoutId),
  };
}

/**
 * Writes a new payout header (it is `building`), with `alsoWrite` (its audit entry, whose id is
 * the payout's). @throws Error if the id exists.
 */
export async function insertPayout(payout: Payout, alsoWrite: TransactItem[] = []): Promise<void> {
  const written = await transact({ payout: putOnce(payoutRecord(payout)), alsoWrite });
  if (!written.ok) throw unexpectedCancellation(written);
}

/**
 * Replaces the header with its next state if it is still at the version read.
 * @returns false when someone changed it meanwhile (the caller reads it again).
 */
export async function replacePayout(
  previous: Payout,
  next: Payout,
  /** What goes with the change: a confirmation's audit entry. */
  alsoWrite: TransactItem[] = [],
): Promise<boolean> {
  const written = await transact({
    alsoWrite,
    payout: {
      Put: {
        TableName: tableName,
        Item: payoutRecord({ ...next, version: previous.version + 1 }),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': previous.version },
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('payout') || written.conflict) return false;
  throw unexpectedCancellation(written);
}

/**
 * Deletes a header that is still at the version read (a payout that claimed nothing), and the
 * audit entry of its making (id the payout's, at its creation): no payout happened.
 * @returns false otherwise.
 */
export async function deletePayout(payout: Payout): Promise<boolean> {
  const written = await transact({
    audit: {
      Delete: {
        TableName: tableName,
        Key: keys.auditEntry(payout.programId, payout.createdAt, payout.payoutId),
      },
    },
    payout: {
      Delete: {
        TableName: tableName,
        Key: keys.payout(payout.programId, payout.payoutId),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': payout.version },
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('payout') || written.conflict) return false;
  throw unexpectedCancellation(written);
}

/** A transaction's check that the payout is still in `status`: an item is only added to a payout being built. */
export function payoutStillIn(programId: string, payoutId: string, status: PayoutStatus): TransactItem {
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: keys.payout(programId, payoutId),
      ConditionExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status },
    },
  };
}

/** A new payout item, written once. */
export function newPayoutItem(item: StoredPayoutItem): TransactItem {
  return putOnce({
    ...keys.payoutItem(item.programId, item.payoutId, item.ambassadorId),
    entity: ENTITY.payoutItem,
    ...item,
  });
}

/** Marks an item paid if it is still batched (a second confirmation finds it paid and fails). */
export function payoutItemPaid(item: StoredPayoutItem, paidAt: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.payoutItem(item.programId, item.payoutId, item.ambassadorId),
      UpdateExpression: 'SET #status = :paid, paidAt = :at, version = version + :one',
      ConditionExpression: '#status = :batched',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':paid': 'paid', ':batched': 'batched', ':at': paidAt, ':one': 1 },
    },
  };
}

export async function findPayout(programId: string, payoutId: string): Promise<Payout | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.payout(programId, payoutId), ConsistentRead: true }),
  );
  return Item ? PayoutSchema.parse(Item) : undefined;
}

/** Every item of a payout, by ambassador id (strongly consistent: what was written is there). */
export async function listPayoutItems(programId: string, payoutId: string): Promise<StoredPayoutItem[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.payout(programId, payoutId).pk,
      ':prefix': keys.payoutItemPrefix(payoutId),
    },
    ConsistentRead: true,
  });
  return items.map((item) => StoredPayoutItemSchema.parse(item));
}

/** A page of the program's payouts, newest first. @throws AppError `bad_request` (cursor). */
export async function listPayoutPage(
  programId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<Payout>> {
  const index = ACCESS_PATTERNS.payoutsByTime;
  const partition = indexKeys.payoutsByTimePartition(programId);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false,
      Limit: query.limit,
    },
    query.cursor,
    indexCursorShape(index, partition, keys.payout('', '')),
  );
  return { ...page, items: page.items.map((item) => PayoutSchema.parse(item)) };
}
