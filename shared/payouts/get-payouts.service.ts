import type { Page } from '../common.schema.ts';
import { isAppError } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import type { ListPayoutsQuery, Payout, PayoutDetail } from './payout.schema.ts';
import { listPayoutPage } from './payout.store.ts';
import { detailOf, settledPayout } from './settle-payout.ts';

/**
 * The program's payouts, newest first, a page at a time (owner or brand). One that a request
 * left building or confirming past its lease is finished first, as a read of it would.
 * @throws AppError `forbidden`, `bad_request` (cursor).
 */
export async function listPayouts(
  user: AuthUser,
  programId: string,
  query: ListPayoutsQuery,
): Promise<Page<Payout>> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  const page = await listPayoutPage(programId, query);
  const now = new Date().toISOString();
  const unsettled = (payout: Payout) =>
    (payout.status === 'building' || payout.status === 'confirming') && payout.leaseUntil < now;
  if (!page.items.some(unsettled)) return page;
  const items = await Promise.all(
    page.items.map((payout) =>
      unsettled(payout)
        ? // A payout that claimed nothing is deleted when it is finished: it leaves the page.
          settledPayout(access.program, payout.payoutId).catch((error: unknown) => {
            if (isAppError(error) && error.code === 'not_found') return undefined;
            throw error;
          })
        : payout,
    ),
  );
  return { ...page, items: items.filter((payout): payout is Payout => payout !== undefined) };
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
