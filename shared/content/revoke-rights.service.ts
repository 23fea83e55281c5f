import { conflict, forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { getSubmission } from '../submissions/submission.store.ts';
import type { RightsGrant } from './content-terms.schema.ts';
import { revokeRightsUpdate, rightsReminderDelete } from './rights.store.ts';
import { rightsStatus } from './rights-status.ts';

/**
 * The author of a post revokes the rights they granted the brand. The brand's use ends at once:
 * the grant's `endsAt` becomes the moment of revocation, the library no longer counts it as
 * granted, and no expiry reminder follows. Uses made before stay what they were.
 * @throws AppError `not_found`, `forbidden` (not the author), `conflict` (no grant, or one
 *   already revoked or expired).
 */
export async function revokeRights(
  user: AuthUser,
  programId: string,
  submissionId: string,
): Promise<{ submissionId: string; rights: RightsGrant & { status: 'revoked' } }> {
  return retryOptimistic('This post is changing; try again', async () => {
    const submission = await getSubmission(programId, submissionId);
    if (submission.userId !== user.id) throw forbidden('Only the post’s author can revoke its rights grant');
    const grant = submission.rightsGrant;
    const now = new Date();
    const status = rightsStatus(grant, now);
    if (!grant) throw conflict('This post carries no rights grant to revoke', { status });
    if (status === 'revoked' || status === 'expired') {
      throw conflict(`This grant already ended on ${grant.endsAt}`, { status, endsAt: grant.endsAt });
    }
    const at = nowIso(now);
    // The write is held to the submission as read (updatedAt): it must move on.
    const updatedAt =
      at > submission.updatedAt ? at : new Date(Date.parse(submission.updatedAt) + 1).toISOString();
    const written = await transact({
      submission: revokeRightsUpdate(submission, at, updatedAt),
      reminder: rightsReminderDelete(programId, submissionId),
    });
    if (written.ok) {
      return { submissionId, rights: { ...grant, revokedAt: at, endsAt: at, status: 'revoked' as const } };
    }
    // Changed since read (a review, a resubmission, another revocation): read again.
    if (written.conflict || written.failed.has('submission')) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}
