import { forbidden } from '../errors.ts';
import { MANAGER_ROLES, type Membership, type Role } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { getProgram } from '../programs/program.store.ts';
import type { AuthUser } from './auth-user.ts';

/** What the caller is in one program. Platform admins act as owners everywhere. */
export type ProgramAccess = {
  user: AuthUser;
  program: Program;
  membership: Membership | undefined;
  /** The effective role: the membership's, `owner` for admins, or none. */
  role: Role | undefined;
};

/**
 * Loads the program and the caller's place in it.
 * @throws AppError `not_found` when the program does not exist.
 */
export async function loadProgramAccess(user: AuthUser, programId: string): Promise<ProgramAccess> {
  const [program, membership] = await Promise.all([
    getProgram(programId),
    findMembership(programId, user.id),
  ]);
  // An erased member has no place in the program, whatever the kept membership says.
  const live = membership?.erasedAt ? undefined : membership;
  const staffRole = live && live.status === 'active' ? live.role : undefined;
  const role = user.isAdmin
    ? 'owner'
    : (staffRole ?? (live?.status === 'approved' ? 'ambassador' : undefined));
  return { user, program, membership, role };
}

/** True when the caller's effective role is one of `roles`. */
export function hasRole(access: ProgramAccess, roles: readonly Role[]): boolean {
  return access.role !== undefined && roles.includes(access.role);
}

/**
 * @throws AppError `forbidden` unless the caller has one of `roles` in the program.
 */
export function assertRole(access: ProgramAccess, roles: readonly Role[]): void {
  if (!hasRole(access, roles))
    throw forbidden(`This needs one of these roles in the program: ${roles.join(', ')}`);
}

/** @throws AppError `forbidden` unless the caller manages the program (owner, manager or admin). */
export function assertManager(access: ProgramAccess): void {
  assertRole(access, MANAGER_ROLES);
}
