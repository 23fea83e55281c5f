import { RateLimitedError } from '../../errors.ts';

/** A fixed UTC window: the clock hour or the calendar day. */
export type RateWindow = 'hour' | 'day';
export type RateRule = { readonly window: RateWindow; readonly max: number };

/**
 * How often one member may do an action in one program, on top of each feature's own rules
 * (a challenge's submissions per ambassador, one kudos per post). Set far above what a real
 * ambassador does, so only a script or a stolen token meets them:
 * - submissions: 10 an hour, 30 a day. A keen ambassador posts for a few challenges a month;
 *   the challenge cap (at most 20 per challenge) does not stop a script spreading spam over
 *   many open challenges and flooding the review queue.
 * - kudos: 100 a day. Each kudos notifies (and may email) the post's author.
 * - tracked links: 30 a day. Each is a stored item and a new redirect target.
 * Windows are fixed (the UTC hour or day), not rolling: at a window's edge a sender can do up to
 * twice the hourly number in a short time, which is still far from a flood.
 */
export const RATE_LIMITS = {
  submission: [
    { window: 'hour', max: 10 },
    { window: 'day', max: 30 },
  ],
  kudos: [{ window: 'day', max: 100 }],
  trackedLink: [{ window: 'day', max: 30 }],
} as const satisfies Record<string, readonly RateRule[]>;
export type RateLimitedAction = keyof typeof RATE_LIMITS;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The window `now` falls in: its id (part of the counter's key) and when it ends (epoch ms). */
export function windowAt(window: RateWindow, now: Date): { id: string; endsAt: number } {
  const iso = now.toISOString();
  if (window === 'hour') {
    const start = Date.parse(`${iso.slice(0, 13)}:00:00.000Z`);
    return { id: `H${iso.slice(0, 13)}`, endsAt: start + HOUR_MS };
  }
  const start = Date.parse(`${iso.slice(0, 10)}T00:00:00.000Z`);
  return { id: `D${iso.slice(0, 10)}`, endsAt: start + DAY_MS };
}

const WHAT: Record<RateLimitedAction, string> = {
  submission: 'submissions',
  kudos: 'kudos',
  trackedLink: 'new tracked links',
};

/**
 * The error for the rules that were exceeded: the one that frees up last decides when to retry.
 */
export function rateLimitedError(
  action: RateLimitedAction,
  exceeded: RateRule[],
  now: Date,
): RateLimitedError {
  const [rule, endsAt] = exceeded
    .map((r) => [r, windowAt(r.window, now).endsAt] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  const per = rule.window === 'hour' ? 'an hour' : 'a day';
  return new RateLimitedError(
    `You have reached the limit of ${rule.max} ${WHAT[action]} ${per} in this program; try again later`,
    (endsAt - now.getTime()) / 1000,
    { action, limit: rule.max, window: rule.window },
  );
}
