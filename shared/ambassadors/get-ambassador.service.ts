import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { getAmbassadorRecord } from './ambassador-record.ts';

/**
 * Reads one ambassador: the ambassador themself, or a manager of the program.
 * Anyone else is refused before any lookup, so ids reveal nothing.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getAmbassador(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
): Promise<Membership> {
  const access = await loadProgramAccess(user, programId);
  if (ambassadorId !== user.id) assertManager(access);
  return getAmbassadorRecord(programId, ambassadorId);
}
