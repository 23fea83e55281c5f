/** Crockford-style alphabet without I, L, O, U: easy to read aloud and to type from a video. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A human-friendly referral code such as `ANNA-7K2Q`: up to six letters of the person's name,
 * a dash and four random characters. Uniqueness is enforced by the store, not here.
 * @param name the display name or email to take the prefix from
 * @param randomBytes source of randomness (injected for tests)
 */
export function generateReferralCode(name: string, randomBytes: (n: number) => Uint8Array): string {
  const letters = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 6);
  const prefix = letters.length >= 2 ? letters : 'AMB';
  const suffix = Array.from(randomBytes(4), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${prefix}-${suffix}`;
}

/** The shape every referral code has; `/r/{code}` rejects anything else before any lookup. */
export const REFERRAL_CODE_PATTERN = /^[A-Z]{2,6}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * Whether a code earns attribution for something that happened at `at` (ISO): it must be
 * active (its ambassador not suspended) and, if it was rotated, `at` must come before its
 * `retiresAt`. The redirect asks with the time of the click, an order with the time of the
 * order (or of the click that brought it).
 */
export function codeAttributesAt(code: { active: boolean; retiresAt?: string }, at: string): boolean {
  return code.active && (code.retiresAt === undefined || Date.parse(at) < Date.parse(code.retiresAt));
}
