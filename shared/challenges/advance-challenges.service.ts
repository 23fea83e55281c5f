import { isAppError } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import { deterministicId, nowIso } from '../ids.ts';
import { findDigestRun, saveDigestRun } from '../notifications/digest-run.store.ts';
import { notificationItem } from '../notifications/notification.store.ts';
import { putAll } from '../platform/db/batch-write.ts';
import { log } from '../platform/log.ts';
import { listAmbassadorsByStatus } from '../programs/membership.store.ts';
import { findProgram } from '../programs/program.store.ts';
import type { Challenge } from './challenge.schema.ts';
import { listDueTransitions, replaceChallenge } from './challenge.store.ts';
import { challengeStatus } from './challenge-rules.ts';

/**
 * The clock's work: opens and closes published challenges whose time has come, and tells a
 * program's approved ambassadors when a challenge opens. Safe to run again: notifications
 * have one id per challenge and ambassador, and a status already moved is left alone.
 * @returns how many challenges opened and closed.
 */
export async function advanceChallenges(
  now: Date,
  batch = ANNOUNCE_BATCH,
): Promise<{ opened: number; closed: number; told: number }> {
  let opened = 0;
  let closed = 0;
  const budget = { left: batch };
  for (const challenge of await listDueTransitions(now.toISOString())) {
    const status = challengeStatus(challenge, now);
    const announce = status === 'open' && !challenge.announcedAt;
    if (status === challenge.status && !announce) continue;
    // Told over as many runs as it takes: the challenge moves once everyone is told.
    if (announce && !(await announceOpening(challenge, budget))) continue;
    const next: Challenge = { ...challenge, status, updatedAt: nowIso(now) };
    if (announce) next.announcedAt = nowIso(now);
    try {
      await replaceChallenge(challenge, next);
    } catch (error) {
      // Edited meanwhile: the next run reads it afresh (the announcement's ids make a repeat harmless).
      if (isAppError(error) && error.code === 'conflict') continue;
      throw error;
    }
    if (announce) opened++;
    if (status === 'closed' && challenge.status !== 'closed') closed++;
  }
  const told = batch - budget.left;
  if (opened + closed + told > 0) log.info('challenges advanced', { opened, closed, told });
  return { opened, closed, told };
}

/** Ambassadors told of openings in one scheduler run, across challenges: well inside its timeout. */
export const ANNOUNCE_BATCH = 2_000;

/**
 * A notification to every approved ambassador of the program, 100 a write, up to the run's
 * budget; the run item keeps the cursor, so the next run goes on where this one stopped (and a
 * failed run repeats at most its last page, under the same ids). A program that announces weekly
 * gets none here: its Monday digest lists the challenge (notifications/digests).
 * @returns whether every approved ambassador has been told.
 */
async function announceOpening(challenge: Challenge, budget: { left: number }): Promise<boolean> {
  if ((await findProgram(challenge.programId))?.challengeAnnouncements === 'weekly') return true;
  const period = challenge.challengeId;
  const run = await findDigestRun(challenge.programId, 'opening', period);
  if (run?.done) return true;
  if (budget.left <= 0) return false;
  const values = {
    challenge: challenge.title,
    points: challenge.points,
    slots: challenge.slots ?? 0,
    closesAt: challenge.closesAt,
  };
  const text = await noticeText('challenge_opened', values, 'en');
  let cursor = run?.cursor;
  let sent = run?.sent ?? 0;
  do {
    const page = await listAmbassadorsByStatus(
      challenge.programId,
      'approved',
      Math.min(100, budget.left),
      cursor,
      'oldest',
    );
    await putAll(
      page.items.map((ambassador) =>
        notificationItem({
          notificationId: deterministicId(challenge.opensAt, `-${challenge.challengeId}`),
          userId: ambassador.userId,
          programId: challenge.programId,
          type: 'challenge_opened',
          ...text,
          values,
          link: `/programs/${challenge.programId}/challenges/${challenge.challengeId}`,
          createdAt: challenge.opensAt,
          email: ambassador.email,
        }),
      ),
    );
    cursor = page.nextCursor;
    sent += page.items.length;
    budget.left -= page.items.length;
    await saveDigestRun(challenge.programId, 'opening', period, { done: !cursor, sent, cursor });
  } while (cursor && budget.left > 0);
  return !cursor;
}
