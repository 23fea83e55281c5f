import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { type AuthUser, defaultDisplayName } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { findInvitation, redeemInvitation } from './invitation.store.ts';
import type { Membership } from './membership.schema.ts';

/**
 * Accepts the caller's invitation to a program, creating their staff membership.
 * @throws AppError `forbidden` (email not verified), `not_found` (no live invitation),
 *   `conflict` (already a member).
 */
export async function acceptInvitation(user: AuthUser, programId: string): Promise<Membership> {
  if (!user.emailVerified) throw forbidden('Verify your email address before accepting an invitation');
  const invitation = await findInvitation(programId, user.email);
  if (!invitation) throw notFound('Invitation');
  const now = nowIso();
  const membership: Membership = {
    programId,
    userId: user.id,
    email: user.email,
    displayName: defaultDisplayName(user),
    role: invitation.role,
    status: 'active',
    statusAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const entry = newAuditEntry(
    { user, role: invitation.role, program: { programId } },
    {
      type: 'member.joined',
      target: { kind: 'member', id: user.id },
      summary: `Joined the team as ${invitation.role}`,
      values: { role: invitation.role },
    },
    now,
  );
  const outcome = await redeemInvitation(invitation, membership, [auditPut(entry)]);
  if (outcome === 'member_exists') throw conflict('You are already a member of this program');
  if (outcome === 'invitation_gone') throw notFound('Invitation');
  return membership;
}
