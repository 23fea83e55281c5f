import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { failedConditions } from '../db/transactions.ts';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { rateCounters } from '../limits/rate-limit.store.ts';
import { newNotification, notificationItem } from '../notifications/notification.store.ts';
import { findMembership } from '../programs/membership.store.ts';
import { type GalleryItem, toGalleryItem } from './submission.schema.ts';
import { getSubmission, listSubmissionsByStatus } from './submission.store.ts';

function assertMember(access: ProgramAccess): void {
  if (access.role === undefined) throw forbidden('The gallery is for the program’s ambassadors and team');
}

/**
 * Approved posts, newest first, optionally within one challenge: social proof, and a way for
 * ambassadors to meet each other's work.
 * @throws AppError `forbidden`, `not_found`, `bad_request` (cursor).
 */
export async function listGallery(
  user: AuthUser,
  programId: string,
  query: { challengeId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<GalleryItem>> {
  assertMember(await loadProgramAccess(user, programId));
  const page = await listSubmissionsByStatus(programId, 'approved', query.challengeId, {
    limit: query.limit,
    cursor: query.cursor,
    newestFirst: true,
  });
  return { ...page, items: page.items.map(toGalleryItem) };
}

/**
 * One kudos per person per approved post, counted on the post; the author is notified. At most
 * 100 a day per person in a program (shared/limits/rate-limits.ts): each one notifies someone.
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
  const from = access.membership?.displayName ?? 'A teammate';
  const author = await findMembership(programId, submission.userId);
  const now = new Date();
  const limits = rateCounters(programId, user.id, 'kudos', now);
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.kudos(programId, submissionId, user.id),
                entity: ENTITY.kudos,
                programId,
                submissionId,
                userId: user.id,
                at: nowIso(now),
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: keys.submission(programId, submissionId),
              UpdateExpression: 'ADD kudos :one',
              ConditionExpression: '#status = :approved',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':one': 1, ':approved': 'approved' },
            },
          },
          {
            Put: {
              TableName: tableName,
              Item: notificationItem(
                newNotification({
                  userId: submission.userId,
                  programId,
                  type: 'kudos_received',
                  title: `${from} gave your post kudos`,
                  body: submission.postUrl,
                  link: `/programs/${programId}/gallery`,
                  ...(author ? { email: author.email } : {}),
                }),
              ),
            },
          },
          ...limits.items,
        ],
      }),
    );
  } catch (error) {
    const failed = failedConditions(error);
    if (failed.includes(0)) throw conflict('You already gave this post kudos');
    throw limits.refused(failed, 3) ?? error;
  }
  return { kudos: submission.kudos + 1 };
}
