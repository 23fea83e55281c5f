import type { Page } from '../common.schema.ts';
import { newId, nowIso } from '../ids.ts';
import { tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { queryPage } from '../platform/db/read-all.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { type Notification, NotificationSchema } from './notification.schema.ts';

const RETENTION_DAYS = 180;

/** A new notification, ready to write (alone or inside a transaction). */
export function newNotification(fields: Omit<Notification, 'notificationId' | 'createdAt'>): Notification {
  return { notificationId: newId(), createdAt: nowIso(), ...fields };
}

/** The stored form; notifications expire after six months (TTL). */
export function notificationItem(notification: Notification) {
  return {
    ...keys.notification(notification.userId, notification.notificationId),
    entity: ENTITY.notification,
    ...notification,
    expiresAt: Math.floor(Date.parse(notification.createdAt) / 1000) + RETENTION_DAYS * 86_400,
  };
}

/** A notification as a transaction item, written with whatever caused it. */
export function notificationPut(notification: Notification): TransactItem {
  return { Put: { TableName: tableName, Item: notificationItem(notification) } };
}

/** A user's notifications across programs, newest first. */
export async function listNotifications(
  userId: string,
  limit: number,
  cursor?: string,
): Promise<Page<Notification>> {
  const pk = keys.notificationPartition(userId);
  const page = await queryPage(
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.notification(userId, '').sk },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    { equal: { pk }, prefix: { sk: keys.notification(userId, '').sk } },
  );
  return { ...page, items: page.items.map((item) => NotificationSchema.parse(item)) };
}
