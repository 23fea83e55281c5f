import { createHash } from 'node:crypto';
import { z } from 'zod';

/** `DELETE /api/me`: the caller confirms, in the body, that the account and its data go. */
export const DeleteAccountSchema = z
  .strictObject({
    confirm: z.literal(true, 'Send { "confirm": true } to delete your account: it cannot be undone'),
  })
  .meta({ id: 'DeleteAccount' });

export const ERASURE_STATUSES = ['erasing', 'erased'] as const;

/**
 * A deleted account. While `erasing`, the scheduler finishes what the request could not; once
 * `erased`, it stays as the tombstone that refuses the user's still-valid tokens. It holds no
 * personal data: the Cognito `sub`, the pseudonym, and the programs to go through.
 */
export const ErasureSchema = z
  .object({
    userId: z.string(),
    /** The name the kept records carry from now on, such as "Deleted ambassador 7F3A9C". */
    pseudonym: z.string(),
    status: z.enum(ERASURE_STATUSES),
    /** The programs the person was in when they asked: their memberships leave the user index. */
    programIds: z.array(z.string()),
    requestedAt: z.string(),
    erasedAt: z.string().optional(),
    /** Runs so far (the request's, then the scheduler's), for the log. */
    runs: z.number().int(),
  })
  .meta({ id: 'Erasure' });
export type Erasure = z.infer<typeof ErasureSchema>;

/** What `DELETE /api/me` answers: done at once, or finished by the scheduler within minutes. */
export const DeletedAccountSchema = z
  .object({
    status: z.enum(ERASURE_STATUSES),
    pseudonym: z.string(),
    requestedAt: z.string(),
    erasedAt: z.string().optional(),
  })
  .meta({ id: 'DeletedAccount' });

/**
 * The pseudonym of a deleted account: the same for the same user (a resumed erasure writes the
 * same name), and 24 bits of a hash, so two deleted ambassadors of a program rarely share one.
 */
export function pseudonymOf(userId: string): string {
  const tag = createHash('sha256').update(userId).digest('hex').slice(0, 6).toUpperCase();
  return `Deleted ambassador ${tag}`;
}

/** A paid payout item's sealed payee once its person is erased: nothing to open (see export-payout). */
export const ERASED_PAYEE = '';
