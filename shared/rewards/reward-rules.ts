import { tierRank } from '../challenges/challenge-rules.ts';
import { firstInstantAtOrAfter } from '../challenges/month-window.ts';
import type { Tier } from '../programs/program.schema.ts';
import type { LOCK_REASONS, Reward, RewardKind } from './reward.schema.ts';

export type RewardLock = {
  reason: (typeof LOCK_REASONS)[number];
  message: string;
  tier?: string;
  at?: string;
  limit?: number;
};

const DAY_MS = 86_400_000;

/**
 * The instant a window moment means. An instant with an offset is itself; a wall-clock time or
 * a day is read in the program's time zone, a day as its start (`from`) or its end (`until`).
 */
export function momentToInstant(moment: string, timeZone: string, edge: 'from' | 'until'): string {
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(moment)) return new Date(moment).toISOString();
  const isDay = moment.length === 10;
  const localMs =
    Date.parse(`${isDay ? `${moment}T00:00:00` : moment}Z`) + (isDay && edge === 'until' ? DAY_MS : 0);
  return new Date(firstInstantAtOrAfter(localMs, timeZone)).toISOString();
}

/** Products and perks wait for a manager unless told otherwise; codes go out at once. */
export function defaultRequiresApproval(kind: RewardKind): boolean {
  return kind !== 'code';
}

/**
 * Why an ambassador cannot redeem the reward now, points apart, or undefined when they can: it is
 * switched off, their tier is too low, its window has not opened or has closed, they hold as many
 * as one member may, or none is left.
 */
export function rewardLock(
  reward: Reward,
  ambassador: { tier: string | undefined; held: number },
  context: { tiers: readonly Tier[]; now: string; formatDate: (instant: string) => string },
): RewardLock | undefined {
  if (!reward.active) return { reason: 'inactive', message: 'This reward is not offered at the moment' };
  if (reward.minTier) {
    const needed = tierRank(context.tiers, reward.minTier);
    const mine = Math.max(0, tierRank(context.tiers, ambassador.tier));
    if (needed > mine) {
      const name = context.tiers[needed]?.name ?? reward.minTier;
      return {
        reason: 'tier',
        tier: reward.minTier,
        message: `Reach the ${name} tier to unlock this reward`,
      };
    }
  }
  if (reward.availableFrom && context.now < reward.availableFrom)
    return {
      reason: 'not_yet',
      at: reward.availableFrom,
      message: `Available from ${context.formatDate(reward.availableFrom)}`,
    };
  if (reward.availableUntil && context.now >= reward.availableUntil)
    return {
      reason: 'ended',
      at: reward.availableUntil,
      message: `No longer available: it ended ${context.formatDate(reward.availableUntil)}`,
    };
  if (reward.perMemberLimit !== undefined && ambassador.held >= reward.perMemberLimit)
    return {
      reason: 'limit_reached',
      limit: reward.perMemberLimit,
      message:
        reward.perMemberLimit === 1
          ? 'You have redeemed this reward already'
          : `You have redeemed this reward the most times allowed (${reward.perMemberLimit})`,
    };
  if (reward.stock !== undefined && reward.stock <= 0)
    return { reason: 'out_of_stock', message: 'Out of stock' };
  return undefined;
}

/** A code as the team sees it once uploaded: only its last characters. */
export function maskCode(code: string): string {
  const shown = code.length > 6 ? 3 : code.length > 3 ? 1 : 0;
  return `${'•'.repeat(Math.max(4, code.length - shown))}${shown ? code.slice(-shown) : ''}`;
}

/** A day and time in the program's zone, for messages. */
export function formatInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}
