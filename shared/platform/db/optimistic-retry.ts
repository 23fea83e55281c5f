import { AppError } from '../../errors.ts';
import { timeLeftMs } from '../request-context.ts';

/** What an attempt returns when what it read changed before it wrote: read again, try again. */
export const TRY_AGAIN: unique symbol = Symbol('try again');

/** Attempts before giving up with 503: enough for tens of writers on one record at once. */
export const MAX_ATTEMPTS = 10;

/**
 * What a retry must leave of the request's time: one more attempt (a few reads and a
 * transaction) with room to spare. Tens of milliseconds in AWS; seconds on DynamoDB Local
 * under load, which is what it is sized for.
 */
export const RETRY_RESERVE_MS = 4000;

/** The longest pause before one retry; the pauses double up to it from {@link FIRST_PAUSE_MS}. */
const MAX_PAUSE_MS = 500;
const FIRST_PAUSE_MS = 25;

/**
 * The one optimistic-retry loop: read, plan, write under conditions; when the write reports that
 * the record moved (`TRY_AGAIN`), wait a random moment (full jitter, doubling) and run the
 * attempt again. It stops with `unavailable` (503, the client sends it again; nothing was written)
 * after {@link MAX_ATTEMPTS}, or sooner when the request is running out of time: a Lambda
 * timeout would answer API Gateway's bare 500 instead.
 * @param busy the 503's message, in the words of the record that keeps changing.
 */
export async function retryOptimistic<T>(
  busy: string,
  attempt: (attemptNumber: number) => Promise<T | typeof TRY_AGAIN>,
): Promise<T> {
  for (let n = 0; n < MAX_ATTEMPTS; n++) {
    if (n > 0) {
      if (timeLeftMs() < RETRY_RESERVE_MS) break;
      const ceiling = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (n - 1));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
    const result = await attempt(n);
    if (result !== TRY_AGAIN) return result;
  }
  throw new AppError('unavailable', busy);
}
