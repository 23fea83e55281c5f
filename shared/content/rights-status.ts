import type { RightsGrant } from './content-terms.schema.ts';

/**
 * A grant as the library shows it: `granted` (live), `expiring` (live, ending within
 * {@link EXPIRING_DAYS} days: still granted), `revoked`, `expired`, or `none` (never granted).
 * No zod here: the dashboard shows an ambassador's own grants by the same rule.
 */
export const RIGHTS_STATUSES = ['granted', 'expiring', 'revoked', 'expired', 'none'] as const;
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];

/** A live grant ending within this many days is `expiring`. */
export const EXPIRING_DAYS = 30;

/** What a grant is at `now`. */
export function rightsStatus(
  grant: Pick<RightsGrant, 'revokedAt' | 'endsAt'> | undefined,
  now: Date,
): RightsStatus {
  if (!grant) return 'none';
  if (grant.revokedAt) return 'revoked';
  const ends = Date.parse(grant.endsAt);
  if (ends <= now.getTime()) return 'expired';
  return ends <= now.getTime() + EXPIRING_DAYS * 86_400_000 ? 'expiring' : 'granted';
}
