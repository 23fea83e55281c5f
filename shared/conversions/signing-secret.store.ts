import { createHmac, timingSafeEqual } from 'node:crypto';
import { newId, nowIso } from '../ids.ts';
import { tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { signingMasterKey } from '../platform/secrets/secret.store.ts';

/** Signatures older or newer than this (seconds) are refused: replayed requests go stale. */
export const SIGNATURE_TOLERANCE_S = 300;

export type SigningSecretRecord = { id: string; createdAt: string; revokedAt?: string };

/**
 * A program's signing secret, derived from the master key: nothing secret is stored, so a copy
 * of the table reveals no secret. `whsec_` makes a leaked one recognisable.
 * @throws Error when the master key cannot be read (Secrets Manager in AWS).
 */
export async function deriveSigningSecret(programId: string, secretId: string): Promise<string> {
  const masterKey = await signingMasterKey();
  return `whsec_${createHmac('sha256', masterKey).update(`${programId}:${secretId}`).digest('base64url')}`;
}

/** The signature of a payload with one secret, as the sender computes it (Stripe's scheme). */
export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export async function listSigningSecrets(programId: string): Promise<SigningSecretRecord[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.signingSecret(programId, '').pk,
      ':prefix': keys.signingSecret(programId, '').sk,
    },
  });
  return items
    .filter((item) => item.entity === ENTITY.signingSecret)
    .map((item) => ({
      id: String(item.id),
      createdAt: String(item.createdAt),
      ...(typeof item.revokedAt === 'string' ? { revokedAt: item.revokedAt } : {}),
    }));
}

/**
 * Adds a secret only while fewer than `maxActive` are active: a counter on the program's
 * signing-secrets item moves in the same transaction, so parallel creates cannot exceed it.
 * @returns undefined when the limit is reached.
 */
export async function insertSigningSecret(
  programId: string,
  maxActive: number,
): Promise<SigningSecretRecord | undefined> {
  const record = { id: newId(), createdAt: nowIso() };
  const written = await transact({
    counter: {
      Update: {
        TableName: tableName,
        Key: keys.signingSecret(programId, 'COUNTER'),
        UpdateExpression: 'SET entity = :entity ADD active :one',
        ConditionExpression: 'attribute_not_exists(active) OR active < :max',
        ExpressionAttributeValues: { ':entity': 'signingSecretCounter', ':one': 1, ':max': maxActive },
      },
    },
    secret: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.signingSecret(programId, record.id),
          entity: ENTITY.signingSecret,
          programId,
          ...record,
        },
      },
    },
  });
  if (written.ok) return record;
  if (written.failed.has('counter')) return undefined;
  throw unexpectedCancellation(written);
}

/** Revokes a secret and frees its place. @returns false when there is no such active secret. */
export async function revokeSigningSecret(programId: string, secretId: string): Promise<boolean> {
  const written = await transact({
    secret: {
      Update: {
        TableName: tableName,
        Key: keys.signingSecret(programId, secretId),
        UpdateExpression: 'SET revokedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':now': nowIso() },
      },
    },
    counter: {
      Update: {
        TableName: tableName,
        Key: keys.signingSecret(programId, 'COUNTER'),
        UpdateExpression: 'ADD active :minusOne',
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('secret')) return false;
  throw unexpectedCancellation(written);
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
      signPayload(await deriveSigningSecret(programId, secret.id), timestamp, rawBody),
      'hex',
    );
    if (timingSafeEqual(expected, Buffer.from(given, 'hex'))) return secret.id;
  }
  return undefined;
}
