import type { Click } from '#shared/referrals/click.store.ts';
import { countClick } from '#shared/referrals/count-click.ts';
import { createStreamHandler } from './streams/stream-handler.ts';

/**
 * Counts clicks from the table's stream, off the redirect's hot path: one counted click per
 * visitor per link per hour, into sharded day counters.
 */
export const handler = createStreamHandler('clicks', async (change) => {
  if (change.eventName !== 'INSERT' || change.newImage?.entity !== 'click') return;
  await countClick(change.newImage as unknown as Click);
});
