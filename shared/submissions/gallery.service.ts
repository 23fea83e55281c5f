import type { Page } from '../common.schema.ts';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { rateCounters } from '../platform/limits/rate-limit.store.ts';
import { findMembership } from '../programs/membership.store.ts';
import { thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import { type GalleryItem, toGalleryItem } from './submission.schema.ts';
import {
  getSubmission,
  kudosCountUpdate,
  kudosGivenBy,
  listSubmissionsByStatus,
  newKudosItem,
} from './submission.store.ts';

function assertMember(access: ProgramAccess): void {
  if (access.role === undefined) throw forbidden('The gallery is for the program’s ambassadors and team');
}

/**
 * Approved posts, newest first, optionally within one challenge: social proof, and a way for
 * ambassadors to meet each other's work. A post with a proof image shows its thumbnail once it is
 * made, never the original. Each post says whether the reader already gave it kudos (read for the
 * whole page at once), so a reload still shows it.
 * @throws AppError `forbidden`, `not_found`, `bad_request` (cursor).
 */
export async function listGallery(
  user: AuthUser,
  programId: string,
  query: { challengeId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<GalleryItem>> {
  const access = await loadProgramAccess(user, programId);
  assertMember(access);
  const page = await listSubmissionsByStatus(programId, 'approved', query.challengeId, {
    limit: query.limit,
    cursor: query.cursor,
    newestFirst: true,
  });
  // Only ambassadors give kudos: the team's reads skip the lookup.
  const given =
    access.role === 'ambassador'
      ? await kudosGivenBy(
          programId,
          user.id,
          page.items.map((s) => s.submissionId),
        )
      : new Set<string>();
  const items = await Promise.all(
    page.items.map(async (submission) => {
      const thumbnailUrl = submission.proofImageKey
        ? await thumbnailUrlFor(submission.proofImageKey)
        : undefined;
      return {
        ...toGalleryItem(submission, given.has(submission.submissionId)),
        ...(thumbnailUrl ? { thumbnailUrl } : {}),
      };
    }),
  );
  return { ...page, items };
}

/**
 * One kudos per person per approved post, counted on the post; the author is notified. At most
 * 100 a day per person in a program (shared/platform/limits/rate-limits.ts): each one notifies someone.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (own post), `conflict` (given
 *   already), `rate_limited`.
 */
export async function giveKudos(
  user: AuthUser,
  programId: string,
  submissionId: string,
): Promise<{ kudos: number }> {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador') throw forbidden('Kudos are how ambassadors cheer each other on');
  const submission = await getSubmission(programId, submissionId);
  if (submission.status !== 'approved') throw forbidden('Only approved posts take kudos');
  if (submission.userId === user.id) throw validationFailed('You cannot give kudos to your own post');
  const from = access.membership?.displayName;
  const values = {
    hasFrom: from === undefined ? 'no' : 'yes',
    from: from ?? '',
    postUrl: submission.postUrl,
  };
  const author = await findMembership(programId, submission.userId);
  const now = new Date();
  const limits = rateCounters(programId, user.id, 'kudos', now);
  const written = await transact({
    kudos: newKudosItem({ programId, submissionId, userId: user.id, at: nowIso(now) }),
    count: kudosCountUpdate(programId, submissionId),
    notification: notificationPut(
      newNotification({
        userId: submission.userId,
        programId,
        type: 'kudos_received',
        ...(await noticeText('kudos_received', values, 'en')),
        values,
        link: `/programs/${programId}/gallery`,
        ...(author ? { email: author.email } : {}),
      }),
    ),
    rateLimits: limits.items,
  });
  if (!written.ok) {
    if (written.failed.has('kudos')) throw conflict('You already gave this post kudos');
    throw limits.refused(written) ?? unexpectedCancellation(written);
  }
  return { kudos: submission.kudos + 1 };
}
