import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { getAmbassadorRecord } from '../ambassadors/ambassador-record.ts';
import { getChallenge } from '../challenges/challenge.store.ts';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import { AppError, conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationItem } from '../notifications/notification.store.ts';
import { planPointsAward, type TransactItem } from '../points/plan-points-award.ts';
import { pauseBeforeRetry } from '../request-deadline.ts';
import { findParticipation } from './participation.store.ts';
import type { ReviewInput, Submission } from './submission.schema.ts';
import { getSubmission, replaceSubmissionItem } from './submission.store.ts';

const ATTEMPTS = 6;
const TOO_BUSY = 'Too many reviews at once for this ambassador; try again';

const NEXT_STATUS = {
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'changes_requested',
} as const;

/**
 * Decides a submission version, once. `version` is what the reviewer saw: if someone decided
 * first, this one gets 409 and writes nothing. Approval is one transaction: the submission,
 * the audit record, the ambassador's completion, the slot (the last one cannot go twice), the
 * points-ledger entry with the totals and leaderboards, badges, tier and notifications.
 * @throws AppError `forbidden`, `not_found`, `conflict` (decided first, stale version, no slots left).
 */
export async function reviewSubmission(
  user: AuthUser,
  programId: string,
  submissionId: string,
  input: ReviewInput,
): Promise<Submission> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await getSubmission(programId, submissionId);
    if (current.status !== 'pending' || current.version !== input.version) {
      throw conflict(
        current.status !== 'pending'
          ? `Someone decided first: this submission is ${current.status.replace('_', ' ')}`
          : `This submission is now at version ${current.version}; review that version`,
        { status: current.status, version: current.version, reviewedBy: current.reviewedBy },
      );
    }
    const now = new Date();
    const [challenge, ambassador] = await Promise.all([
      getChallenge(programId, current.challengeId),
      getAmbassadorRecord(programId, current.userId),
    ]);
    const decided: Submission = {
      ...current,
      status: NEXT_STATUS[input.decision],
      version: current.version + 1,
      ...(input.feedback ? { feedback: input.feedback } : {}),
      reviewedBy: user.id,
      reviewedAt: nowIso(now),
      updatedAt: nowIso(now),
      ...(input.decision === 'approve' ? { pointsAwarded: challenge.points } : {}),
    };
    const items: TransactItem[] = [
      replaceSubmissionItem(decided, current),
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.submissionReview(programId, submissionId, current.version),
            entity: ENTITY.submissionReview,
            programId,
            submissionId,
            version: current.version,
            decision: input.decision,
            feedback: input.feedback,
            from: current.status,
            to: decided.status,
            postUrl: current.postUrl,
            reviewedBy: user.id,
            reviewedAt: decided.reviewedAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: notificationItem(
            newNotification({
              userId: current.userId,
              programId,
              type:
                input.decision === 'approve'
                  ? 'submission_approved'
                  : input.decision === 'reject'
                    ? 'submission_rejected'
                    : 'changes_requested',
              title:
                input.decision === 'approve'
                  ? `Approved: your post for "${challenge.title}" (+${challenge.points} points)`
                  : input.decision === 'reject'
                    ? `Not approved: your post for "${challenge.title}"`
                    : `Changes requested: your post for "${challenge.title}"`,
              body: input.feedback ?? 'Thank you for taking part.',
              link: `/programs/${programId}/submissions/${submissionId}`,
              email: ambassador.email,
            }),
          ),
        },
      },
    ];
    let slotIndex = -1;
    let retryable: number[] = [];
    if (input.decision === 'approve') {
      // A slot is a place for a person: only an ambassador's first approved post in the challenge takes one.
      const seen = (await findParticipation(programId, current.userId, current.challengeId))?.approved ?? 0;
      retryable.push(items.length);
      items.push({
        Update: {
          TableName: tableName,
          Key: keys.participation(programId, current.userId, current.challengeId),
          UpdateExpression: 'SET completedAt = if_not_exists(completedAt, :now) ADD approved :one',
          ConditionExpression: `attribute_exists(pk) AND ${seen === 0 ? '(attribute_not_exists(approved) OR approved = :seen)' : 'approved = :seen'}`,
          ExpressionAttributeValues: { ':now': decided.reviewedAt, ':one': 1, ':seen': seen },
        },
      });
      if (challenge.slots !== undefined && seen === 0) {
        slotIndex = items.length;
        items.push({
          Update: {
            TableName: tableName,
            Key: keys.challenge(programId, challenge.challengeId),
            UpdateExpression: 'ADD slotsUsed :one',
            ConditionExpression: 'slotsUsed < slots',
            ExpressionAttributeValues: { ':one': 1 },
          },
        });
      }
      const plan = await planPointsAward({
        program: access.program,
        ambassador,
        points: challenge.points,
        source: `submission:${submissionId}`,
        reason: `Approved post for "${challenge.title}"`,
        at: now,
        approvedPost: true,
      });
      retryable = [...retryable, ...plan.retryable.map((i) => i + items.length)];
      items.push(...plan.items);
    }
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return decided;
    } catch (error) {
      // Real DynamoDB cancels transactions that touch an item another one is writing: wait a moment, retry.
      if (cancellationReasons(error).includes('TransactionConflict')) {
        await pauseBeforeRetry(attempt, 80, TOO_BUSY);
        continue;
      }
      const failed = failedConditions(error);
      if (failed.includes(0) || failed.includes(1)) continue; // re-read: the first check above explains it
      if (failed.includes(slotIndex)) {
        throw conflict(`All ${challenge.slots} slots of this challenge are taken; reject or keep this post`, {
          slots: challenge.slots,
        });
      }
      if (failed.some((i) => retryable.includes(i))) continue; // another award changed the totals: plan again
      throw error;
    }
  }
  throw new AppError('unavailable', TOO_BUSY);
}
