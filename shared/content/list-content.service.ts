import { getChallenges } from '../challenges/challenge.store.ts';
import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { toCsv } from '../reports/csv.ts';
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
): Promise<Page<ContentItem>> {
  assertRole(await loadProgramAccess(user, programId), LIBRARY_ROLES);
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
  return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/**
 * The brand's content library: approved posts, newest first, with their rights, latest metrics,
 * thumbnail and link, filtered by rights, scope, platform, challenge, ambassador and minimum
 * reach. A page may hold fewer posts than `limit` (even none) and still a `nextCursor`: filters
 * apply to a bounded read (see queryApprovedContent).
 * @throws AppError `forbidden` (not owner, manager or brand), `not_found`, `bad_request` (cursor).
 */
export function listContent(user: AuthUser, programId: string, query: ContentQuery) {
  const { limit, ...rest } = query;
  return readLibrary(user, programId, rest, { limit, maxReads: PAGE_READS, withThumbnails: true });
}

const CSV_HEADER = [
  'submissionId',
  'postUrl',
  'platform',
  'challengeId',
  'challengeTitle',
  'ambassadorId',
  'authorName',
  'approvedAt',
  'rights',
  'scopes',
  'termsVersion',
  'termsSha256',
  'grantedAt',
  'expiresAt',
  'revokedAt',
  'endsAt',
  'views',
  'impressions',
  'reach',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagements',
  'figuresAsOf',
  'figuresStatus',
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
): Promise<{ csv: string; nextCursor?: string }> {
  const page = await readLibrary(user, programId, query, {
    limit: EXPORT_ROWS,
    maxReads: EXPORT_READS,
    withThumbnails: false,
  });
  const lines = page.items.map((item) => [
    item.submissionId,
    item.postUrl,
    item.platform,
    item.challengeId,
    item.challengeTitle,
    item.ambassadorId,
    item.authorName,
    item.approvedAt,
    item.rights.status,
    item.rights.scopes.join(' '),
    item.rights.termsVersion,
    item.rights.termsSha256,
    item.rights.grantedAt,
    item.rights.expiresAt,
    item.rights.revokedAt,
    item.rights.endsAt,
    item.metrics?.views,
    item.metrics?.impressions,
    item.metrics?.reach,
    item.metrics?.likes,
    item.metrics?.comments,
    item.metrics?.shares,
    item.metrics?.saves,
    item.metrics?.engagements,
    item.metrics?.asOf,
    item.metrics?.status,
  ]);
  return {
    csv: toCsv([CSV_HEADER, ...lines]),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
