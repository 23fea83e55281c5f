import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { proofImageUrl, thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import type { Submission } from './submission.schema.ts';
import { getSubmission, listReviews } from './submission.store.ts';

/**
 * One submission, for its author or a manager; managers also get the audit trail (who decided
 * what, when, on which version).
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getSubmissionForUser(
  user: AuthUser,
  programId: string,
  submissionId: string,
): Promise<
  Submission & { history?: Record<string, unknown>[]; proofImageUrl?: string; thumbnailUrl?: string }
> {
  const access = await loadProgramAccess(user, programId);
  const manager = hasRole(access, MANAGER_ROLES);
  const submission = await getSubmission(programId, submissionId);
  if (!manager && submission.userId !== user.id)
    throw forbidden('Only the author and managers see a submission');
  const key = submission.proofImageKey;
  const [original, thumbnail] = key ? await Promise.all([proofImageUrl(key), thumbnailUrlFor(key)]) : [];
  const image = {
    ...(original ? { proofImageUrl: original } : {}),
    ...(thumbnail ? { thumbnailUrl: thumbnail } : {}),
  };
  if (!manager) {
    const { reviewedBy: _by, ...own } = submission;
    return { ...own, ...image };
  }
  return { ...submission, ...image, history: await listReviews(programId, submissionId) };
}
