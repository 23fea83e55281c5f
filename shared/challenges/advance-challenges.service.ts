import { putAll } from '../db/batch-write.ts';
import { isAppError } from '../errors.ts';
import { deterministicId, nowIso } from '../ids.ts';
import { log } from '../log.ts';
import { notificationItem } from '../notifications/notification.store.ts';
import { listAmbassadorsByStatus } from '../programs/membership.store.ts';
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
    if (status === challenge.status) continue;
    if (challenge.status === 'scheduled' && status === 'open') await announce(challenge);
    try {
      await replaceChallenge(challenge, { ...challenge, status, updatedAt: nowIso(now) });
    } catch (error) {
      // Edited meanwhile: the next run reads it afresh.
      if (isAppError(error) && error.code === 'conflict') continue;
      throw error;
    }
    if (status === 'open') opened++;
    if (status === 'closed') closed++;
  }
  if (opened + closed > 0) log.info('challenges advanced', { opened, closed });
  return { opened, closed };
}

/** A notification to every approved ambassador of the program, written in batches. */
async function announce(challenge: Challenge): Promise<void> {
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
          title: `New challenge: ${challenge.title}`,
          body: `${challenge.points} points${challenge.slots ? `, ${challenge.slots} slots` : ''}. Open until ${challenge.closesAt}.`,
          link: `/programs/${challenge.programId}/challenges/${challenge.challengeId}`,
          createdAt: challenge.opensAt,
          email: ambassador.email,
        }),
      ),
    );
    cursor = page.nextCursor;
  } while (cursor);
}
