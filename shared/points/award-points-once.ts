import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { awardRaced, type PointsAward, planPointsAward } from './plan-points-award.ts';

/**
 * Awards points on their own (a sale, a recruit), once per source: the ledger entry is keyed by
 * the source, so a repeat writes nothing. @returns false when the source was already awarded.
 */
export async function awardPointsOnce(award: PointsAward): Promise<boolean> {
  return retryOptimistic('Too many awards at once for this ambassador; try again', async () => {
    const plan = await planPointsAward(award);
    const written = await transact(plan.items);
    if (written.ok) return true;
    if (written.failed.has('ledgerEntry')) return false;
    if (awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}
