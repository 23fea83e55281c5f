import { recruiterOf } from '../ambassadors/submit-application.service.ts';
import type { Challenge } from '../challenges/challenge.schema.ts';
import { listChallengesOpeningFrom } from '../challenges/challenge.store.ts';
import { challengeStatus } from '../challenges/challenge-rules.ts';
import { notFound } from '../errors.ts';
import { thumbnailUrlFor } from '../uploads/proof-image.store.ts';
import { findMembership } from './membership.store.ts';
import { type Program, type PublicProgram, toPublicProgram } from './program.schema.ts';
import { findProgramIdBySlug, getProgram } from './program.store.ts';
import type { PublicChallenge, PublicPageView } from './public-page.schema.ts';

/** Windows are at most 92 days: a challenge open now opened at most this long ago. */
const LONGEST_WINDOW_MS = 92 * 86_400_000;
/** Window-index rows read for the samples: drafts and closed ones among them are passed over. */
const SAMPLE_ROWS = 25;
const BRIEF_CHARS = 300;

/**
 * A program's public page, `/p/{slug}`, for anyone: its public part, what the page shows (logo,
 * hero image, perks, FAQ, sample challenges) and, for an invite link (`?ref={code}`), who invited
 * the visitor. A stale or foreign code names no one.
 * @throws AppError `not_found`.
 */
export async function getPublicProgram(
  slug: string,
  ref: string | undefined,
  now = new Date(),
): Promise<{
  program: PublicProgram;
  page: PublicPageView;
  invitedBy?: { displayName: string; ref: string };
}> {
  const programId = await findProgramIdBySlug(slug);
  if (!programId) throw notFound('Program');
  const program = await getProgram(programId);
  const [page, recruiter] = await Promise.all([pageOf(program, now), recruiterOf(program.programId, ref)]);
  const member = recruiter ? await findMembership(program.programId, recruiter.userId) : undefined;
  return {
    program: toPublicProgram(program),
    page,
    ...(recruiter && member ? { invitedBy: { displayName: member.displayName, ref: recruiter.code } } : {}),
  };
}

async function pageOf(program: Program, now: Date): Promise<PublicPageView> {
  const { tagline, logoImageKey, heroImageKey, perks, faq, sampleChallenges } = program.publicPage;
  // Thumbnails, not the uploads: resized and without the camera's metadata (where a photo was taken).
  const [logoUrl, heroImageUrl, challenges] = await Promise.all([
    logoImageKey ? thumbnailUrlFor(logoImageKey) : undefined,
    heroImageKey ? thumbnailUrlFor(heroImageKey) : undefined,
    sampleChallenges > 0 ? samplesOf(program.programId, sampleChallenges, now) : [],
  ]);
  return {
    ...(tagline ? { tagline } : {}),
    ...(logoUrl ? { logoUrl } : {}),
    ...(heroImageUrl ? { heroImageUrl } : {}),
    perks,
    faq,
    challenges,
  };
}

/**
 * What the program asks of its ambassadors, as samples: published challenges open now, then the
 * next to open; when none is open or coming, the latest that closed. One query of the window
 * index from 92 days back (the longest window), so it costs the same for a program with years of
 * challenges.
 */
async function samplesOf(programId: string, count: number, now: Date): Promise<PublicChallenge[]> {
  const from = new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString();
  const rows = (await listChallengesOpeningFrom(programId, from, SAMPLE_ROWS)).filter((c) => c.published);
  const views = rows.map((challenge) => publicChallenge(challenge, now));
  const live = views.filter((c) => c.status !== 'closed');
  const chosen = live.length > 0 ? live : views.filter((c) => c.status === 'closed').reverse();
  return chosen.slice(0, count);
}

function publicChallenge(challenge: Challenge, now: Date): PublicChallenge {
  const status = challengeStatus(challenge, now);
  const brief =
    challenge.brief.length > BRIEF_CHARS
      ? `${challenge.brief.slice(0, BRIEF_CHARS - 1).trimEnd()}…`
      : challenge.brief;
  return {
    title: challenge.title,
    brief,
    points: challenge.points,
    opensAt: challenge.opensAt,
    closesAt: challenge.closesAt,
    status: status === 'draft' ? 'scheduled' : status,
  };
}
