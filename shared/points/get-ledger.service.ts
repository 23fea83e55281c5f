import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import type { LedgerEntry } from './points.schema.ts';
import { findStats, listLedger } from './stats.store.ts';

/**
 * An ambassador's points ledger with the balance and lifetime total derived from it
 * (the ambassador themself, or a manager).
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getLedger(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
): Promise<{ balance: number; lifetime: number; entries: LedgerEntry[] }> {
  const access = await loadProgramAccess(user, programId);
  if (ambassadorId !== user.id) assertManager(access);
  const [entries, stats] = await Promise.all([
    listLedger(programId, ambassadorId),
    findStats(programId, ambassadorId, 'all'),
  ]);
  return { balance: stats?.points ?? 0, lifetime: stats?.lifetimePoints ?? 0, entries };
}
