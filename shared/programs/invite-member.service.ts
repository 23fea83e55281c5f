import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { maskEmail } from '../payouts/bank-account.ts';
import type { Invitation, InviteMemberInput } from './invitation.schema.ts';
import { putInvitation } from './invitation.store.ts';

const INVITATION_DAYS = 14;

/**
 * Invites a manager or brand user by email (owner only). Inviting the same email again
 * renews the invitation. The invitee sees it in `GET /api/me` once signed in with that
 * (verified) email, and accepts it there.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function inviteMember(
  user: AuthUser,
  programId: string,
  input: InviteMemberInput,
): Promise<Invitation> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, ['owner']);
  const now = new Date();
  const invitation: Invitation = {
    programId,
    email: input.email,
    role: input.role,
    invitedBy: user.id,
    invitedAt: nowIso(now),
    expiresAt: Math.floor(now.getTime() / 1000) + INVITATION_DAYS * 86_400,
  };
  const entry = newAuditEntry(
    access,
    {
      type: 'member.invited',
      target: { kind: 'invitation', id: maskEmail(invitation.email) },
      summary: `Invited a ${invitation.role} by email`,
      values: { role: invitation.role },
    },
    invitation.invitedAt,
  );
  await putInvitation(invitation, [auditPut(entry)]);
  return invitation;
}
