/**
 * How long to wait after each failed attempt before the next: 1 min, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h. Eight attempts over about 28 hours, then the delivery is failed for good (and can
 * be replayed). Svix's schedule, which Standard Webhooks grew from, is much the same.
 */
export const RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;

/** Attempts per delivery (per replay): the first and one after each delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** An endpoint whose attempts failed this many times in a row is disabled, and its owner told. */
export const DISABLE_AFTER_FAILURES = 20;

/** How long an attempt may take before another worker may take it over (the send's timeout and more). */
export const ATTEMPT_LEASE_MS = 60_000;

/**
 * When the attempt after attempt number `attempt` (1-based, counted since the last replay) is
 * due, with ±20% jitter so a receiver that was down is not hit by every retry at once; undefined
 * when it was the last.
 */
export function nextAttemptAt(
  attempt: number,
  now: Date,
  random: () => number = Math.random,
): Date | undefined {
  const delay = RETRY_DELAYS_MS[attempt - 1];
  if (delay === undefined) return undefined;
  const jitter = 0.8 + 0.4 * random();
  return new Date(now.getTime() + Math.round(delay * jitter));
}
