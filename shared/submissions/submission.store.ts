import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { notFound } from '../errors.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { batchGetAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { rateCounters } from '../platform/limits/rate-limit.store.ts';
import { type Submission, SubmissionSchema, type SubmissionStatus } from './submission.schema.ts';

/** The stored form, on the queue/gallery, per-challenge and per-author indexes. */
export function submissionItem(submission: Submission) {
  const { programId, challengeId, userId, status, submittedAt, submissionId } = submission;
  return {
    ...keys.submission(programId, submissionId),
    entity: ENTITY.submission,
    ...submission,
    ...indexKeys.submissionsByStatus(programId, status, submittedAt, submissionId),
    ...indexKeys.submissionsByChallenge(programId, challengeId, status, submittedAt, submissionId),
    ...indexKeys.submissionsByAuthor(programId, userId, submittedAt, submissionId),
  };
}

/** The claim on a canonical post URL within a program. */
export function postUrlClaim(programId: string, url: string, submissionId: string): TransactItem {
  const hash = createHash('sha256').update(url).digest('base64url');
  return putOnce({
    ...keys.postUrlClaim(programId, hash),
    entity: ENTITY.postUrlClaim,
    programId,
    url,
    submissionId,
  });
}

/** Holds the transaction to an ambassador who is still approved (not suspended meanwhile). */
export function approvedMembershipCheck(programId: string, userId: string): TransactItem {
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: keys.membership(programId, userId),
      ConditionExpression: '#status = :approved',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':approved': 'approved' },
    },
  };
}

/**
 * Holds the transaction to a challenge still open at `now`; it also counts the gifts the post
 * answers, since one transaction may touch the challenge only once.
 */
function openChallengeItem(
  programId: string,
  challengeId: string,
  now: string,
  giftsPosted: number,
): TransactItem {
  const condition = {
    TableName: tableName,
    Key: keys.challenge(programId, challengeId),
    ConditionExpression: 'published = :true AND opensAt <= :now AND closesAt > :now',
  };
  if (giftsPosted === 0)
    return { ConditionCheck: { ...condition, ExpressionAttributeValues: { ':true': true, ':now': now } } };
  return {
    Update: {
      ...condition,
      UpdateExpression: 'ADD giftsPosted :gifts',
      ExpressionAttributeValues: { ':true': true, ':now': now, ':gifts': giftsPosted },
    },
  };
}

export type SubmitOutcome = 'ok' | 'duplicate_url' | 'limit_reached' | 'not_approved' | 'closed';

/**
 * Writes a new submission in one transaction with everything it must not break: the post URL
 * is claimed once per program, the ambassador's count stays within the challenge's limit, the
 * ambassador is still approved, the challenge is still open, and the ambassador is within their
 * hourly and daily submissions in the program (shared/platform/limits/rate-limits.ts). A transaction
 * that lost a race with the same ambassador's other submission is tried again.
 * @throws RateLimitedError (`rate_limited`) when the ambassador's allowance is used up.
 */
export async function insertSubmission(
  submission: Submission,
  maxPerAmbassador: number,
  /**
   * Planned afresh on each attempt: items written with the submission (the gifts it answers), and
   * how many gifts to count as posted about on the challenge.
   */
  planExtra: () => Promise<{ items: TransactItem[]; giftsPosted: number }> = async () => ({
    items: [],
    giftsPosted: 0,
  }),
): Promise<SubmitOutcome> {
  const { programId, challengeId, userId } = submission;
  const limits = rateCounters(programId, userId, 'submission', new Date(submission.submittedAt));
  return retryOptimistic('This program is taking many posts at once; try again', async () => {
    const extra = await planExtra();
    const written = await transact({
      submission: putOnce(submissionItem(submission)),
      postUrl: postUrlClaim(programId, submission.postUrl, submission.submissionId),
      participation: {
        Update: {
          TableName: tableName,
          Key: keys.participation(programId, userId, challengeId),
          UpdateExpression:
            'SET challengeId = :challengeId, userId = :userId, entity = :entity ADD submissions :one',
          ConditionExpression: 'attribute_not_exists(submissions) OR submissions < :max',
          ExpressionAttributeValues: {
            ':challengeId': challengeId,
            ':userId': userId,
            ':entity': ENTITY.participation,
            ':one': 1,
            ':max': maxPerAmbassador,
          },
        },
      },
      approvedMember: approvedMembershipCheck(programId, userId),
      challengeOpen: openChallengeItem(programId, challengeId, submission.submittedAt, extra.giftsPosted),
      rateLimits: limits.items,
      extra: extra.items,
    });
    if (written.ok) return 'ok';
    if (written.failed.has('extra')) return TRY_AGAIN;
    if (written.failed.has('postUrl')) return 'duplicate_url';
    if (written.failed.has('participation')) return 'limit_reached';
    if (written.failed.has('approvedMember')) return 'not_approved';
    if (written.failed.has('challengeOpen')) return 'closed';
    const refused = limits.refused(written);
    if (refused) throw refused;
    // Lost a race with the same ambassador's other submission: the same items again.
    if (written.failed.size === 0) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

/** The audit record of one decided version: once per version, so a second decision fails. */
export function newReviewRecordItem(review: {
  programId: string;
  submissionId: string;
  version: number;
  decision: string;
  feedback?: string | undefined;
  from: SubmissionStatus;
  to: SubmissionStatus;
  postUrl: string;
  reviewedBy: string;
  reviewedAt?: string | undefined;
}): TransactItem {
  return putOnce({
    ...keys.submissionReview(review.programId, review.submissionId, review.version),
    entity: ENTITY.submissionReview,
    ...review,
  });
}

/** One ambassador's kudos for a post: once, so its condition fails on a second. */
export function newKudosItem(kudos: {
  programId: string;
  submissionId: string;
  userId: string;
  at: string;
}): TransactItem {
  return putOnce({
    ...keys.kudos(kudos.programId, kudos.submissionId, kudos.userId),
    entity: ENTITY.kudos,
    ...kudos,
  });
}

/** Which of these posts the person gave kudos: one batch read for a page, not a read per post. */
export async function kudosGivenBy(
  programId: string,
  userId: string,
  submissionIds: readonly string[],
): Promise<Set<string>> {
  if (submissionIds.length === 0) return new Set();
  const items = await batchGetAll([...new Set(submissionIds)].map((id) => keys.kudos(programId, id, userId)));
  return new Set(items.map((item) => String(item.submissionId)));
}

/** Counts one more kudos on a post that is still approved. */
export function kudosCountUpdate(programId: string, submissionId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.submission(programId, submissionId),
      UpdateExpression: 'ADD kudos :one',
      ConditionExpression: '#status = :approved',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ':approved': 'approved' },
    },
  };
}

/**
 * Replaces a submission that is still at `expected` status and version, and unchanged since read
 * (`updatedAt`: a rights revocation in between must not be written over).
 */
export function replaceSubmissionItem(
  next: Submission,
  expected: { status: SubmissionStatus; version: number; updatedAt: string },
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: submissionItem(next),
      ConditionExpression: '#status = :status AND version = :version AND updatedAt = :updatedAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': expected.status,
        ':version': expected.version,
        ':updatedAt': expected.updatedAt,
      },
    },
  };
}

/** Reads one submission consistently, or undefined. */
export async function findSubmission(
  programId: string,
  submissionId: string,
): Promise<Submission | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.submission(programId, submissionId),
      ConsistentRead: true,
    }),
  );
  return Item ? SubmissionSchema.parse(Item) : undefined;
}

/**
 * Reads one submission.
 * @throws AppError `not_found`.
 */
export async function getSubmission(programId: string, submissionId: string): Promise<Submission> {
  const submission = await findSubmission(programId, submissionId);
  if (!submission) throw notFound('Submission');
  return submission;
}

type ListOptions = { limit: number; cursor?: string | undefined; newestFirst: boolean };

async function queryIndex(
  index: { name: string; partitionKey: string; sortKey: string },
  partition: string,
  options: ListOptions,
): Promise<Page<Submission>> {
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: !options.newestFirst,
      Limit: options.limit,
    },
    options.cursor,
    indexCursorShape(index, partition, keys.submission('', '')),
  );
  return { ...page, items: page.items.map((item) => SubmissionSchema.parse(item)) };
}

/** A program's submissions in one status, optionally within one challenge. Never scans. */
export function listSubmissionsByStatus(
  programId: string,
  status: SubmissionStatus,
  challengeId: string | undefined,
  options: ListOptions,
): Promise<Page<Submission>> {
  return challengeId
    ? queryIndex(
        ACCESS_PATTERNS.submissionsByChallenge,
        indexKeys.submissionsByChallengePartition(programId, challengeId, status),
        options,
      )
    : queryIndex(
        ACCESS_PATTERNS.submissionsByStatus,
        indexKeys.submissionsByStatusPartition(programId, status),
        options,
      );
}

/** One ambassador's submissions in a program, newest first. */
export function listSubmissionsByAuthor(
  programId: string,
  userId: string,
  options: Omit<ListOptions, 'newestFirst'>,
) {
  return queryIndex(
    ACCESS_PATTERNS.submissionsByAuthor,
    indexKeys.submissionsByAuthorPartition(programId, userId),
    {
      ...options,
      newestFirst: true,
    },
  );
}

/** The audit trail of a submission: one record per decided version, oldest first. */
export async function listReviews(
  programId: string,
  submissionId: string,
): Promise<Record<string, unknown>[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.submission(programId, submissionId).pk,
        ':prefix': keys.submissionReviewPrefix(submissionId),
      },
    }),
  );
  return (result.Items ?? []).map(({ pk: _pk, sk: _sk, entity: _entity, ...review }) => review);
}

/** Approved posts submitted between two instants (a bounded range of the gallery index). */
export async function listApprovedSubmittedBetween(
  programId: string,
  from: string,
  to: string,
): Promise<Submission[]> {
  const index = ACCESS_PATTERNS.submissionsByStatus;
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      ExpressionAttributeValues: {
        ':pk': indexKeys.submissionsByStatusPartition(programId, 'approved'),
        ':from': from,
        ':to': to,
      },
    }),
  );
  return Items.map((item) => SubmissionSchema.parse(item));
}
