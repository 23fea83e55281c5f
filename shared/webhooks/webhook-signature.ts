import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signingMasterKey } from '../platform/secrets/secret.store.ts';

/**
 * An endpoint's signing secret, in Standard Webhooks' form (`whsec_` and base64 of 32 bytes),
 * derived from the master key: nothing secret is stored, so a copy of the table reveals none.
 * Each rotation is a new version id, hence a new secret.
 * @throws Error when the master key cannot be read (Secrets Manager in AWS).
 */
export async function deriveEndpointSecret(
  programId: string,
  endpointId: string,
  versionId: string,
): Promise<string> {
  const key = createHmac('sha256', await signingMasterKey())
    .update(`webhook:${programId}:${endpointId}:${versionId}`)
    .digest('base64');
  return `whsec_${key}`;
}

/**
 * The three Standard Webhooks headers for one attempt: `webhook-id` (the event's, the same on
 * every attempt), `webhook-timestamp` (seconds, now) and `webhook-signature`, one `v1,` signature
 * per live secret separated by spaces, so a receiver holding either secret during a rotation's
 * overlap verifies. Signed by the specification's reference library.
 */
export function signDelivery(
  secrets: readonly string[],
  messageId: string,
  body: string,
  at: Date,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' '),
  };
}
