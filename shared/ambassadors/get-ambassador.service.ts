import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES, type Membership } from '../programs/membership.schema.ts';
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
  const record = await getAmbassadorRecord(programId, ambassadorId);
  return hasRole(access, MANAGER_ROLES) ? record : withoutStaffIds(record);
}

/** The ambassador's own view: the decision and its reason, but not which manager made it. */
function withoutStaffIds(record: Membership): Membership {
  const { decision, suspension, ...rest } = record;
  return {
    ...rest,
    ...(decision ? { decision: { ...decision, decidedBy: '' } } : {}),
    ...(suspension ? { suspension: { ...suspension, by: '' } } : {}),
  };
}
