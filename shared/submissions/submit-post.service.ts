import { loadAmbassadorContext } from '../challenges/ambassador-context.ts';
import { getChallenge, getChallenges, listChallengesOpeningBetween } from '../challenges/challenge.store.ts';
import { challengeStatus, lockFor } from '../challenges/challenge-rules.ts';
import { rightsReminderPut } from '../content/rights.store.ts';
import { planRightsGrant } from '../content/rights-grant.ts';
import { AppError, conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { assertProofImage } from '../uploads/proof-image.store.ts';
import { checkCaption } from './caption-check.ts';
import { normalizePostUrl, platformLabel } from './post-url.ts';
import type { NextAction, Submission, SubmitPostInput } from './submission.schema.ts';
import { insertSubmission } from './submission.store.ts';

/**
 * An approved ambassador submits a post for an open challenge. The link must be a post on the
 * named platform, new to the program, and within the challenge's per-ambassador limit. A
 * caption without the required disclosure, hashtags or mentions is flagged for the reviewer,
 * not refused. A rights grant, when sent (or required by the challenge), is checked against the
 * program's content terms and stored with the post. The response carries the next useful actions.
 * @throws AppError `forbidden` (not an approved ambassador, or locked), `not_found`,
 *   `validation_failed` (link, platform, rights grant), `conflict` (closed, duplicate link,
 *   limit reached, terms changed since read),
 *   `rate_limited` (the ambassador's hourly or daily submissions in the program).
 */
export async function submitPost(
  user: AuthUser,
  programId: string,
  challengeId: string,
  input: SubmitPostInput,
): Promise<{ submission: Submission; next: NextAction[] }> {
  const access = await loadProgramAccess(user, programId);
  const membership = access.membership;
  if (membership?.role !== 'ambassador' || membership.status !== 'approved') {
    throw forbidden(
      membership?.status === 'suspended'
        ? 'Your ambassador account is suspended in this program'
        : 'Only approved ambassadors submit posts',
    );
  }
  const challenge = await getChallenge(programId, challengeId);
  const now = new Date();
  const status = challengeStatus(challenge, now);
  if (status === 'draft') throw forbidden('This challenge is not published yet');
  if (challenge.salesGoal !== undefined) {
    throw conflict(
      `This challenge is completed by ${challenge.salesGoal} sales through your links, not by posts`,
      {
        salesGoal: challenge.salesGoal,
      },
    );
  }
  if (status !== 'open') {
    throw conflict(
      status === 'scheduled' ? `This challenge opens at ${challenge.opensAt}` : 'This challenge has closed',
      {
        status,
      },
    );
  }
  const [context, prerequisites] = await Promise.all([
    loadAmbassadorContext(access.program, user.id),
    getChallenges(programId, challenge.prerequisites),
  ]);
  const titles = new Map(prerequisites.map((c) => [c.challengeId, c.title]));
  const lock = lockFor(challenge, context, { tiers: access.program.tiers, titles });
  if (lock) throw new AppError('forbidden', lock.message, { lock });
  if (!challenge.requirements.platforms.includes(input.platform)) {
    throw validationFailed(
      `platform: this challenge takes posts on ${challenge.requirements.platforms.map(platformLabel).join(', ')}`,
      {
        field: 'platform',
      },
    );
  }
  const url = normalizePostUrl(input.postUrl, input.platform);
  if (!url.ok) throw validationFailed(`postUrl: ${url.reason}`, { field: 'postUrl' });
  if (input.proofImageKey) await assertProofImage(input.proofImageKey, programId, user.id);

  const at = nowIso(now);
  const rightsGrant = planRightsGrant(
    access.program.contentTerms,
    challenge.rightsRequired,
    input.rightsGrant,
    at,
  );
  const submission: Submission = {
    submissionId: newId(),
    programId,
    challengeId,
    userId: user.id,
    authorName: membership.displayName,
    postUrl: url.url,
    platform: input.platform,
    caption: input.caption,
    ...(input.proofImageKey ? { proofImageKey: input.proofImageKey } : {}),
    status: 'pending',
    version: 1,
    flags: checkCaption(input.caption, input.platform, challenge.requirements),
    ...(rightsGrant ? { rightsGrant } : {}),
    kudos: 0,
    submittedAt: at,
    updatedAt: at,
  };
  const outcome = await insertSubmission(submission, challenge.maxSubmissionsPerAmbassador, async () => {
    // The gifts' follow-up (and the rewards' schema) load with the first post, not at a cold start.
    const { giftsAnsweredBy } = await import('../rewards/gift-follow-up.ts');
    const extra = await giftsAnsweredBy(submission);
    return rightsGrant
      ? { ...extra, items: [...extra.items, rightsReminderPut(submission, rightsGrant)] }
      : extra;
  });
  if (outcome === 'duplicate_url')
    throw conflict('This post was already submitted in this program', { field: 'postUrl' });
  if (outcome === 'limit_reached') {
    throw conflict(
      `You have made the ${challenge.maxSubmissionsPerAmbassador} submission(s) this challenge allows`,
    );
  }
  if (outcome === 'not_approved') throw forbidden('Only approved ambassadors submit posts');
  if (outcome === 'closed') throw conflict('This challenge has closed', { status: 'closed' });

  const running = await listChallengesOpeningBetween(
    programId,
    new Date(now.getTime() - 92 * 86_400_000).toISOString(),
    '9999',
  );
  const unlocks = running.filter(
    (c) => c.published && c.prerequisites.includes(challengeId) && challengeStatus(c, now) !== 'closed',
  );
  const next: NextAction[] = [
    ...(membership.referralCode
      ? [
          {
            action: 'share_referral_link' as const,
            label: 'Share your referral link with this post',
            href: `/r/${membership.referralCode}`,
          },
        ]
      : []),
    {
      action: 'view_gallery',
      label: 'See other ambassadors’ approved posts for this challenge',
      href: `/api/programs/${programId}/gallery?challengeId=${challengeId}`,
    },
    ...unlocks.map((c) => ({
      action: 'unlocks_challenge' as const,
      label: `Once approved, this unlocks "${c.title}"`,
      title: c.title,
      challengeId: c.challengeId,
    })),
  ];
  return { submission, next };
}
