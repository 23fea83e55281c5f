import { conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import type { Challenge } from './challenge.schema.ts';
import { getChallenge, getChallenges, replaceChallenge } from './challenge.store.ts';
import { challengeStatus } from './challenge-rules.ts';

/**
 * Publishes a draft: it becomes scheduled, or open at once if its window has begun.
 * @throws AppError `forbidden`, `not_found`, `conflict` (already published, or the window is over).
 */
export async function publishChallenge(
  user: AuthUser,
  programId: string,
  challengeId: string,
): Promise<Challenge> {
  assertManager(await loadProgramAccess(user, programId));
  const current = await getChallenge(programId, challengeId);
  if (current.published) throw conflict('The challenge is already published');
  const now = new Date();
  const next: Challenge = { ...current, published: true, publishedAt: nowIso(now), updatedAt: nowIso(now) };
  next.status = challengeStatus(next, now);
  if (next.status === 'closed') throw conflict('The challenge window is over; move it before publishing');
  const drafts = (await getChallenges(programId, current.prerequisites)).filter((c) => !c.published);
  if (drafts.length > 0) {
    throw conflict(`Publish its prerequisites first: ${drafts.map((c) => `"${c.title}"`).join(', ')}`, {
      prerequisites: drafts.map((c) => c.challengeId),
    });
  }
  await replaceChallenge(current, next);
  return next;
}
