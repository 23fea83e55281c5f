import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import type { Challenge } from '../challenges/challenge.schema.ts';
import { listChallengesOpeningBetween } from '../challenges/challenge.store.ts';
import { AppError, conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { notificationPut } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { replaceMembershipIfUnchanged } from '../programs/membership.store.ts';
import { getAmbassadorToActOn } from './ambassador-record.ts';
import type { DecideApplicationInput } from './application.schema.ts';
import { applicationDecisionNotice, firstChallengeFor } from './application-decision-notice.ts';
import { generateReferralCode } from './referral-code.ts';

const CODE_ATTEMPTS = 8;
/** How far back an open challenge may have opened: challenges run for weeks, not seasons. */
const OPEN_LOOKBACK_MS = 120 * 86_400_000;
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * Approves or rejects a pending application, exactly once. Approval claims a referral code
 * that is unique across the deployment, in the same transaction as the status change. The
 * applicant's notification of the decision (the code and the first challenge, or the reason)
 * is written in that transaction too.
 * @throws AppError `forbidden`, `not_found`, `conflict` (already decided, or the account was deleted).
 */
export async function decideApplication(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  input: DecideApplicationInput,
): Promise<Membership> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const current = await getAmbassadorToActOn(programId, ambassadorId);
  const alreadyDecided = () =>
    conflict(`This application was already decided: it is ${current.status}`, { status: current.status });
  if (current.status !== 'pending') throw alreadyDecided();

  const now = nowIso();
  const decided: Membership = {
    ...current,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    statusAt: now,
    updatedAt: now,
    decision: { decision: input.decision, reason: input.reason, decidedBy: user.id, decidedAt: now },
  };
  const entry = newAuditEntry(
    access,
    {
      type: input.decision === 'approve' ? 'application.approved' : 'application.rejected',
      target: { kind: 'ambassador', id: ambassadorId },
      summary: input.decision === 'approve' ? 'Approved an application' : 'Rejected an application',
      ...(input.reason ? { changes: [{ field: 'reason', after: input.reason }] } : {}),
    },
    now,
  );
  const told = async (next: Membership, first?: Challenge) => [
    notificationPut(await applicationDecisionNotice(access.program, next, first)),
    auditPut(entry),
  ];
  if (input.decision === 'reject') {
    const outcome = await replaceMembershipIfUnchanged(decided, current, undefined, [], await told(decided));
    if (outcome !== 'ok') throw alreadyDecided();
    return decided;
  }
  const at = new Date(now);
  const first = firstChallengeFor(
    await listChallengesOpeningBetween(
      programId,
      new Date(at.getTime() - OPEN_LOOKBACK_MS).toISOString(),
      `${now}\uffff`,
    ),
    at,
  );
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = generateReferralCode(current.displayName, randomBytes);
    const approved = { ...decided, referralCode: code };
    const outcome = await replaceMembershipIfUnchanged(
      approved,
      current,
      { code, claim: true, active: true },
      [],
      await told(approved, first),
    );
    if (outcome === 'ok') return approved;
    if (outcome === 'status_changed') throw alreadyDecided();
  }
  throw new AppError('internal', 'Could not find a free referral code');
}
