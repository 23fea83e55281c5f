import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { nowIso } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import { NOTIFICATION_TYPES, type NotificationType } from './notification.schema.ts';
import { CHANNELS, type Channel, type Preferences } from './notification-preferences.schema.ts';

/** The most unread notifications counted; the bell shows "99+" past it. */
export const UNREAD_CAP = 99;

const isChannel = (value: unknown): value is Channel => CHANNELS.includes(value as Channel);

/** A person's channel per type, as they set it (types never set are left out). */
export async function getPreferences(userId: string): Promise<Preferences> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.notificationPrefs(userId) }),
  );
  const preferences: Preferences = {};
  for (const type of NOTIFICATION_TYPES) {
    const value = Item?.[type];
    if (isChannel(value)) preferences[type] = value;
  }
  return preferences;
}

/**
 * Sets the channel of the types given, leaving the others as they are: one attribute per type,
 * so two changes at once (the dashboard and an unsubscribe link) never overwrite each other.
 */
export async function setPreferences(
  userId: string,
  changes: Partial<Record<NotificationType, Channel>>,
): Promise<void> {
  const update = preferencesUpdate(userId, changes);
  if (update) await db.send(new UpdateCommand(update));
}

/** The update {@link setPreferences} makes, for a transaction that writes more (its audit entries); none when nothing is named. */
export function preferencesUpdate(
  userId: string,
  changes: Partial<Record<NotificationType, Channel>>,
): NonNullable<TransactItem['Update']> | undefined {
  const entries = Object.entries(changes) as Array<[NotificationType, Channel]>;
  if (entries.length === 0) return undefined;
  return {
    TableName: tableName,
    Key: keys.notificationPrefs(userId),
    UpdateExpression: `SET entity = :entity, userId = :userId, updatedAt = :now, ${entries
      .map((_, i) => `#t${i} = :c${i}`)
      .join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(entries.map(([type], i) => [`#t${i}`, type])),
    ExpressionAttributeValues: {
      ':entity': ENTITY.notificationPrefs,
      ':userId': userId,
      ':now': nowIso(),
      ...Object.fromEntries(entries.map(([, channel], i) => [`:c${i}`, channel])),
    },
  };
}

/** The id of the newest notification the person has read, if they ever marked any. */
export async function getLastReadId(userId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.notificationRead(userId) }),
  );
  return typeof Item?.lastReadId === 'string' ? Item.lastReadId : undefined;
}

/**
 * Marks everything up to `notificationId` read. The mark only moves forward: a stale tab marking
 * an older notification leaves a newer mark in place.
 */
export async function markReadUpTo(userId: string, notificationId: string): Promise<void> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.notificationRead(userId),
        UpdateExpression: 'SET entity = :entity, userId = :userId, lastReadId = :id, updatedAt = :now',
        ConditionExpression: 'attribute_not_exists(lastReadId) OR lastReadId < :id',
        ExpressionAttributeValues: {
          ':entity': ENTITY.notificationRead,
          ':userId': userId,
          ':id': notificationId,
          ':now': nowIso(),
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * How many notifications came after the read mark, up to {@link UNREAD_CAP}, leaving out the
 * types the person turned off. One query of their own partition, from the mark on: its cost
 * follows the unread count (capped), never the history.
 */
export async function countUnread(
  userId: string,
  lastReadId: string | undefined,
  hidden: readonly NotificationType[],
): Promise<number> {
  const prefix = keys.notification(userId, '').sk;
  const from = lastReadId ? `${prefix}${lastReadId}\u0000` : prefix;
  const to = `${prefix}\uffff`;
  // A mark past every id (none is, but a mark is only ever compared) leaves nothing unread.
  if (Buffer.compare(Buffer.from(from), Buffer.from(to)) > 0) return 0;
  const { Count = 0 } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ...(hidden.length > 0
        ? {
            FilterExpression: `NOT (#type IN (${hidden.map((_, i) => `:h${i}`).join(', ')}))`,
            ExpressionAttributeNames: { '#type': 'type' },
          }
        : {}),
      ExpressionAttributeValues: {
        ':pk': keys.notificationPartition(userId),
        // Just past the mark's own key, so the read one is not counted.
        ':from': from,
        ':to': to,
        ...Object.fromEntries(hidden.map((type, i) => [`:h${i}`, type])),
      },
      Select: 'COUNT',
      Limit: UNREAD_CAP + 20,
    }),
  );
  return Math.min(Count, UNREAD_CAP);
}
