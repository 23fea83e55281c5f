import { createHmac } from 'node:crypto';

/**
 * A keyed hash of an IP address or user agent: visitors can be told apart and deduplicated,
 * but the raw value is never stored and cannot be recovered by hashing guesses without the key.
 */
export function hashVisitorPart(value: string, key: string): string {
  return createHmac('sha256', key).update(value).digest('base64url').slice(0, 22);
}
