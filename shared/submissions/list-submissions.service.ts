import type { Page } from '../common.schema.ts';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { proofImageUrl, thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import type { Submission, SubmissionStatus } from './submission.schema.ts';
import { listSubmissionsByAuthor, listSubmissionsByStatus } from './submission.store.ts';

/**
 * Managers get the review queue: one status (default pending), oldest first, optionally
 * within one challenge. An ambassador gets their own submissions, newest first, without the
 * reviewer's id. Both get each proof image's links (the thumbnail once it is made).
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
    const page = await listSubmissionsByStatus(programId, query.status ?? 'pending', query.challengeId, {
      limit: query.limit,
      cursor: query.cursor,
      newestFirst: false,
    });
    return { ...page, items: await Promise.all(page.items.map(withProofImageUrl)) };
  }
  if (access.membership?.role !== 'ambassador')
    throw forbidden('Only the program’s managers and ambassadors see submissions');
  // Filters apply after reading, so read on until the page is full; asking each time only for the
  // rows still missing means no row is read past and skipped.
  const matches = (item: Submission) =>
    (!query.status || item.status === query.status) &&
    (!query.challengeId || item.challengeId === query.challengeId);
  const items: Submission[] = [];
  let cursor = query.cursor;
  do {
    const page = await listSubmissionsByAuthor(programId, user.id, {
      limit: query.limit - items.length,
      cursor,
    });
    // Which reviewer decided is the team's business, as in the author's view of one submission.
    items.push(...page.items.filter(matches).map(({ reviewedBy: _by, ...own }) => own));
    cursor = page.nextCursor;
  } while (items.length < query.limit && cursor);
  // Their own pictures too, as on one submission's page: My posts shows each post's thumbnail.
  return {
    items: await Promise.all(items.map(withProofImageUrl)),
    ...(cursor ? { nextCursor: cursor } : {}),
  };
}

/**
 * Reviewers see the proof image through a short-lived link (presigning is local: no extra call),
 * and its thumbnail once the thumbnailer has made it (one HeadObject).
 */
async function withProofImageUrl(
  submission: Submission,
): Promise<Submission & { proofImageUrl?: string; thumbnailUrl?: string }> {
  if (!submission.proofImageKey) return submission;
  const [original, thumbnail] = await Promise.all([
    proofImageUrl(submission.proofImageKey),
    thumbnailUrlFor(submission.proofImageKey),
  ]);
  return { ...submission, proofImageUrl: original, ...(thumbnail ? { thumbnailUrl: thumbnail } : {}) };
}
