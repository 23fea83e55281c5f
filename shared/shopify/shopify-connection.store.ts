import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { nowIso } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';

/** Deliveries are remembered this long: well past Shopify's retries of one delivery. */
const DELIVERY_RETENTION_S = 30 * 86_400;

const connectionKey = (programId: string) => keys.integration(programId, 'shopify');

/** A program's Shopify connection as stored: the settings and the sealed webhook secret. */
export type StoredConnection = Record<string, unknown> & { shopDomain?: unknown; sealedSecret: string };

export async function putConnection(
  programId: string,
  settings: object,
  sealedSecret: string,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...connectionKey(programId), entity: ENTITY.integration, programId, ...settings, sealedSecret },
    }),
  );
}

export async function findConnection(programId: string): Promise<StoredConnection | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: connectionKey(programId) }));
  return Item ? { ...Item, sealedSecret: String(Item.sealedSecret) } : undefined;
}

/** Whether a webhook delivery (by Shopify's webhook id) was handled before. */
export async function deliverySeen(programId: string, webhookId: string): Promise<boolean> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.shopifyDelivery(programId, webhookId),
      ConsistentRead: true,
    }),
  );
  return Item !== undefined;
}

/** Remembers a handled delivery and what came of it, for the retention period. */
export async function putDelivery(programId: string, webhookId: string, outcome: object): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.shopifyDelivery(programId, webhookId),
        entity: ENTITY.shopifyDelivery,
        programId,
        ...outcome,
        at: nowIso(),
        expiresAt: Math.floor(Date.now() / 1000) + DELIVERY_RETENTION_S,
      },
    }),
  );
}
