import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { replaceMembershipIfUnchanged } from '../programs/membership.store.ts';
import { getAmbassadorToActOn } from './ambassador-record.ts';

/**
 * Suspends an approved ambassador (their referral code stops attributing) or reinstates a
 * suspended one. Membership and code change together or not at all.
 * @throws AppError `forbidden`, `not_found`, `conflict` (not in the state the action needs, or the account was deleted).
 */
export async function setSuspension(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  action: 'suspend' | 'reinstate',
  reason?: string,
): Promise<Membership> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const current = await getAmbassadorToActOn(programId, ambassadorId);
  const expected = action === 'suspend' ? 'approved' : 'suspended';
  if (current.status !== expected || !current.referralCode) {
    throw conflict(
      `Only ${expected} ambassadors can be ${action === 'suspend' ? 'suspended' : 'reinstated'}`,
      {
        status: current.status,
      },
    );
  }
  const now = nowIso();
  const { suspension: _previous, ...rest } = current;
  const next: Membership =
    action === 'suspend'
      ? {
          ...rest,
          status: 'suspended',
          statusAt: now,
          updatedAt: now,
          suspension: { reason, by: user.id, at: now },
        }
      : { ...rest, status: 'approved', statusAt: now, updatedAt: now };
  // Old codes still in their grace after a rotation follow the current one.
  const graceCodes = (current.codeHistory ?? []).filter((h) => h.retiresAt > now).map((h) => h.code);
  const outcome = await replaceMembershipIfUnchanged(
    next,
    current,
    { code: current.referralCode, claim: false, active: action === 'reinstate' },
    graceCodes,
    [
      auditPut(
        newAuditEntry(
          access,
          {
            type: action === 'suspend' ? 'ambassador.suspended' : 'ambassador.reinstated',
            target: { kind: 'ambassador', id: ambassadorId },
            summary: action === 'suspend' ? 'Suspended an ambassador' : 'Reinstated an ambassador',
            ...(reason ? { changes: [{ field: 'reason', after: reason }] } : {}),
          },
          now,
        ),
      ),
    ],
  );
  if (outcome !== 'ok') throw conflict('The ambassador changed meanwhile; read it and try again');
  return next;
}
