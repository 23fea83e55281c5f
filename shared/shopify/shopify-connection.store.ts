import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { nowIso } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { type ShopifyDiscount, ShopifyDiscountSchema } from './shopify.schema.ts';

/** Deliveries are remembered this long: well past Shopify's retries of one delivery. */
const DELIVERY_RETENTION_S = 30 * 86_400;

const connectionKey = (programId: string) => keys.integration(programId, 'shopify');

/**
 * A program's Shopify connection as stored: the settings, the sealed webhook secret, and the
 * sealed Admin API token with the program's discount when the brand gave them.
 */
export type StoredConnection = Record<string, unknown> & {
  shopDomain?: unknown;
  sealedSecret: string;
  sealedAdminToken?: string;
  discount?: ShopifyDiscount;
};

/**
 * What the Admin API token is sealed to: the program and its purpose, so neither the webhook
 * secret's box nor another program's opens it.
 */
export const adminTokenBinding = (programId: string) => `${programId}:shopify-admin-token`;

export async function putConnection(
  programId: string,
  settings: object,
  sealedSecret: string,
  admin: { sealedAdminToken?: string; discount?: ShopifyDiscount } = {},
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...connectionKey(programId),
        entity: ENTITY.integration,
        programId,
        name: 'shopify',
        ...settings,
        sealedSecret,
        ...admin,
      },
    }),
  );
}

export async function findConnection(programId: string): Promise<StoredConnection | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: connectionKey(programId) }));
  if (!Item) return undefined;
  const discount = ShopifyDiscountSchema.safeParse(Item.discount);
  return {
    ...Item,
    sealedSecret: String(Item.sealedSecret),
    ...(typeof Item.sealedAdminToken === 'string' ? { sealedAdminToken: Item.sealedAdminToken } : {}),
    ...(discount.success ? { discount: discount.data } : {}),
  };
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
