import { getAmbassadorRecord } from '../ambassadors/ambassador-record.ts';
import type { AuditType } from '../audit/audit.schema.ts';
import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import type { Challenge } from '../challenges/challenge.schema.ts';
import { getChallenge, takeSlotUpdate } from '../challenges/challenge.store.ts';
import { figuresDueItem } from '../content/figures-due.store.ts';
import { conflict } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Program } from '../programs/program.schema.ts';
import { findParticipation, participationApprovalUpdate } from './participation.store.ts';
import type { ReviewInput, Submission } from './submission.schema.ts';
import { getSubmission, newReviewRecordItem, replaceSubmissionItem } from './submission.store.ts';

const AUDIT_OF_DECISION = {
  approve: 'submission.approved',
  reject: 'submission.rejected',
  request_changes: 'submission.changes_requested',
} as const satisfies Record<string, AuditType>;
const SUMMARY_OF_DECISION = {
  approve: 'Approved',
  reject: 'Rejected',
  request_changes: 'Asked for changes to',
} as const;

const NOTICE_OF_DECISION = {
  approve: 'submission_approved',
  reject: 'submission_rejected',
  request_changes: 'changes_requested',
} as const;

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
 * points-ledger entry with the totals and leaderboards, badges, tier, notifications, and the
 * reminder to add the post's figures a week on.
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
  return retryOptimistic(TOO_BUSY, async () => {
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
      // The version counts the author's sends (1, then 2 after the first resubmission); a decision
      // changes the status, and the status and updatedAt guard the write.
      status: NEXT_STATUS[input.decision],
      ...(input.feedback ? { feedback: input.feedback } : {}),
      reviewedBy: user.id,
      reviewedAt: nowIso(now),
      updatedAt: nowIso(now),
      ...(input.decision === 'approve' ? { pointsAwarded: challenge.points } : {}),
    };
    const type = NOTICE_OF_DECISION[input.decision];
    const values = {
      challenge: challenge.title,
      points: challenge.points,
      hasFeedback: input.feedback === undefined ? 'no' : 'yes',
      feedback: input.feedback ?? '',
    };
    const notification = notificationPut(
      newNotification({
        userId: current.userId,
        programId,
        type,
        ...(await noticeText(type, values, 'en')),
        values,
        link: `/programs/${programId}/submissions/${submissionId}`,
        email: ambassador.email,
      }),
    );
    const approval =
      input.decision === 'approve'
        ? await planApproval(access.program, ambassador, challenge, current, now)
        : undefined;
    const written = await transact({
      submission: replaceSubmissionItem(decided, current),
      review: newReviewRecordItem({
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
      }),
      notification,
      audit: auditPut(
        newAuditEntry(
          access,
          {
            type: AUDIT_OF_DECISION[input.decision],
            target: { kind: 'submission', id: submissionId },
            summary: `${SUMMARY_OF_DECISION[input.decision]} a post for "${challenge.title}"`,
            values: { challenge: challenge.title },
            ...(input.feedback ? { changes: [{ field: 'feedback', after: input.feedback }] } : {}),
          },
          nowIso(now),
        ),
      ),
      ...approval,
    });
    if (written.ok) return decided;
    // Real DynamoDB cancels transactions that touch an item another one is writing: retry.
    if (written.conflict) return TRY_AGAIN;
    // Re-read: the first check above explains it.
    if (written.failed.has('submission') || written.failed.has('review')) return TRY_AGAIN;
    if (written.failed.has('slot')) {
      throw conflict(`All ${challenge.slots} slots of this challenge are taken; reject or keep this post`, {
        slots: challenge.slots,
      });
    }
    // Another award changed the totals: plan again.
    if (written.failed.has('participation') || awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

/**
 * What approving adds: the ambassador's completion, the slot (only an ambassador's first
 * approved post in the challenge takes one: a slot is a place for a person) and the award.
 */
async function planApproval(
  program: Program,
  ambassador: Membership,
  challenge: Challenge,
  current: Submission,
  now: Date,
) {
  const seen =
    (await findParticipation(program.programId, current.userId, current.challengeId))?.approved ?? 0;
  const award = await planPointsAward({
    program,
    ambassador,
    points: challenge.points,
    source: `submission:${current.submissionId}`,
    reason: `Approved post for "${challenge.title}"`,
    code: 'post_approved',
    values: { challenge: challenge.title },
    at: now,
    approvedPost: true,
  });
  return {
    figuresDue: figuresDueItem(program.programId, current.submissionId, nowIso(now)),
    participation: participationApprovalUpdate(
      program.programId,
      current.userId,
      current.challengeId,
      seen,
      nowIso(now),
    ),
    slot:
      challenge.slots !== undefined && seen === 0
        ? takeSlotUpdate(program.programId, challenge.challengeId)
        : undefined,
    ...award.items,
  };
}
