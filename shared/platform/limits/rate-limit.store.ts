import { tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import type { TransactItem, TransactOutcome } from '../db/transact.ts';
import {
  RATE_LIMITS,
  type RateLimitedAction,
  type RateRule,
  rateLimitedError,
  windowAt,
} from './rate-limits.ts';

/** Counters outlive their window by an hour, then expire. */
const GRACE_S = 3600;

/**
 * The counter updates that take one `action` of a member from its allowances, to go in the
 * same transaction as the action: each adds one only while below its maximum, so parallel
 * requests cannot pass the limit, and an action that fails for another reason uses up nothing.
 * Send `items` under the name `rateLimits` in the transaction (shared/platform/db/transact.ts); if it is
 * cancelled, pass the outcome to `refused`.
 */
export function rateCounters(programId: string, userId: string, action: RateLimitedAction, now: Date) {
  const rules: readonly RateRule[] = RATE_LIMITS[action];
  const items: TransactItem[] = rules.map((rule) => {
    const window = windowAt(rule.window, now);
    return {
      Update: {
        TableName: tableName,
        Key: keys.rateCounter(programId, userId, action, window.id),
        UpdateExpression: 'SET entity = :entity, expiresAt = :expiresAt ADD #n :one',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: {
          ':entity': ENTITY.rateCounter,
          ':expiresAt': Math.floor(window.endsAt / 1000) + GRACE_S,
          ':one': 1,
          ':max': rule.max,
        },
      },
    };
  });
  return {
    items,
    /** The error to throw when any counter failed its condition; undefined when none did. */
    refused(outcome: TransactOutcome<string>) {
      const failed = outcome.ok ? [] : (outcome.failed.get('rateLimits') ?? []);
      const exceeded = rules.filter((_, i) => failed.includes(i));
      return exceeded.length > 0 ? rateLimitedError(action, exceeded, now) : undefined;
    },
  };
}
