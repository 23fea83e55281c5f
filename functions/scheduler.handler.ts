import middy from '@middy/core';
import { advanceChallenges } from '#shared/challenges/advance-challenges.service.ts';

/**
 * The scheduler: EventBridge Scheduler invokes it every few minutes in AWS; locally the
 * runtime calls it on a timer. It opens and closes challenges by the clock.
 */
export const handler = middy(async (event: { time?: string } = {}) => {
  const now = event.time ? new Date(event.time) : new Date();
  return advanceChallenges(Number.isNaN(now.getTime()) ? new Date() : now);
});
