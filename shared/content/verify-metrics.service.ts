import { getAmbassadorRecord } from '../ambassadors/ambassador-record.ts';
import { getChallenge } from '../challenges/challenge.store.ts';
import { conflict, notFound } from '../errors.ts';
import { listValues, noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { type AwardItems, awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import type { Program } from '../programs/program.schema.ts';
import type { ReachBonus } from './figures.schema.ts';
import type { MetricsReport, VerifyMetricsInput } from './metrics.schema.ts';
import {
  decidedReportItem,
  getPostWithMetrics,
  listReports,
  postMetricsUpdate,
} from './metrics-report.store.ts';
import { bonusesReached, bonusKey, countedMetrics } from './metrics-rules.ts';

/**
 * A manager verifies a report of a post's figures, or disputes it with a reason. A disputed
 * report stops counting (the post falls back to its last report that counts); a verified one
 * counts even when it was flagged, and pays the challenge's reach bonuses it reaches, each once
 * per post: the bonuses paid are kept on the post, which the transaction writes at the version
 * read, so two verifications at once cannot both pay one.
 * @throws AppError `forbidden`, `not_found`, `conflict` (the post is no longer approved).
 */
export async function verifyMetrics(
  user: AuthUser,
  programId: string,
  submissionId: string,
  reportId: string,
  input: VerifyMetricsInput,
): Promise<MetricsReport> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  return retryOptimistic('This post’s figures are changing; try again', async () => {
    const post = await getPostWithMetrics(programId, submissionId);
    const reports = await listReports(programId, submissionId);
    const current = reports.find((r) => r.reportId === reportId);
    if (!current) throw notFound('Metrics report');
    if (post.submission.status !== 'approved')
      throw conflict('This post is no longer approved; its figures no longer count');
    const now = new Date();
    const decided: MetricsReport = {
      ...current,
      status: input.status,
      verification: { by: user.id, at: nowIso(now), ...(input.reason ? { reason: input.reason } : {}) },
    };
    const after = reports.map((r) => (r.reportId === reportId ? decided : r));
    const paid = new Set(post.submission.reachBonusesPaid ?? []);
    const bonus =
      input.status === 'verified'
        ? await planBonus(
            access.program,
            post.submission.challengeId,
            post.submission.userId,
            decided,
            paid,
            now,
          )
        : undefined;
    const written = await transact({
      report: decidedReportItem(decided, current),
      post: postMetricsUpdate(
        post,
        countedMetrics(after),
        [...paid, ...(bonus?.reached.map(bonusKey) ?? [])],
        nowIso(now),
      ),
      notification:
        input.status === 'disputed' ? await disputeNotice(programId, decided, input.reason) : undefined,
      ...bonus?.items,
    });
    if (written.ok) return decided;
    if (written.failed.has('post') || written.failed.has('report') || awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

/** The challenge's reach bonuses a verified report reaches, as one award for the lot. */
async function planBonus(
  program: Program,
  challengeId: string,
  userId: string,
  report: MetricsReport,
  paid: ReadonlySet<string>,
  now: Date,
): Promise<{ reached: ReachBonus[]; items: AwardItems & { bonusNotice: TransactItem } } | undefined> {
  const challenge = await getChallenge(program.programId, challengeId);
  const reached = bonusesReached(challenge.reachBonuses ?? [], report.figures, paid);
  if (reached.length === 0) return undefined;
  const ambassador = await getAmbassadorRecord(program.programId, userId);
  const bonuses = {
    challenge: challenge.title,
    ...listValues(reached.map((b) => ({ atLeast: b.atLeast, metric: b.metric }))),
  };
  const plan = await planPointsAward({
    program,
    ambassador,
    points: reached.reduce((sum, b) => sum + b.points, 0),
    source: `reach:${report.submissionId}:${reached.map(bonusKey).join(',')}`,
    reason: `Reach bonus for your post in "${challenge.title}": ${reached
      .map((b) => `${b.atLeast.toLocaleString('en')} ${b.metric}`)
      .join(', ')}`,
    code: 'reach_bonus',
    values: bonuses,
    at: now,
  });
  const values = { points: plan.entry.points, ...bonuses };
  const notice = notificationPut(
    newNotification({
      userId,
      programId: program.programId,
      type: 'reach_bonus',
      ...(await noticeText('reach_bonus', values, 'en')),
      values,
      link: `/programs/${program.programId}/submissions/${report.submissionId}`,
      email: ambassador.email,
    }),
  );
  return { reached, items: { ...plan.items, bonusNotice: notice } };
}

async function disputeNotice(programId: string, report: MetricsReport, reason: string | undefined) {
  const ambassador = await getAmbassadorRecord(programId, report.userId);
  const values = { hasReason: reason === undefined ? 'no' : 'yes', reason: reason ?? '' };
  return notificationPut(
    newNotification({
      userId: report.userId,
      programId,
      type: 'metrics_disputed',
      ...(await noticeText('metrics_disputed', values, 'en')),
      values,
      link: `/programs/${programId}/submissions/${report.submissionId}`,
      email: ambassador.email,
    }),
  );
}
