import { writeMonthlyReports } from '#shared/analytics/monthly-report.service.ts';
import { advanceChallenges } from '#shared/challenges/advance-challenges.service.ts';
import { approveDueCommissions } from '#shared/commissions/commissions.service.ts';
import { remindExpiringRights } from '#shared/content/remind-expiring-rights.service.ts';
import { remindFigures } from '#shared/content/remind-figures.service.ts';
import { sendChallengeDigests, sendTeamDigests } from '#shared/notifications/digests.service.ts';
import { withInvocation } from '#shared/platform/request-context.ts';
import { continueErasures } from '#shared/privacy/erase-personal-data.service.ts';
import { remindGiftPosts } from '#shared/rewards/gift-follow-up.ts';

/**
 * The scheduler: EventBridge Scheduler invokes it every few minutes in AWS; locally the
 * runtime calls it on a timer. It opens and closes challenges by the clock, and approves
 * commissions whose holding period has ended, writes last month's program reports, reminds
 * ambassadors of gifts whose post is due and of approved posts a week old without figures, and
 * tells the team of content rights about to end, sends the team's daily digest of what waits for
 * review and the weekly digest of new challenges (for programs that chose it), and finishes
 * account deletions that their request could not. Its log
 * lines carry the run's invocation id and the function; a run spans programs, so no program.
 */
export const handler = withInvocation(async (event: { time?: string } = {}) => {
  const parsed = event.time ? new Date(event.time) : new Date();
  const now = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  const challenges = await advanceChallenges(now);
  const commissions = await approveDueCommissions(now);
  const reports = await writeMonthlyReports(now);
  const gifts = await remindGiftPosts(now);
  const figures = await remindFigures(now);
  const rights = await remindExpiringRights(now);
  const erasures = await continueErasures(now.toISOString());
  const teamDigests = await sendTeamDigests(now);
  const challengeDigests = await sendChallengeDigests(now);
  return {
    ...challenges,
    commissions,
    reports,
    gifts,
    figures,
    rights,
    teamDigests,
    challengeDigests,
    erasures,
  };
});
