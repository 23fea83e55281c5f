import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db } from '../db/client.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import { AppError } from '../errors.ts';
import { pauseBeforeRetry } from '../request-deadline.ts';
import { type PointsAward, planPointsAward } from './plan-points-award.ts';

const TOO_MANY = 'Too many awards at once for this ambassador; try again';

/**
 * Awards points on their own (a sale, a recruit), once per source: the ledger entry is keyed by
 * the source, so a repeat writes nothing. @returns false when the source was already awarded.
 */
export async function awardPointsOnce(award: PointsAward): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const plan = await planPointsAward(award);
    try {
      await db.send(new TransactWriteCommand({ TransactItems: plan.items }));
      return true;
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.includes(0)) return false;
      if (
        failed.some((i) => plan.retryable.includes(i)) ||
        cancellationReasons(error).includes('TransactionConflict')
      ) {
        await pauseBeforeRetry(attempt, 30, TOO_MANY);
        continue;
      }
      throw error;
    }
  }
  throw new AppError('unavailable', TOO_MANY);
}
