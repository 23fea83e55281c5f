import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { newId, nowIso } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';

export type ApiKeyRecord = {
  id: string;
  programId: string;
  name: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
};

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Key ids are ULIDs; the key is `emb_{id}_{secret}`, so the id finds the record and the secret proves it. */
const KEY_PATTERN = /^emb_([0-9A-Z]{26})_([A-Za-z0-9_-]{43})$/;

/** Creates a key. The secret is returned once and only its hash is stored. */
export async function insertApiKey(
  programId: string,
  name: string,
  createdBy: string,
): Promise<ApiKeyRecord & { key: string }> {
  const id = newId();
  const secret = randomBytes(32).toString('base64url');
  const record: ApiKeyRecord = { id, programId, name, createdAt: nowIso(), createdBy };
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.apiKey(programId, id),
        entity: ENTITY.apiKey,
        ...record,
        secretHash: sha256(secret).toString('base64url'),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { ...record, key: `emb_${id}_${secret}` };
}

/** A program's keys, without secrets. */
export async function listApiKeys(programId: string): Promise<ApiKeyRecord[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.apiKey(programId, '').pk,
      ':prefix': keys.apiKey(programId, '').sk,
    },
  });
  return items.map(({ id, programId: p, name, createdAt, createdBy, revokedAt }) => ({
    id: String(id),
    programId: String(p),
    name: String(name),
    createdAt: String(createdAt),
    createdBy: String(createdBy),
    ...(typeof revokedAt === 'string' ? { revokedAt } : {}),
  }));
}

/** Revokes a key. @returns false when there is no such key. */
export async function revokeApiKey(programId: string, id: string): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.apiKey(programId, id),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': nowIso() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Checks a presented key against the program's stored hash, in constant time.
 * @returns the key's id when it is valid and not revoked; undefined otherwise.
 */
export async function verifyApiKey(programId: string, presented: string): Promise<string | undefined> {
  const match = KEY_PATTERN.exec(presented);
  if (!match?.[1] || !match[2]) return undefined;
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.apiKey(programId, match[1]) }),
  );
  if (!Item || typeof Item.secretHash !== 'string' || Item.revokedAt) return undefined;
  const stored = Buffer.from(Item.secretHash, 'base64url');
  const given = sha256(match[2]);
  return stored.length === given.length && timingSafeEqual(stored, given) ? match[1] : undefined;
}
