import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { signingMasterKey } from './secret.store.ts';

/**
 * Secrets the table must keep but never reveal, sealed with AES-256-GCM under a key derived
 * from the master key (in Secrets Manager in AWS): a shop's webhook secret (bound to its
 * program), an ambassador's payout details and a brand's payout account (bound to what they
 * belong to, see shared/payouts). What a box is bound to goes in as associated data, so a
 * sealed value copied to another program, person or purpose does not open.
 */
const key = async () =>
  createHmac('sha256', await signingMasterKey())
    .update('embassy:secret-box:v1')
    .digest();

/** @throws Error when the master key cannot be read (Secrets Manager in AWS). */
export async function seal(plaintext: string, boundTo: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await key(), iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    body.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

/**
 * @returns the secret, or undefined when the box was tampered with or sealed for another owner.
 * @throws Error when the master key cannot be read (Secrets Manager in AWS).
 */
export async function open(sealed: string, boundTo: string): Promise<string | undefined> {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return undefined;
  const masterKey = await key();
  try {
    const decipher = createDecipheriv('aes-256-gcm', masterKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
