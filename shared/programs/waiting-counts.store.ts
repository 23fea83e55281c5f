import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { putOnce, transact, unexpectedCancellation } from '../platform/db/transact.ts';

/**
 * What waits for a program's team: applications to decide, posts to review, and rewards
 * redeemed that wait for a decision or to be sent (the fulfilment queue).
 */
export type WaitingCounts = { applications: number; posts: number; rewards: number };
type WaitingDelta = WaitingCounts & { programId: string };

type Image = Record<string, unknown> | undefined;

const waitingApplication = (image: Image) =>
  image?.entity === 'membership' && image.role === 'ambassador' && image.status === 'pending' ? 1 : 0;
const waitingPost = (image: Image) => (image?.entity === 'submission' && image.status === 'pending' ? 1 : 0);
const waitingReward = (image: Image) =>
  image?.entity === 'redemption' && (image.status === 'requested' || image.status === 'approved') ? 1 : 0;

/**
 * What one stored change does to the counts: an application or a post entering the pending
 * status adds one, a redemption entering the fulfilment queue (requested, then approved) adds
 * one; leaving it takes one. Undefined when it changes nothing.
 */
export function waitingDelta(change: { newImage: Image; oldImage: Image }): WaitingDelta | undefined {
  const image = change.newImage ?? change.oldImage;
  const applications = waitingApplication(change.newImage) - waitingApplication(change.oldImage);
  const posts = waitingPost(change.newImage) - waitingPost(change.oldImage);
  const rewards = waitingReward(change.newImage) - waitingReward(change.oldImage);
  if (!image || (applications === 0 && posts === 0 && rewards === 0)) return undefined;
  return { programId: String(image.programId), applications, posts, rewards };
}

const MARK_TTL_SECONDS = 3 * 86_400; // longer than a stream keeps records (24 h)

/**
 * Adds one stream record's change to the program's counts once: a mark keyed by the record's
 * event id goes in the same transaction, so a redelivery adds nothing.
 * @returns false when it was already applied.
 */
export async function applyWaitingDelta(eventId: string, delta: WaitingDelta): Promise<boolean> {
  return retryOptimistic('The waiting counts are changing too fast', async () => {
    const written = await transact({
      mark: putOnce({
        ...keys.rollupMark(`${eventId}#waiting`),
        entity: ENTITY.rollupMark,
        expiresAt: Math.floor(Date.now() / 1000) + MARK_TTL_SECONDS,
      }),
      counts: {
        Update: {
          TableName: tableName,
          Key: keys.waitingCounts(delta.programId),
          UpdateExpression:
            'SET entity = :entity, programId = :programId ADD applications :a, posts :p, rewards :r',
          ExpressionAttributeValues: {
            ':entity': ENTITY.waitingCounts,
            ':programId': delta.programId,
            ':a': delta.applications,
            ':p': delta.posts,
            ':r': delta.rewards,
          },
        },
      },
    });
    if (written.ok) return true;
    if (written.failed.has('mark')) return false;
    if (written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

/** The program's counts: one read of one item (never below zero). */
export async function getWaitingCounts(programId: string): Promise<WaitingCounts> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.waitingCounts(programId) }),
  );
  return {
    applications: Math.max(0, Number(Item?.applications ?? 0)),
    posts: Math.max(0, Number(Item?.posts ?? 0)),
    rewards: Math.max(0, Number(Item?.rewards ?? 0)),
  };
}
