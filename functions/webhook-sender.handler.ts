import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { log } from '#shared/platform/log.ts';
import { type LambdaContextLike, withInvocation } from '#shared/platform/request-context.ts';
import {
  attemptDelivery,
  deliveriesDue,
  dispatchDeliveries,
  fanOutEvents,
  sweepDueDeliveries,
} from '#shared/webhooks/deliver-webhooks.service.ts';
import { deliveryOfMessage } from '#shared/webhooks/delivery-queue.ts';
import { createRunStreamHandler } from './streams/stream-handler.ts';

/**
 * From the table's stream: changes that are webhook events become deliveries (one per
 * subscribed endpoint), and deliveries that became due (new, replayed) are sent on their way.
 * Runs of up to 40 records; both steps are idempotent, so a retried run sends nothing twice.
 */
const fromStream = createRunStreamHandler(
  'webhookSender',
  () => 'run',
  async (changes) => {
    await fanOutEvents(changes);
    await dispatchDeliveries(deliveriesDue(changes), new Date());
  },
);

/** From the queue (AWS): one attempt per message; a message whose attempt threw is retried by SQS. */
const fromQueue = withInvocation(async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const ref = deliveryOfMessage(record.body);
    if (!ref) {
      log.warn('webhook queue message is no delivery; dropped', { messageId: record.messageId });
      continue;
    }
    try {
      await attemptDelivery(ref, new Date());
    } catch (error) {
      log.error('webhook attempt failed', { ...ref, error: String(error) });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
});

/** On the clock (EventBridge Scheduler in AWS, the local timer): the retries that are due. */
const onSchedule = withInvocation(async (event: { time?: string }) => {
  const parsed = event.time ? new Date(event.time) : new Date();
  return sweepDueDeliveries(Number.isNaN(parsed.getTime()) ? new Date() : parsed);
});

type SenderEvent = { Records?: Array<{ eventSource?: string }>; time?: string };

/**
 * The webhook sender: fed by the table's stream, its queue in AWS, and the clock. In AWS the
 * stream and the sweep only put attempts on the queue; locally, with no queue, they make them.
 */
export const handler = (event: SenderEvent, context?: LambdaContextLike) => {
  const source = event.Records?.[0]?.eventSource;
  if (source === 'aws:dynamodb') return fromStream(event as Parameters<typeof fromStream>[0], context);
  if (source === 'aws:sqs') return fromQueue(event as SQSEvent, context);
  return onSchedule(event, context);
};
