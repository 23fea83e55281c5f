import type { ApiError } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import { formatCount } from '../../../ui/format.ts';

/**
 * One attempt to redeem: the Idempotency-Key it went with and what it sent. A retry of the same
 * submission after an answer that never came keeps the key, so the API hands back the first
 * redemption instead of debiting twice.
 */
export type Attempt = { key: string; submission: string };

/** What a redemption sends, as one comparable string: the reward and the body. */
export const submissionOf = (rewardId: string, body: object): string => JSON.stringify([rewardId, body]);

/**
 * Whether an error leaves it unknown if the redemption went through: the network failed (status
 * 0) or the server failed (5xx). A 4xx is a definite no, and the next try is a new attempt.
 */
export const outcomeUnknown = (error: ApiError): boolean => error.status === 0 || error.status >= 500;

/**
 * The key for this submission: the previous attempt's when it was the same submission and its
 * outcome is unknown, else a new one.
 */
export function keyFor(
  previous: (Attempt & { unknown: boolean }) | undefined,
  submission: string,
  newKey: () => string,
): string {
  return previous?.unknown && previous.submission === submission ? previous.key : newKey();
}

type Refusal = { reason?: string; balance?: number; pointsToGo?: number };

/**
 * A 409's `details.reason` in words the ambassador can act on; the API's own message for a
 * window or a tier, which names the date or the tier.
 */
export function refusalMessage(error: ApiError, costPoints: number): string {
  if (error.status !== 409) return error.message;
  const details = (error.details ?? {}) as Refusal;
  switch (details.reason) {
    case 'not_enough_points': {
      const balance = details.balance ?? 0;
      const toGo = details.pointsToGo ?? costPoints - balance;
      return t('sentences.redeem.notEnough', {
        cost: formatCount(costPoints),
        balance: formatCount(balance),
        toGo: formatCount(toGo),
      });
    }
    case 'out_of_stock':
      return t('sentences.redeem.outOfStock');
    case 'limit_reached':
      return t('sentences.redeem.limit');
    case 'tier':
      return t('sentences.redeem.tier', { reason: error.message });
    case 'not_yet':
      return t('sentences.redeem.notYet', { reason: error.message });
    case 'ended':
      return t('sentences.redeem.ended', { reason: error.message });
    case 'inactive':
      return t('sentences.redeem.inactive');
    default:
      return error.message;
  }
}

/** A fresh Idempotency-Key; crypto.randomUUID is in every browser the dashboard supports. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
