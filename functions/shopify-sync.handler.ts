import type { DynamoDBStreamEvent } from 'aws-lambda';
import { log } from '#shared/platform/log.ts';
import { type LambdaContextLike, withInvocation } from '#shared/platform/request-context.ts';
import {
  queueExistingCodes,
  recordCodeChange,
  sweepShopifyCodes,
  syncShopifyCode,
} from '#shared/shopify/sync-shopify-codes.service.ts';
import { createStreamHandler, type StreamChange } from './streams/stream-handler.ts';

/**
 * From the table's stream: a referral code made (approval, or a new code replacing an old one),
 * switched off or on (suspension, reinstatement, which change the code in the membership's
 * transaction), or given a `retiresAt`, is recorded as work for the shop and done at once; a
 * Shopify connection that gains an Admin API token queues the codes made before it.
 */
const fromStream = createStreamHandler('shopifySync', async (change: StreamChange) => {
  const image = change.newImage;
  if (image?.entity === 'referralCode') {
    const work = await recordCodeChange(image);
    if (work) await syncShopifyCode(work.programId, work.code);
    return;
  }
  if (image?.entity === 'integration' && typeof image.sealedAdminToken === 'string') {
    if (typeof change.oldImage?.sealedAdminToken === 'string') return;
    const queued = await queueExistingCodes(String(image.programId));
    log.info('shopify codes queued for a new admin token', { programId: image.programId, queued });
  }
});

/** On the clock (EventBridge Scheduler in AWS, the local timer): retries and queued codes that are due. */
const onSchedule = withInvocation(async (event: { time?: string }) => {
  // The later of the run's scheduled time and the clock: a retry asked for since is due too.
  const scheduled = event.time ? Date.parse(event.time) : Number.NaN;
  return sweepShopifyCodes(new Date(Number.isNaN(scheduled) ? Date.now() : Math.max(scheduled, Date.now())));
});

type SyncEvent = { Records?: Array<{ eventSource?: string }>; time?: string };

/** The Shopify sync: fed by the table's stream and by the clock; it alone calls the shop's Admin API. */
export const handler = (event: SyncEvent, context?: LambdaContextLike) => {
  if (event.Records?.[0]?.eventSource === 'aws:dynamodb')
    return fromStream(event as DynamoDBStreamEvent, context);
  return onSchedule(event, context);
};
