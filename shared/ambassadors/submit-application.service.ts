import { conflict, validationFailed } from '../errors.ts';
import { type AuthUser, defaultDisplayName } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMembership, putApplication } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import { findReferralCode } from '../referrals/redirect.store.ts';
import type { SubmitApplicationInput } from './application.schema.ts';
import { codeAttributesAt } from './referral-code.ts';
import { validateAnswers } from './validate-answers.ts';

const DAY_MS = 86_400_000;

/**
 * Files an application to join a program as an ambassador. A rejected applicant may
 * reapply once the program's cooldown has passed; one who left may apply again at once.
 * @throws AppError `not_found`; `validation_failed` (answers, outdated terms);
 *   `conflict` (already applied or a member, or still cooling down).
 */
export async function submitApplication(
  user: AuthUser,
  programId: string,
  input: SubmitApplicationInput,
): Promise<Membership> {
  const [program, existing] = await Promise.all([getProgram(programId), findMembership(programId, user.id)]);
  const now = new Date();
  const cutoff = new Date(now.getTime() - program.reapplyCooldownDays * DAY_MS).toISOString();
  if (existing) assertMayReapply(existing, cutoff, program.reapplyCooldownDays);

  if (input.consent.termsVersion !== program.termsVersion) {
    throw validationFailed(`Accept the current program terms (version ${program.termsVersion})`, {
      field: 'consent.termsVersion',
      current: program.termsVersion,
    });
  }
  const answers = validateAnswers(program.questions, input.answers);
  const recruiter = existing?.recruitedBy ? undefined : await recruiterOf(programId, input.ref, user.id);
  const at = nowIso(now);
  const application: Membership = {
    programId,
    userId: user.id,
    email: user.email,
    displayName: input.displayName ?? existing?.displayName ?? defaultDisplayName(user),
    role: 'ambassador',
    status: 'pending',
    statusAt: at,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    application: {
      answers,
      socialHandles: input.socialHandles,
      termsVersion: input.consent.termsVersion,
      consentedAt: at,
      appliedAt: at,
    },
    applicationCount: (existing?.applicationCount ?? 0) + 1,
    ...(existing?.recruitedBy
      ? { recruitedBy: existing.recruitedBy, recruitedVia: existing.recruitedVia }
      : {}),
    ...(recruiter ? { recruitedBy: recruiter.userId, recruitedVia: recruiter.code } : {}),
    ...(existing?.status === 'left' ? afterLeaving(existing) : {}),
  };
  if (!(await putApplication(application, cutoff))) {
    throw conflict('You have already applied to this program');
  }
  return application;
}

/**
 * The recruiter an invite link names: an active referral code of this program, not the
 * applicant's own. Anything else (a stale or foreign code) records no recruiter and does not
 * stand in the applicant's way.
 */
export async function recruiterOf(
  programId: string,
  ref: string | undefined,
  applicantId?: string,
): Promise<{ userId: string; code: string } | undefined> {
  if (!ref) return undefined;
  const referral = await findReferralCode(ref.trim().toUpperCase());
  if (
    !referral ||
    !codeAttributesAt(referral, nowIso()) ||
    referral.programId !== programId ||
    referral.userId === applicantId
  )
    return undefined;
  return { userId: referral.userId, code: referral.code };
}

/**
 * What a new application keeps of a membership its ambassador left: that they left (the team
 * deciding sees it), and the retired code in the code history (a new one comes with approval).
 */
function afterLeaving(left: Membership): Pick<Membership, 'leaving' | 'codeHistory'> {
  const at = left.leaving?.at ?? left.statusAt;
  const history = [
    ...(left.referralCode
      ? [{ code: left.referralCode, retiresAt: at, rotatedAt: at, rotatedBy: left.userId }]
      : []),
    ...(left.codeHistory ?? []),
  ];
  return {
    ...(left.leaving ? { leaving: left.leaving } : {}),
    ...(history.length > 0 ? { codeHistory: history.slice(0, 50) } : {}),
  };
}

function assertMayReapply(existing: Membership, cutoff: string, cooldownDays: number): void {
  if (existing.role !== 'ambassador') throw conflict(`You are already a ${existing.role} of this program`);
  if (existing.status === 'pending')
    throw conflict('You have already applied to this program; it is being reviewed');
  // Someone who left chose to: they may apply again at once, and the team decides again.
  if (existing.status === 'left') return;
  if (existing.status !== 'rejected') throw conflict('You are already an ambassador of this program');
  if (existing.statusAt > cutoff) {
    const reapplyAfter = new Date(Date.parse(existing.statusAt) + cooldownDays * DAY_MS).toISOString();
    throw conflict(`You may apply again after ${reapplyAfter}`, { reapplyAfter });
  }
}
