import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { env } from '../env.ts';

/**
 * Secrets the table must keep but never reveal (a shop's webhook secret), sealed with
 * AES-256-GCM under a key derived from the master key (in Secrets Manager in AWS). The
 * program id is bound in as associated data, so a sealed secret copied to another program
 * does not open.
 */
const key = () => createHmac('sha256', env.SIGNING_MASTER_KEY).update('embassy:secret-box:v1').digest();

export function seal(plaintext: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    body.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

/** @returns the secret, or undefined when the box was tampered with or sealed for another owner. */
export function open(sealed: string, boundTo: string): string | undefined {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
