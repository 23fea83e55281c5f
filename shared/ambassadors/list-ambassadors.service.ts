import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import type { AmbassadorStatus, Membership } from '../programs/membership.schema.ts';
import { listAmbassadorsByStatus } from '../programs/membership.store.ts';

/**
 * A manager's page of ambassadors (or applicants) in one status, newest first.
 * @throws AppError `forbidden`, `not_found`, `bad_request` (cursor).
 */
export async function listAmbassadors(
  user: AuthUser,
  programId: string,
  query: { status: AmbassadorStatus; limit: number; cursor?: string | undefined },
): Promise<Page<Membership>> {
  assertManager(await loadProgramAccess(user, programId));
  return listAmbassadorsByStatus(programId, query.status, query.limit, query.cursor);
}
