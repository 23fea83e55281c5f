import { conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { assertProofImage } from '../uploads/proof-image.store.ts';
import type { Figures } from './figures.schema.ts';
import { figuresDoneItem } from './figures-due.store.ts';
import type { MetricsReport, ReportMetricsInput } from './metrics.schema.ts';
import {
  getPostWithMetrics,
  listReports,
  MAX_REPORTS_PER_POST,
  newReportItem,
  type PostWithMetrics,
  postMetricsUpdate,
} from './metrics-report.store.ts';
import { baseReport, countedMetrics, givenFigures, lowered, plausibilityFlags } from './metrics-rules.ts';

/** A little clock drift between a phone and the server: a report read "now" may look this far ahead. */
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * An ambassador reports their approved post's figures (views, reach, likes…), now or later.
 * Each report is kept; the latest one that counts is what the post counts for.
 * @throws AppError `forbidden` (not the author), `not_found`, `conflict` (post not approved,
 *   too many reports), `validation_failed` (a figure went down without a note, asOf, screenshot).
 */
export async function reportMetrics(
  user: AuthUser,
  programId: string,
  submissionId: string,
  input: ReportMetricsInput,
): Promise<MetricsReport> {
  await loadProgramAccess(user, programId);
  const { submission } = await getPostWithMetrics(programId, submissionId);
  if (submission.userId !== user.id) throw forbidden('Only the author of a post reports its figures');
  if (input.screenshotKey) await assertProofImage(input.screenshotKey, programId, user.id, 'screenshotKey');
  return recordMetricsReport({
    programId,
    submissionId,
    given: givenFigures(input),
    asOf: input.asOf ? new Date(input.asOf) : new Date(),
    note: input.note,
    screenshotKey: input.screenshotKey,
    source: 'ambassador',
  });
}

/**
 * The one write of a post's figures, for the ambassador's report and for a platform fetcher
 * alike (see docs/decisions.md, "Reach"): it checks the report against the one before, flags what
 * looks implausible, keeps it, and sets what the post counts for, in one transaction at the
 * post's figures version.
 */
export async function recordMetricsReport(report: {
  programId: string;
  submissionId: string;
  given: Figures;
  asOf: Date;
  note?: string | undefined;
  screenshotKey?: string | undefined;
  source: MetricsReport['source'];
}): Promise<MetricsReport> {
  const { programId, submissionId } = report;
  return retryOptimistic('This post’s figures are changing; try again', async () => {
    const post = await getPostWithMetrics(programId, submissionId);
    assertCanReport(post, report.asOf);
    const reports = await listReports(programId, submissionId);
    if (reports.length >= MAX_REPORTS_PER_POST)
      throw conflict(`A post keeps at most ${MAX_REPORTS_PER_POST} reports of its figures`);
    const base = baseReport(reports);
    const asOf = nowIso(report.asOf);
    if (base && asOf < base.asOf) {
      throw validationFailed(`asOf: the last report was as of ${base.asOf}; report figures read since`, {
        field: 'asOf',
      });
    }
    const previous = base?.figures ?? {};
    const down = lowered(previous, report.given);
    if (down.length > 0 && !report.note) {
      throw validationFailed(
        `note: ${down.join(', ')} went down since the last report; add a note saying why`,
        { field: 'note', lowered: down },
      );
    }
    const figures = { ...previous, ...report.given };
    const now = new Date();
    const created: MetricsReport = {
      reportId: newId(now.getTime()),
      programId,
      submissionId,
      userId: post.submission.userId,
      figures,
      reported: Object.keys(report.given) as MetricsReport['reported'],
      asOf,
      ...(report.note ? { note: report.note } : {}),
      ...(report.screenshotKey ? { screenshotKey: report.screenshotKey } : {}),
      source: report.source,
      status: 'reported',
      flags: plausibilityFlags(previous, figures, report.given),
      reportedAt: nowIso(now),
    };
    const written = await transact({
      report: newReportItem(created),
      post: postMetricsUpdate(
        post,
        countedMetrics([...reports, created]),
        post.submission.reachBonusesPaid ?? [],
        created.reportedAt,
      ),
      // The first figures: no reminder to add them.
      reminder: post.metricsVersion === 0 ? figuresDoneItem(programId, submissionId) : undefined,
    });
    if (written.ok) return created;
    if (written.failed.has('post') || written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

function assertCanReport(post: PostWithMetrics, asOf: Date): void {
  const { submission } = post;
  if (submission.status !== 'approved') {
    throw conflict(`Only approved posts get figures; this one is ${submission.status.replace('_', ' ')}`, {
      status: submission.status,
    });
  }
  if (asOf.getTime() > Date.now() + FUTURE_SKEW_MS)
    throw validationFailed('asOf: must not be in the future', { field: 'asOf' });
  if (asOf.toISOString() < submission.submittedAt)
    throw validationFailed(`asOf: must not be before the post was submitted (${submission.submittedAt})`, {
      field: 'asOf',
    });
}
