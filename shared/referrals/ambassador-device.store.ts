import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { clickHashKey } from '../platform/secrets/secret.store.ts';
import { isBot } from './redirect-rules.ts';
import { hashVisitorPart } from './visitor-hash.ts';

/** How long a browser counts as the ambassador's after they last used it on their links page. */
export const DEVICE_RETENTION_DAYS = 30;

export type Visitor = { ip: string; userAgent: string | undefined };
export type VisitorHashes = { ipHash: string; uaHash: string };

/** The keyed hashes a click of this visitor would carry (the redirect hashes the same way). */
export async function visitorHashes(visitor: Visitor): Promise<VisitorHashes> {
  const key = await clickHashKey();
  return {
    ipHash: hashVisitorPart(visitor.ip, key),
    uaHash: hashVisitorPart(visitor.userAgent ?? '', key),
  };
}

/**
 * Remembers the browser (hashed IP and user agent, never the raw values) an ambassador uses on
 * their links page, for {@link DEVICE_RETENTION_DAYS} after the last visit: an order credited
 * to a click from it is the ambassador's own. Browsers the redirect would not count (bots, no
 * user agent) are not kept; they cannot match a click.
 */
export async function rememberAmbassadorDevice(
  programId: string,
  userId: string,
  visitor: Visitor,
  now = new Date(),
): Promise<void> {
  if (!visitor.ip || isBot(visitor.userAgent)) return;
  const { ipHash, uaHash } = await visitorHashes(visitor);
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.ambassadorDevice(programId, userId, ipHash, uaHash),
        entity: ENTITY.ambassadorDevice,
        programId,
        userId,
        lastSeenAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + DEVICE_RETENTION_DAYS * 86_400,
      },
    }),
  );
}

/** Whether the ambassador used this browser on their links page in the last {@link DEVICE_RETENTION_DAYS}. */
export async function isAmbassadorDevice(
  programId: string,
  userId: string,
  visitor: VisitorHashes,
  now = new Date(),
): Promise<boolean> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.ambassadorDevice(programId, userId, visitor.ipHash, visitor.uaHash),
    }),
  );
  // TTL deletes lazily: an expired item may still be read for a while.
  return typeof Item?.expiresAt === 'number' && Item.expiresAt > now.getTime() / 1000;
}
