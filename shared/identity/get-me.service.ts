import { listInvitationsForEmail } from '../programs/invitation.store.ts';
import { listMembershipsOfUser } from '../programs/membership.store.ts';
import { getPrograms } from '../programs/program.store.ts';
import type { AuthUser } from './auth-user.ts';

export type MeView = Awaited<ReturnType<typeof getMe>>;

/** The caller, their memberships (with program names) and the invitations waiting for them. */
export async function getMe(user: AuthUser) {
  const [memberships, invitations] = await Promise.all([
    listMembershipsOfUser(user.id),
    user.emailVerified ? listInvitationsForEmail(user.email) : Promise.resolve([]),
  ]);
  const programs = new Map(
    (await getPrograms([...memberships, ...invitations].map((m) => m.programId))).map((p) => [
      p.programId,
      p,
    ]),
  );
  return {
    user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin },
    memberships: memberships.map((m) => ({
      programId: m.programId,
      programName: programs.get(m.programId)?.name ?? '',
      programSlug: programs.get(m.programId)?.slug ?? '',
      role: m.role,
      status: m.status,
      ...(m.referralCode ? { referralCode: m.referralCode } : {}),
    })),
    invitations: invitations.map((i) => ({
      programId: i.programId,
      programName: programs.get(i.programId)?.name ?? '',
      role: i.role,
      invitedAt: i.invitedAt,
    })),
  };
}
