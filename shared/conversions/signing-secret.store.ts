import { createHmac, timingSafeEqual } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { queryAll } from '../db/read-all.ts';
import { isConditionFailure } from '../db/transactions.ts';
import { env } from '../env.ts';
import { newId, nowIso } from '../ids.ts';

/** Signatures older or newer than this (seconds) are refused: replayed requests go stale. */
export const SIGNATURE_TOLERANCE_S = 300;

export type SigningSecretRecord = { id: string; createdAt: string; revokedAt?: string };

/**
 * A program's signing secret, derived from the master key: nothing secret is stored, so a copy
 * of the table reveals no secret. `whsec_` makes a leaked one recognisable.
 */
export function deriveSigningSecret(programId: string, secretId: string): string {
  return `whsec_${createHmac('sha256', env.SIGNING_MASTER_KEY).update(`${programId}:${secretId}`).digest('base64url')}`;
}

/** The signature of a payload with one secret, as the sender computes it (Stripe's scheme). */
export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export async function listSigningSecrets(programId: string): Promise<SigningSecretRecord[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.signingSecret(programId, '').pk, ':prefix': 'SIGNKEY#' },
  });
  return items.map((item) => ({
    id: String(item.id),
    createdAt: String(item.createdAt),
    ...(typeof item.revokedAt === 'string' ? { revokedAt: item.revokedAt } : {}),
  }));
}

export async function insertSigningSecret(programId: string): Promise<SigningSecretRecord> {
  const record = { id: newId(), createdAt: nowIso() };
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.signingSecret(programId, record.id),
        entity: ENTITY.signingSecret,
        programId,
        ...record,
      },
    }),
  );
  return record;
}

/** @returns false when there is no such secret. */
export async function revokeSigningSecret(programId: string, secretId: string): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.signingSecret(programId, secretId),
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
 * Verifies `Embassy-Signature: t={unix seconds},v1={hex}` over `{t}.{raw body}` against each
 * active secret (two during a rotation), in constant time, within the tolerance.
 * @returns the id of the secret that signed it, or undefined.
 */
export async function verifySignature(
  programId: string,
  header: string,
  rawBody: string,
  now = Date.now(),
): Promise<string | undefined> {
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return undefined;
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_S) return undefined;
  const active = (await listSigningSecrets(programId)).filter((s) => !s.revokedAt);
  for (const secret of active) {
    const expected = Buffer.from(
      signPayload(deriveSigningSecret(programId, secret.id), timestamp, rawBody),
      'hex',
    );
    if (timingSafeEqual(expected, Buffer.from(given, 'hex'))) return secret.id;
  }
  return undefined;
}
