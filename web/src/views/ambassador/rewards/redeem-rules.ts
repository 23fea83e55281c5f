import type { ApiError } from '../../../api/client.ts';

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
      const toGo = details.pointsToGo ?? costPoints - (details.balance ?? 0);
      return `Not enough points yet: it costs ${costPoints.toLocaleString()} and you have ${(details.balance ?? 0).toLocaleString()}, so ${toGo.toLocaleString()} to go. Nothing was spent.`;
    }
    case 'out_of_stock':
      return 'Sorry, the last one has just gone. Nothing was spent; the catalogue shows what is left.';
    case 'limit_reached':
      return 'You already hold as many of this reward as one ambassador may. A rejected or cancelled one does not count.';
    case 'tier':
      return `${error.message}. Your tier rises with lifetime points; spending never lowers it.`;
    case 'not_yet':
      return `${error.message}. Come back then.`;
    case 'ended':
      return `${error.message}.`;
    case 'inactive':
      return 'This reward is not offered at the moment.';
    default:
      return error.message;
  }
}

/** A fresh Idempotency-Key; crypto.randomUUID is in every browser the dashboard supports. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
