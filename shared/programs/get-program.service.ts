import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { type Program, type PublicProgram, toPublicProgram } from './program.schema.ts';

/**
 * Reads a program: everything for its members (and admins), the public part for anyone else.
 * @throws AppError `not_found`.
 */
export async function getProgramForUser(
  user: AuthUser,
  programId: string,
): Promise<{ program: Program | PublicProgram; view: 'member' | 'public' }> {
  const access = await loadProgramAccess(user, programId);
  const isMember =
    user.isAdmin || access.membership?.status === 'active' || access.membership?.status === 'approved';
  return isMember
    ? { program: access.program, view: 'member' }
    : { program: toPublicProgram(access.program), view: 'public' };
}
