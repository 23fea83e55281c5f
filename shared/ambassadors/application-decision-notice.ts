import type { Challenge } from '../challenges/challenge.schema.ts';
import { challengeStatus } from '../challenges/challenge-rules.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { Notification } from '../notifications/notification.schema.ts';
import { newNotification } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Program } from '../programs/program.schema.ts';

/**
 * The challenge a newly approved ambassador can start with: open now, for every tier, with no
 * earlier challenge to finish first; the one closing soonest. None when nothing is open.
 */
export function firstChallengeFor(challenges: readonly Challenge[], now: Date): Challenge | undefined {
  return challenges
    .filter(
      (challenge) =>
        challengeStatus(challenge, now) === 'open' &&
        !challenge.minTier &&
        challenge.prerequisites.length === 0,
    )
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt) || a.challengeId.localeCompare(b.challengeId))[0];
}

/**
 * What the applicant is told of the decision on their application: approved, with their referral
 * code, their link and the first challenge to take; or not, with the manager's reason. Its words
 * come from the notices' catalogue (shared/i18n/notices), written in English and kept with their
 * values, so each reader reads it in their own language.
 */
export async function applicationDecisionNotice(
  program: Program,
  decided: Membership,
  firstChallenge: Challenge | undefined,
): Promise<Notification> {
  const common = { userId: decided.userId, programId: program.programId, email: decided.email };
  if (decided.status === 'approved' && decided.referralCode) {
    const values = {
      program: program.name,
      code: decided.referralCode,
      hasChallenge: firstChallenge ? 'yes' : 'no',
      challenge: firstChallenge?.title ?? '',
      points: firstChallenge?.points ?? 0,
      closesAt: firstChallenge?.closesAt ?? '',
    };
    return newNotification({
      ...common,
      type: 'application_approved',
      ...(await noticeText('application_approved', values, 'en')),
      values,
      link: firstChallenge
        ? `/programs/${program.programId}/challenges/${firstChallenge.challengeId}`
        : `/programs/${program.programId}`,
    });
  }
  const reason = decided.decision?.reason ?? '';
  const values = {
    program: program.name,
    hasReason: reason ? 'yes' : 'no',
    reason,
    cooldownDays: program.reapplyCooldownDays,
  };
  return newNotification({
    ...common,
    type: 'application_rejected',
    ...(await noticeText('application_rejected', values, 'en')),
    values,
    link: `/p/${program.slug}`,
  });
}
