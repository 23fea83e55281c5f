import { createHmac, timingSafeEqual } from 'node:crypto';
import { signingMasterKey } from '../platform/secrets/secret.store.ts';
import { NOTIFICATION_TYPES, type NotificationType } from './notification.schema.ts';

/**
 * One-click unsubscribe tokens: a person and a notification type, with an HMAC-SHA256 under a key
 * derived from the deployment's master key for this one purpose (as the secret box derives its
 * own), so a token cannot be forged or moved to another person or type. They do not expire: an
 * unsubscribe link in an old email must still work (RFC 8058), and all it can do is stop email.
 */
const macWith = (masterKey: string, userId: string, type: string) =>
  createHmac('sha256', createHmac('sha256', masterKey).update('embassy:unsubscribe:v1').digest())
    .update(`v1\n${userId}\n${type}`)
    .digest();

/** A token under the given master key: what {@link signUnsubscribeToken} makes with the deployment's. */
export function unsubscribeTokenWith(masterKey: string, userId: string, type: NotificationType): string {
  return [
    'v1',
    Buffer.from(userId, 'utf8').toString('base64url'),
    type,
    macWith(masterKey, userId, type).toString('base64url'),
  ].join('.');
}

/** @throws Error when the master key cannot be read (Secrets Manager in AWS). */
export async function signUnsubscribeToken(userId: string, type: NotificationType): Promise<string> {
  return unsubscribeTokenWith(await signingMasterKey(), userId, type);
}

/**
 * @returns who and what the token names, or undefined when it is not one Embassy signed.
 * @throws Error when the master key cannot be read.
 */
export async function verifyUnsubscribeToken(
  token: string,
): Promise<{ userId: string; type: NotificationType } | undefined> {
  const [version, user, type, signature, ...rest] = token.split('.');
  if (version !== 'v1' || !user || !type || !signature || rest.length > 0) return undefined;
  if (!NOTIFICATION_TYPES.includes(type as NotificationType)) return undefined;
  const userId = Buffer.from(user, 'base64url').toString('utf8');
  const expected = macWith(await signingMasterKey(), userId, type);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { userId, type: type as NotificationType };
}
