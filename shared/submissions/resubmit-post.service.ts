import { getChallenge } from '../challenges/challenge.store.ts';
import { rightsReminderPut } from '../content/rights.store.ts';
import { planRightsGrant } from '../content/rights-grant.ts';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { findMembership } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import { assertProofImage } from '../uploads/proof-image.store.ts';
import { checkCaption } from './caption-check.ts';
import { normalizePostUrl } from './post-url.ts';
import type { Submission, SubmitPostInput } from './submission.schema.ts';
import {
  approvedMembershipCheck,
  getSubmission,
  postUrlClaim,
  replaceSubmissionItem,
} from './submission.store.ts';

/**
 * After a reviewer asked for changes, the author sends a new version: a new link and caption
 * (the old link stays claimed). It goes back to the queue. Allowed after the challenge closed,
 * since the reviewer asked for it. A rights grant sent with it replaces the post's grant; without
 * one, a live grant stays (and a challenge that requires one refuses the resubmission without it).
 * @throws AppError `forbidden` (not the author), `not_found`, `conflict` (no changes asked,
 *   stale version, duplicate link, terms changed since read), `validation_failed`.
 */
export async function resubmitPost(
  user: AuthUser,
  programId: string,
  submissionId: string,
  input: SubmitPostInput,
): Promise<Submission> {
  const [current, membership, program] = await Promise.all([
    getSubmission(programId, submissionId),
    findMembership(programId, user.id),
    getProgram(programId),
  ]);
  if (current.userId !== user.id) throw forbidden('Only the author can resubmit');
  if (membership?.status !== 'approved') throw forbidden('Only approved ambassadors submit posts');
  if (current.status !== 'changes_requested') {
    throw conflict('Only a submission the reviewer sent back can be resubmitted', { status: current.status });
  }
  const challenge = await getChallenge(programId, current.challengeId);
  const url = normalizePostUrl(input.postUrl, input.platform);
  if (!url.ok) throw validationFailed(`postUrl: ${url.reason}`, { field: 'postUrl' });
  if (input.proofImageKey) await assertProofImage(input.proofImageKey, programId, user.id);
  if (!challenge.requirements.platforms.includes(input.platform)) {
    throw validationFailed('platform: this challenge does not take posts on that platform', {
      field: 'platform',
    });
  }
  const at = nowIso();
  const live = current.rightsGrant && !current.rightsGrant.revokedAt && current.rightsGrant.endsAt > at;
  const granted =
    input.rightsGrant || !live
      ? planRightsGrant(program.contentTerms, challenge.rightsRequired, input.rightsGrant, at)
      : undefined;
  const { feedback: _feedback, reviewedBy: _by, reviewedAt: _at, proofImageKey: _proof, ...rest } = current;
  const next: Submission = {
    ...rest,
    postUrl: url.url,
    platform: input.platform,
    caption: input.caption,
    ...(input.proofImageKey ? { proofImageKey: input.proofImageKey } : {}),
    status: 'pending',
    version: current.version + 1,
    flags: checkCaption(input.caption, input.platform, challenge.requirements),
    ...(granted ? { rightsGrant: granted } : {}),
    submittedAt: at,
    updatedAt: at,
  };
  const written = await transact({
    submission: replaceSubmissionItem(next, current),
    approvedMember: approvedMembershipCheck(programId, user.id),
    postUrl:
      next.postUrl !== current.postUrl ? postUrlClaim(programId, next.postUrl, submissionId) : undefined,
    rights: granted ? rightsReminderPut(next, granted) : undefined,
  });
  if (!written.ok) {
    if (written.failed.has('submission'))
      throw conflict('The submission changed meanwhile; read it and try again');
    if (written.failed.has('approvedMember')) throw forbidden('Only approved ambassadors submit posts');
    if (written.failed.has('postUrl'))
      throw conflict('This post was already submitted in this program', { field: 'postUrl' });
    throw unexpectedCancellation(written);
  }
  return next;
}
