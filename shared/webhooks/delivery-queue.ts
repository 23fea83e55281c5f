import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { env } from '../platform/env.ts';
import type { DeliveryRef } from './webhook-delivery.store.ts';

let client: SQSClient | undefined;

/**
 * Puts deliveries on the sender's queue (AWS only), ten to a call. The message is only the
 * delivery's key: the consumer reads the delivery, so a stale or repeated message is harmless.
 * @throws Error when SQS refuses some: the stream or sweep retries them.
 */
export async function enqueueDeliveries(queueUrl: string, refs: readonly DeliveryRef[]): Promise<void> {
  // With no endpoint the SDK sends to the queue URL's host, which a stand-in cannot be.
  client ??= new SQSClient({
    region: env.AWS_REGION,
    ...(env.SQS_ENDPOINT ? { endpoint: env.SQS_ENDPOINT } : {}),
  });
  for (let start = 0; start < refs.length; start += 10) {
    const batch = refs.slice(start, start + 10);
    const { Failed = [] } = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((ref, index) => ({ Id: String(index), MessageBody: JSON.stringify(ref) })),
      }),
    );
    if (Failed.length > 0) throw new Error(`SQS refused ${Failed.length} webhook deliveries`);
  }
}

/** A queue message's delivery, or undefined for a body that is none. */
export function deliveryOfMessage(body: string): DeliveryRef | undefined {
  try {
    const parsed = JSON.parse(body) as Partial<DeliveryRef>;
    return typeof parsed.programId === 'string' &&
      typeof parsed.endpointId === 'string' &&
      typeof parsed.eventId === 'string'
      ? { programId: parsed.programId, endpointId: parsed.endpointId, eventId: parsed.eventId }
      : undefined;
  } catch {
    return undefined;
  }
}
