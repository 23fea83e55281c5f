import { isAppError } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import { deterministicId, nowIso } from '../ids.ts';
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
export async function advanceChallenges(now: Date): Promise<{ opened: number; closed: number }> {
  let opened = 0;
  let closed = 0;
  for (const challenge of await listDueTransitions(now.toISOString())) {
    const status = challengeStatus(challenge, now);
    const announce = status === 'open' && !challenge.announcedAt;
    if (status === challenge.status && !announce) continue;
    if (announce) await announceOpening(challenge);
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
  if (opened + closed > 0) log.info('challenges advanced', { opened, closed });
  return { opened, closed };
}

/**
 * A notification to every approved ambassador of the program, written in batches. A program that
 * announces weekly gets none here: its Monday digest lists the challenge (notifications/digests).
 */
async function announceOpening(challenge: Challenge): Promise<void> {
  if ((await findProgram(challenge.programId))?.challengeAnnouncements === 'weekly') return;
  const values = {
    challenge: challenge.title,
    points: challenge.points,
    slots: challenge.slots ?? 0,
    closesAt: challenge.closesAt,
  };
  const text = await noticeText('challenge_opened', values, 'en');
  let cursor: string | undefined;
  do {
    const page = await listAmbassadorsByStatus(challenge.programId, 'approved', 100, cursor);
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
  } while (cursor);
}
