import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict, notFound } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import {
  assertManager,
  assertRole,
  loadProgramAccess,
  type ProgramAccess,
} from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { maskEmail } from '../payouts/bank-account.ts';
import type { Invitation } from './invitation.schema.ts';
import { findInvitation } from './invitation.store.ts';
import { type Membership, STAFF_ROLES } from './membership.schema.ts';
import { findMembership, listStaff } from './membership.store.ts';
import type { ChangeRoleInput, TeamMember, TransferOwnershipInput } from './team.schema.ts';
import {
  changeMemberRole,
  countOwners,
  deleteInvitation,
  listProgramInvitations,
  removeMember,
  transferOwnership,
} from './team.store.ts';

const asTeamMember = (member: Membership): TeamMember => ({
  userId: member.userId,
  email: member.email,
  displayName: member.displayName,
  role: member.role as TeamMember['role'],
  since: member.statusAt,
});

const ROLE_ORDER = { owner: 0, manager: 1, brand: 2 } as const;

/** The program's team (owners, managers, brand users), by role then name: for its owners and managers. */
export async function listTeam(user: AuthUser, programId: string): Promise<{ items: TeamMember[] }> {
  assertManager(await loadProgramAccess(user, programId));
  const staff = await listStaff(programId, STAFF_ROLES);
  return {
    items: staff
      .map(asTeamMember)
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName)),
  };
}

/** The program's pending invitations, newest first: for its owners and managers. */
export async function listInvitations(user: AuthUser, programId: string): Promise<{ items: Invitation[] }> {
  assertManager(await loadProgramAccess(user, programId));
  return { items: await listProgramInvitations(programId) };
}

/** The owner's access and the team member `userId`. @throws AppError `forbidden`, `not_found`. */
async function ownerAndMember(user: AuthUser, programId: string, userId: string) {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, ['owner']);
  const member = await findMembership(programId, userId);
  if (member?.status !== 'active' || !STAFF_ROLES.includes(member.role)) throw notFound('Team member');
  return { access, member };
}

/**
 * Gives a team member another role (owner only). The last owner can't be demoted.
 * @throws AppError `forbidden`, `not_found`, `conflict` (the last owner; the team changed meanwhile).
 */
export async function changeRole(
  user: AuthUser,
  programId: string,
  userId: string,
  input: ChangeRoleInput,
): Promise<TeamMember> {
  const { access, member } = await ownerAndMember(user, programId, userId);
  if (member.role === input.role) return asTeamMember(member);
  const now = nowIso();
  const next: Membership = { ...member, role: input.role, statusAt: now, updatedAt: now };
  await changeMemberRole(member, next, await ownersSeen(programId, member, input.role), {
    alsoWrite: [
      auditPut(
        newAuditEntry(
          access,
          {
            type: 'member.role_changed',
            target: { kind: 'member', id: userId },
            summary: `Changed a ${member.role} to ${input.role}`,
            values: { from: member.role, to: input.role },
            changes: [{ field: 'role', before: member.role, after: input.role }],
          },
          now,
        ),
      ),
    ],
  });
  return asTeamMember(next);
}

/** Owners counted from the team index, only needed while the program has no owner counter yet. */
async function ownersSeen(programId: string, member: Membership, nextRole?: string): Promise<number> {
  return member.role === 'owner' || nextRole === 'owner' ? countOwners(programId) : 0;
}

/**
 * Removes a team member (owner only): their access ends at once, and they are told. The last
 * owner can't be removed.
 * @throws AppError `forbidden`, `not_found`, `conflict` (the last owner; the team changed meanwhile).
 */
export async function removeTeamMember(user: AuthUser, programId: string, userId: string): Promise<void> {
  const { access, member } = await ownerAndMember(user, programId, userId);
  const now = nowIso();
  const removedValues = { program: access.program.name, role: member.role };
  await removeMember(member, await ownersSeen(programId, member), {
    alsoWrite: [
      auditPut(
        newAuditEntry(
          access,
          {
            type: 'member.removed',
            target: { kind: 'member', id: userId },
            summary: `Removed a ${member.role} from the team`,
            values: { role: member.role },
            changes: [{ field: 'role', before: member.role }],
          },
          now,
        ),
      ),
      ...(member.userId === user.id
        ? []
        : [
            notificationPut(
              newNotification({
                userId: member.userId,
                programId,
                type: 'team_removed',
                ...(await noticeText('team_removed', removedValues, 'en')),
                values: removedValues,
                email: member.email,
              }),
            ),
          ]),
    ],
  });
}

/**
 * Hands ownership to another team member (owner only): they become owner and the caller a
 * manager, in one transaction. A platform admin, who is no member, only adds the owner.
 * @throws AppError `forbidden`, `not_found`, `conflict` (already the owner; the team changed meanwhile).
 */
export async function handOverOwnership(
  user: AuthUser,
  programId: string,
  input: TransferOwnershipInput,
): Promise<{ items: TeamMember[] }> {
  const { access, member } = await ownerAndMember(user, programId, input.userId);
  if (member.role === 'owner') throw conflict('This member is an owner already');
  const now = nowIso();
  const to = { member, next: { ...member, role: 'owner' as const, statusAt: now, updatedAt: now } };
  const from = ownerMembership(access);
  const fromChange = from && {
    member: from,
    next: { ...from, role: 'manager' as const, statusAt: now, updatedAt: now },
  };
  await transferOwnership(to, fromChange, from ? 0 : await countOwners(programId), {
    alsoWrite: [
      auditPut(
        newAuditEntry(
          access,
          {
            type: 'ownership.transferred',
            target: { kind: 'member', id: member.userId },
            summary: from
              ? 'Handed ownership to a team member, and became a manager'
              : 'Made a team member owner',
            values: { handedOver: from ? 'yes' : 'no' },
            changes: [{ field: 'role', before: member.role, after: 'owner' }],
          },
          now,
        ),
      ),
    ],
  });
  return { items: [asTeamMember(to.next), ...(fromChange ? [asTeamMember(fromChange.next)] : [])] };
}

/** The caller's owner membership, when their ownership is one (a platform admin has none). */
function ownerMembership(access: ProgramAccess): Membership | undefined {
  const membership = access.membership;
  return membership?.role === 'owner' && membership.status === 'active' ? membership : undefined;
}

/**
 * Revokes a pending invitation (owner only): its link stops working.
 * @throws AppError `forbidden`, `not_found` (no pending invitation for that email).
 */
export async function revokeInvitation(user: AuthUser, programId: string, email: string): Promise<void> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, ['owner']);
  const invitation = await findInvitation(programId, email.trim().toLowerCase());
  if (!invitation) throw notFound('Invitation');
  const entry = newAuditEntry(access, {
    type: 'invitation.revoked',
    target: { kind: 'invitation', id: maskEmail(invitation.email) },
    summary: `Revoked the invitation of a ${invitation.role}`,
    values: { role: invitation.role },
  });
  if (!(await deleteInvitation(invitation, { alsoWrite: [auditPut(entry)] }))) throw notFound('Invitation');
}
