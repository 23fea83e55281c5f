import { getChallenges } from '../challenges/challenge.store.ts';
import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, hasRole, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { findMemberships } from '../programs/membership.store.ts';
import { type CsvColumn, csvFile, csvFilename } from '../reports/csv.ts';
import type { Submission } from '../submissions/submission.schema.ts';
import { thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import type { ContentExportQuery, ContentItem, ContentQuery } from './content-library.schema.ts';
import { queryApprovedContent } from './content-library.store.ts';
import { rightsStatus } from './rights-status.ts';

/** Who sees the library: the team, the brand side included. */
const LIBRARY_ROLES = ['owner', 'manager', 'brand'] as const;

/** Queries one page of the library may make while filters find few posts. */
const PAGE_READS = 5;
/** Rows one CSV export carries at most, and the queries it may make to fill them. */
export const EXPORT_ROWS = 5000;
const EXPORT_READS = 200;

/** One post as the library shows it. */
async function toContentItem(
  submission: Submission,
  titles: Map<string, string>,
  now: Date,
  withThumbnail: boolean,
): Promise<ContentItem> {
  const grant = submission.rightsGrant;
  const title = titles.get(submission.challengeId);
  // The resized copy once the thumbnailer has made it; never the original in its place.
  const thumbnailUrl =
    withThumbnail && submission.proofImageKey ? await thumbnailUrlFor(submission.proofImageKey) : undefined;
  return {
    submissionId: submission.submissionId,
    challengeId: submission.challengeId,
    ...(title === undefined ? {} : { challengeTitle: title }),
    ambassadorId: submission.userId,
    authorName: submission.authorName,
    platform: submission.platform,
    postUrl: submission.postUrl,
    caption: submission.caption,
    submittedAt: submission.submittedAt,
    ...(submission.reviewedAt ? { approvedAt: submission.reviewedAt } : {}),
    rights: { ...grant, status: rightsStatus(grant, now), scopes: grant?.scopes ?? [] },
    ...(submission.metrics ? { metrics: submission.metrics } : {}),
    ...(thumbnailUrl ? { thumbnailUrl } : {}),
  };
}

async function readLibrary(
  user: AuthUser,
  programId: string,
  query: ContentExportQuery,
  options: { limit: number; maxReads: number; withThumbnails: boolean },
): Promise<Page<ContentItem> & { access: ProgramAccess }> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, LIBRARY_ROLES);
  const now = new Date();
  const { cursor, ...filter } = query;
  const page = await queryApprovedContent(programId, filter, {
    limit: options.limit,
    cursor,
    now,
    maxReads: options.maxReads,
  });
  const challenges = await getChallenges(
    programId,
    page.items.map((item) => item.challengeId),
  );
  const titles = new Map(challenges.map((c) => [c.challengeId, c.title]));
  const items = await Promise.all(
    page.items.map((item) => toContentItem(item, titles, now, options.withThumbnails)),
  );
  return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), access };
}

/**
 * The brand's content library: approved posts, newest first, with their rights, latest metrics,
 * thumbnail and link, filtered by rights, scope, platform, challenge, ambassador and minimum
 * reach. A page may hold fewer posts than `limit` (even none) and still a `nextCursor`: filters
 * apply to a bounded read (see queryApprovedContent).
 * @throws AppError `forbidden` (not owner, manager or brand), `not_found`, `bad_request` (cursor).
 */
export async function listContent(user: AuthUser, programId: string, query: ContentQuery) {
  const { limit, ...rest } = query;
  const { access: _access, ...page } = await readLibrary(user, programId, rest, {
    limit,
    maxReads: PAGE_READS,
    withThumbnails: true,
  });
  return page;
}

type CsvRow = ContentItem & { email?: string | undefined };

/** The library's CSV columns; the Email column only for those who see members' emails (the team). */
const csvColumns = (withEmail: boolean): CsvColumn<CsvRow>[] => [
  { header: 'Submission ID', cell: (item) => item.submissionId },
  { header: 'Post link', cell: (item) => item.postUrl },
  { header: 'Platform', cell: (item) => item.platform },
  { header: 'Challenge ID', cell: (item) => item.challengeId },
  { header: 'Challenge', cell: (item) => item.challengeTitle },
  { header: 'Ambassador ID', cell: (item) => item.ambassadorId },
  { header: 'Ambassador', cell: (item) => item.authorName },
  ...(withEmail ? [{ header: 'Email', cell: (item: CsvRow) => item.email }] : []),
  { header: 'Approved at', cell: (item) => item.approvedAt },
  { header: 'Rights', cell: (item) => item.rights.status },
  { header: 'Scopes', cell: (item) => item.rights.scopes.join(' ') },
  { header: 'Terms version', cell: (item) => item.rights.termsVersion },
  { header: 'Terms SHA-256', cell: (item) => item.rights.termsSha256 },
  { header: 'Granted at', cell: (item) => item.rights.grantedAt },
  { header: 'Expires at', cell: (item) => item.rights.expiresAt },
  { header: 'Revoked at', cell: (item) => item.rights.revokedAt },
  { header: 'Rights end at', cell: (item) => item.rights.endsAt },
  { header: 'Views', cell: (item) => item.metrics?.views },
  { header: 'Impressions', cell: (item) => item.metrics?.impressions },
  { header: 'Reach', cell: (item) => item.metrics?.reach },
  { header: 'Likes', cell: (item) => item.metrics?.likes },
  { header: 'Comments', cell: (item) => item.metrics?.comments },
  { header: 'Shares', cell: (item) => item.metrics?.shares },
  { header: 'Saves', cell: (item) => item.metrics?.saves },
  { header: 'Engagements', cell: (item) => item.metrics?.engagements },
  { header: 'Figures as of', cell: (item) => item.metrics?.asOf },
  { header: 'Figures status', cell: (item) => item.metrics?.status },
];

/**
 * The library as CSV, with the same filters: up to {@link EXPORT_ROWS} posts, and the cursor
 * to the rest when there are more. Cells are guarded against spreadsheet formulas (toCsv).
 * @throws AppError `forbidden`, `not_found`, `bad_request` (cursor).
 */
export async function exportContentCsv(
  user: AuthUser,
  programId: string,
  query: ContentExportQuery,
): Promise<{ csv: string; filename: string; nextCursor?: string }> {
  const page = await readLibrary(user, programId, query, {
    limit: EXPORT_ROWS,
    maxReads: EXPORT_READS,
    withThumbnails: false,
  });
  const { access } = page;
  const withEmail = hasRole(access, MANAGER_ROLES);
  const emails = withEmail
    ? new Map(
        (await findMemberships(programId, [...new Set(page.items.map((item) => item.ambassadorId))])).map(
          (member) => [member.userId, member.email],
        ),
      )
    : undefined;
  const rows = page.items.map((item) => ({ ...item, email: emails?.get(item.ambassadorId) }));
  return {
    csv: csvFile(csvColumns(withEmail), rows),
    filename: csvFilename(access.program.slug, 'content-library', new Date().toISOString().slice(0, 10)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
