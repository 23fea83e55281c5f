import { noteChallengeViewed } from '../analytics/challenge-view.store.ts';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { type AmbassadorContext, loadAmbassadorContext } from './ambassador-context.ts';
import type { Challenge, ChallengeStatus, ChallengeView } from './challenge.schema.ts';
import { getChallenge, getChallenges, listChallengesOpeningBetween } from './challenge.store.ts';
import { challengeStatus, lockFor } from './challenge-rules.ts';
import { monthOf, monthWindow } from './month-window.ts';

/** Windows are at most 92 days, so a challenge running in a month opened at most this long before. */
const LONGEST_WINDOW_MS = 92 * 86_400_000;

/** Managers see drafts and no locks; the brand sees what ambassadors see, without locks. */
type Viewer = { managing: boolean; staff: boolean; ambassador?: AmbassadorContext };

/**
 * The challenges running in a month (default: this month in the program's time zone).
 * Ambassadors see published ones, each with `locked` and the reason, slots left and their
 * own progress; managers see drafts too.
 * @throws AppError `forbidden` (not a member), `not_found`.
 */
export async function listChallenges(
  user: AuthUser,
  programId: string,
  query: { month?: string | undefined; status?: ChallengeStatus | undefined },
): Promise<{ month: string; items: ChallengeView[] }> {
  const access = await loadProgramAccess(user, programId);
  const viewer = await viewerOf(access);
  const now = new Date();
  const month = query.month ?? monthOf(now, access.program.timeZone);
  const window = monthWindow(month, access.program.timeZone);
  const from = new Date(Date.parse(window.opensAt) - LONGEST_WINDOW_MS).toISOString();
  const running = (await listChallengesOpeningBetween(programId, from, window.closesAt)).filter(
    (c) => c.opensAt < window.closesAt && c.closesAt > window.opensAt && (viewer.managing || c.published),
  );
  const views = await toViews(access, viewer, running, now);
  return { month, items: query.status ? views.filter((v) => v.status === query.status) : views };
}

/**
 * One challenge as the caller sees it. An ambassador's first look is noted for the analytics.
 * @throws AppError `forbidden`, `not_found` (including drafts, for ambassadors).
 */
export async function getChallengeView(
  user: AuthUser,
  programId: string,
  challengeId: string,
): Promise<ChallengeView> {
  const access = await loadProgramAccess(user, programId);
  const viewer = await viewerOf(access);
  const challenge = await getChallenge(programId, challengeId);
  if (!viewer.managing && !challenge.published) throw forbidden('This challenge is not published yet');
  const [view] = await Promise.all([
    toViews(access, viewer, [challenge], new Date()).then((views) => views[0]),
    viewer.ambassador ? noteChallengeViewed(programId, access.user.id, challengeId) : undefined,
  ]);
  return view as ChallengeView;
}

async function viewerOf(access: ProgramAccess): Promise<Viewer> {
  if (access.role === 'owner' || access.role === 'manager') return { managing: true, staff: true };
  if (access.role === 'brand') return { managing: false, staff: true };
  if (access.role !== 'ambassador')
    throw forbidden('Only the program’s ambassadors and team see its challenges');
  return {
    managing: false,
    staff: false,
    ambassador: await loadAmbassadorContext(access.program, access.user.id),
  };
}

async function toViews(
  access: ProgramAccess,
  viewer: Viewer,
  challenges: Challenge[],
  now: Date,
): Promise<ChallengeView[]> {
  const titles = new Map(challenges.map((c) => [c.challengeId, c.title]));
  const missing = challenges.flatMap((c) => c.prerequisites).filter((id) => !titles.has(id));
  for (const c of await getChallenges(access.program.programId, missing)) titles.set(c.challengeId, c.title);
  const mine = viewer.ambassador;
  return challenges
    .sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.challengeId.localeCompare(b.challengeId))
    .map((challenge) => {
      const lock = mine ? lockFor(challenge, mine, { tiers: access.program.tiers, titles }) : undefined;
      // Which manager wrote a challenge is the team's business.
      const { createdBy, ...shown } = challenge;
      return {
        ...shown,
        ...(viewer.staff ? { createdBy } : {}),
        status: challengeStatus(challenge, now),
        ...(challenge.slots === undefined
          ? {}
          : { slotsLeft: Math.max(0, challenge.slots - challenge.slotsUsed) }),
        locked: lock !== undefined,
        ...(lock ? { lock } : {}),
        ...(mine
          ? {
              mySubmissions: mine.participation.get(challenge.challengeId)?.submissions ?? 0,
              ...(challenge.salesGoal !== undefined
                ? { mySales: mine.participation.get(challenge.challengeId)?.sales ?? 0 }
                : {}),
              completed: mine.completed.has(challenge.challengeId),
            }
          : {}),
        unlocks: challenges
          .filter((other) => other.prerequisites.includes(challenge.challengeId))
          .map((other) => ({ challengeId: other.challengeId, title: other.title })),
      };
    });
}
