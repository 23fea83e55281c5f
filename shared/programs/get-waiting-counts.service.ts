import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { getWaitingCounts, type WaitingCounts } from './waiting-counts.store.ts';

/**
 * What waits for the team (the managers' tab counts): applications to decide and posts to
 * review, from the counts item the stream keeps, so it costs one read however long the queues.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getProgramWaitingCounts(user: AuthUser, programId: string): Promise<WaitingCounts> {
  assertManager(await loadProgramAccess(user, programId));
  return getWaitingCounts(programId);
}
