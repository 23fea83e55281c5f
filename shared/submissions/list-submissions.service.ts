import type { Page } from '../common.schema.ts';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import type { Submission, SubmissionStatus } from './submission.schema.ts';
import { listSubmissionsByAuthor, listSubmissionsByStatus } from './submission.store.ts';

/**
 * Managers get the review queue: one status (default pending), oldest first, optionally
 * within one challenge. An ambassador gets their own submissions, newest first.
 * @throws AppError `forbidden`, `not_found`, `bad_request` (cursor).
 */
export async function listSubmissions(
  user: AuthUser,
  programId: string,
  query: {
    status?: SubmissionStatus | undefined;
    challengeId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<Submission>> {
  const access = await loadProgramAccess(user, programId);
  if (hasRole(access, MANAGER_ROLES)) {
    return listSubmissionsByStatus(programId, query.status ?? 'pending', query.challengeId, {
      limit: query.limit,
      cursor: query.cursor,
      newestFirst: false,
    });
  }
  if (access.membership?.role !== 'ambassador')
    throw forbidden('Only the program’s managers and ambassadors see submissions');
  const page = await listSubmissionsByAuthor(programId, user.id, {
    limit: query.limit,
    cursor: query.cursor,
  });
  return {
    ...page,
    items: page.items.filter(
      (s) =>
        (!query.status || s.status === query.status) &&
        (!query.challengeId || s.challengeId === query.challengeId),
    ),
  };
}
