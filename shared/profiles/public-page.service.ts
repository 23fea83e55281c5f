import { codeAttributesAt, REFERRAL_CODE_PATTERN } from '../ambassadors/referral-code.ts';
import { queryApprovedContent } from '../content/content-library.store.ts';
import { forbidden, notFound, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { clickHashKey } from '../platform/secrets/secret.store.ts';
import { findMembership } from '../programs/membership.store.ts';
import { findProgram } from '../programs/program.store.ts';
import { clickOf, recordClick } from '../referrals/record-click.ts';
import {
  findRedirectTarget,
  findReferralCode,
  type ReferralCodeRecord,
} from '../referrals/redirect.store.ts';
import { isBot } from '../referrals/redirect-rules.ts';
import { listTrackedLinks } from '../referrals/referral-code.store.ts';
import { thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import type { PublicAmbassador, PublicPageSettings, UpdatePublicPage } from './profile.schema.ts';
import { avatarUrlFor } from './profile.service.ts';
import { getProfile, getPublicPage, putPublicPage } from './profile.store.ts';

/** Approved posts the page shows, newest first. */
const PAGE_POSTS = 12;

const pageUrl = (code: string) => `/a/${code}`;

/** The caller's referral code in the program: only approved ambassadors have a page. */
async function ownCode(user: AuthUser, programId: string): Promise<string> {
  const access = await loadProgramAccess(user, programId);
  const code = access.membership?.referralCode;
  if (access.role !== 'ambassador' || !code) throw forbidden('Only approved ambassadors have a public page');
  return code;
}

/**
 * The caller's page settings in a program: on unless they turned it off, their picks.
 * @throws AppError `forbidden` (not an approved ambassador), `not_found` (program).
 */
export async function getMyPublicPage(user: AuthUser, programId: string): Promise<PublicPageSettings> {
  const code = await ownCode(user, programId);
  const page = await getPublicPage(user.id, programId);
  return { programId, ...page, url: pageUrl(code) };
}

/**
 * Turns the caller's page on or off and sets its picks: slugs of their own tracked links, each
 * once, in the order given.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (`picks`: not their link, or twice).
 */
export async function updateMyPublicPage(
  user: AuthUser,
  programId: string,
  patch: UpdatePublicPage,
): Promise<PublicPageSettings> {
  const code = await ownCode(user, programId);
  const [current, links] = await Promise.all([getPublicPage(user.id, programId), listTrackedLinks(code)]);
  if (patch.picks) {
    const slugs = new Set(links.map((l) => l.slug));
    const unknown = patch.picks.find((slug) => !slugs.has(slug));
    if (unknown) throw validationFailed(`picks: "${unknown}" is not one of your links`, { field: 'picks' });
    if (new Set(patch.picks).size !== patch.picks.length)
      throw validationFailed('picks: each link once', { field: 'picks' });
  }
  const next = {
    enabled: patch.enabled ?? current.enabled,
    picks: patch.picks ?? current.picks,
    updatedAt: nowIso(),
  };
  await putPublicPage(user.id, programId, next);
  return { programId, ...next, url: pageUrl(code) };
}

/**
 * Whose page a code is, when it shows: the code attributes now (not suspended, not retired by a
 * rotation), the ambassador is approved, and their page is on. Gets only, never a query.
 */
async function livePage(rawCode: string, now: Date) {
  const code = rawCode.toUpperCase();
  if (!REFERRAL_CODE_PATTERN.test(code)) return undefined;
  const referral = await findReferralCode(code);
  if (!referral || !codeAttributesAt(referral, now.toISOString())) return undefined;
  const [membership, page] = await Promise.all([
    findMembership(referral.programId, referral.userId),
    getPublicPage(referral.userId, referral.programId),
  ]);
  if (
    membership?.role !== 'ambassador' ||
    membership.status !== 'approved' ||
    // A deleted account's kept membership is for the books: it has no page, whatever its code.
    membership.erasedAt ||
    !page.enabled
  )
    return undefined;
  return { referral, membership, page };
}

/**
 * An ambassador's public page, `/a/{referralCode}`, for anyone: their name, avatar and handles,
 * their approved posts that carry a `website` rights grant (every approved post where the program
 * has no content terms), and their picks, each link through the redirect so it is attributed to
 * them. Nothing private: no email, no figures. Reads are gets and keyed queries, never a scan.
 * @throws AppError `not_found` for an unknown, suspended, removed or retired code, or a page turned off.
 */
export async function getPublicAmbassador(rawCode: string, now = new Date()): Promise<PublicAmbassador> {
  const live = await livePage(rawCode, now);
  if (!live) throw notFound('Ambassador page');
  const { referral, membership, page } = live;
  const { code, programId, userId } = referral;
  const [program, profile, links] = await Promise.all([
    findProgram(programId),
    getProfile(userId),
    page.picks.length > 0 ? listTrackedLinks(code) : Promise.resolve([]),
  ]);
  if (!program) throw notFound('Ambassador page');
  const posts = await queryApprovedContent(
    programId,
    { ambassadorId: userId, ...(program.contentTerms ? { scope: 'website' as const } : {}) },
    { limit: PAGE_POSTS, now, maxReads: 3 },
  );
  const [avatarUrl, thumbnails] = await Promise.all([
    profile.avatarKey ? avatarUrlFor(profile.avatarKey, false) : Promise.resolve(undefined),
    Promise.all(posts.items.map((p) => (p.proofImageKey ? thumbnailUrlFor(p.proofImageKey) : undefined))),
  ]);
  const bySlug = new Map(links.map((link) => [link.slug, link]));
  return {
    referralCode: code,
    displayName: profile.displayName ?? membership.displayName,
    ...(avatarUrl ? { avatarUrl } : {}),
    handles: profile.handles,
    program: { name: program.name, slug: program.slug, description: program.description },
    shopUrl: `/r/${code}`,
    posts: posts.items.map((post, i) => {
      const thumbnailUrl = thumbnails[i];
      return {
        submissionId: post.submissionId,
        platform: post.platform,
        postUrl: post.postUrl,
        caption: post.caption,
        ...(post.reviewedAt ? { approvedAt: post.reviewedAt } : {}),
        ...(thumbnailUrl ? { thumbnailUrl } : {}),
      };
    }),
    picks: page.picks.flatMap((slug) => {
      const link = bySlug.get(slug);
      return link ? [{ slug, url: `/r/${code}/${slug}`, destination: link.destination }] : [];
    }),
  };
}

/**
 * A visit to an ambassador's public page, counted as a click of their referral link: the same
 * click the redirect records (hashed visitor, one counted per visitor and hour), so the page's
 * visits show in their clicks. Bots are not counted.
 * @returns whether a click was recorded.
 * @throws AppError `not_found` as for the page.
 */
export async function recordPageVisit(
  rawCode: string,
  visitor: { ip: string; userAgent: string | undefined; country?: string | undefined },
  now = new Date(),
): Promise<{ counted: boolean }> {
  const live = await livePage(rawCode, now);
  if (!live) throw notFound('Ambassador page');
  const target = await findRedirectTarget(live.referral.programId);
  if (!target) throw notFound('Ambassador page');
  if (isBot(visitor.userAgent)) return { counted: false };
  const clickId = newId();
  const visit = { clickId, referral: live.referral as ReferralCodeRecord, target, ...visitor, at: now };
  const outcome = await recordClick(
    clickId,
    clickHashKey().then((key) => clickOf(visit, key)),
  );
  return { counted: outcome !== 'failed' };
}
