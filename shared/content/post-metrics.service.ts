import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { STAFF_ROLES } from '../programs/membership.schema.ts';
import { proofImageUrl } from '../uploads/proof-image.store.ts';
import type { MetricsReport, MetricsReportQuery } from './metrics.schema.ts';
import { getPosts, getPostWithMetrics, listReports, listReportsToCheck } from './metrics-report.store.ts';

export type MetricsReportView = MetricsReport & { screenshotUrl?: string };

async function withScreenshot(report: MetricsReport): Promise<MetricsReportView> {
  return report.screenshotKey
    ? { ...report, screenshotUrl: await proofImageUrl(report.screenshotKey) }
    : report;
}

/**
 * A post's figures: what it counts for now and every report, oldest first. For its author and
 * the program's team.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getPostMetrics(user: AuthUser, programId: string, submissionId: string) {
  const access = await loadProgramAccess(user, programId);
  const { submission } = await getPostWithMetrics(programId, submissionId);
  if (submission.userId !== user.id && !hasRole(access, STAFF_ROLES))
    throw forbidden('Only the author and the program’s team see a post’s figures');
  const reports = await listReports(programId, submissionId);
  return {
    submissionId,
    ...(submission.metrics ? { counted: submission.metrics } : {}),
    reports: await Promise.all(reports.map(withScreenshot)),
  };
}

/**
 * Reports waiting for a manager, oldest first: `flagged` ones (implausible figures, not counted
 * until verified) or plain `reported` ones, each with its post (link, platform, author, and what
 * it counts for now).
 * @throws AppError `forbidden`.
 */
export async function listMetricsToCheck(user: AuthUser, programId: string, query: MetricsReportQuery) {
  assertManager(await loadProgramAccess(user, programId));
  const page = await listReportsToCheck(programId, query.status, query);
  const posts = new Map(
    (await getPosts(programId, [...new Set(page.items.map((r) => r.submissionId))])).map((s) => [
      s.submissionId,
      s,
    ]),
  );
  return {
    ...page,
    items: await Promise.all(
      page.items.map(async (report) => {
        const post = posts.get(report.submissionId);
        return {
          ...(await withScreenshot(report)),
          ...(post
            ? {
                post: {
                  postUrl: post.postUrl,
                  platform: post.platform,
                  authorName: post.authorName,
                  challengeId: post.challengeId,
                  ...(post.metrics ? { counted: post.metrics } : {}),
                },
              }
            : {}),
        };
      }),
    ),
  };
}
