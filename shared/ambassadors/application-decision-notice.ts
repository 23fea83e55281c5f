import type { Challenge } from '../challenges/challenge.schema.ts';
import { challengeStatus } from '../challenges/challenge-rules.ts';
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
 * code, their link and the first challenge to take; or not, with the manager's reason.
 */
export function applicationDecisionNotice(
  program: Program,
  decided: Membership,
  firstChallenge: Challenge | undefined,
): Notification {
  const common = { userId: decided.userId, programId: program.programId, email: decided.email };
  if (decided.status === 'approved' && decided.referralCode) {
    const code = decided.referralCode;
    const next = firstChallenge
      ? `Your first challenge: "${firstChallenge.title}" (${firstChallenge.points} points), open until ${firstChallenge.closesAt}.`
      : 'The next challenge will be announced here when it opens.';
    return newNotification({
      ...common,
      type: 'application_approved',
      title: `Welcome to ${program.name}: you are in`,
      body: `Your application to ${program.name} was approved. Your referral code is ${code}; share your link /r/${code} and sales through it earn you commission. ${next}`,
      link: firstChallenge
        ? `/programs/${program.programId}/challenges/${firstChallenge.challengeId}`
        : `/programs/${program.programId}`,
    });
  }
  return newNotification({
    ...common,
    type: 'application_rejected',
    title: `Your application to ${program.name}`,
    body: `Your application to ${program.name} was not approved this time. ${
      decided.decision?.reason ? `The team's reason: ${decided.decision.reason}` : 'The team gave no reason.'
    }${program.reapplyCooldownDays > 0 ? ` You can apply again after ${program.reapplyCooldownDays} days.` : ''}`,
    link: `/p/${program.slug}`,
  });
}
