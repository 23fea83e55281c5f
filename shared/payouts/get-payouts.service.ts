import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import type { ListPayoutsQuery, Payout, PayoutDetail } from './payout.schema.ts';
import { listPayoutPage } from './payout.store.ts';
import { detailOf, settledPayout } from './settle-payout.ts';

const SALES_ROLES = ['owner', 'brand'] as const;

/** The program's payouts, newest first, a page at a time (owner or brand). @throws AppError `forbidden`, `bad_request` (cursor). */
export async function listPayouts(
  user: AuthUser,
  programId: string,
  query: ListPayoutsQuery,
): Promise<Page<Payout>> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  return listPayoutPage(programId, query);
}

/**
 * One payout with its items (owner or brand), finished first if the request that made or
 * confirmed it stopped midway. @throws AppError `forbidden`, `not_found`.
 */
export async function getPayout(user: AuthUser, programId: string, payoutId: string): Promise<PayoutDetail> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  return detailOf(await settledPayout(access.program, payoutId));
}
