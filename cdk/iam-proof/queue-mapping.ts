import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { QueuedMessage } from './sqs-stand-in.ts';
import type { QueueSource } from './template-model.ts';

/**
 * Lambda's event source mapping for one SQS queue, on the SQS stand-in's messages: it receives
 * them in batches of the mapping's size, invokes the function with the event Lambda sends,
 * deletes what succeeded, and leaves a message named in `batchItemFailures` (every message of
 * the batch when the invocation failed) for another receive, until the queue's redrive policy
 * parks it. In AWS Lambda's service receives and deletes with the function's role; here nothing
 * is signed or recorded for it.
 */
export type QueueMapping = {
  /** Delivers every message the queue holds now; resolves with how many were received. */
  deliverWaiting: () => Promise<number>;
  /** Messages the queue holds, waiting for the next receive. */
  waiting: () => number;
  /** Messages received as often as the redrive policy allows and then parked. */
  parked: () => number;
  /** Messages received and deleted after their function handled them. */
  delivered: () => number;
};

export function startQueueMapping(options: {
  /** The stand-in's messages for the queue (taken from it as they are received). */
  messages: QueuedMessage[];
  queueArn: string;
  source: QueueSource;
  region: string;
  /** Who sent the messages, as SQS writes it in `SenderId`. */
  senderId: string;
  invoke: (event: SQSEvent) => Promise<unknown>;
}): QueueMapping {
  const receives = new Map<string, { count: number; first: number }>();
  let parked = 0;
  let delivered = 0;

  const toRecord = (message: QueuedMessage): SQSEvent['Records'][number] => {
    const seen = receives.get(message.messageId) ?? { count: 0, first: Date.now() };
    seen.count++;
    receives.set(message.messageId, seen);
    return {
      messageId: message.messageId,
      receiptHandle: randomUUID(),
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(seen.count),
        SentTimestamp: String(message.sentTimestamp),
        SenderId: options.senderId,
        ApproximateFirstReceiveTimestamp: String(seen.first),
      },
      messageAttributes: {},
      md5OfBody: message.md5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: options.queueArn,
      awsRegion: options.region,
    };
  };

  /** The message ids the function failed: those it names, or the whole batch when it threw. */
  const failedIn = async (batch: QueuedMessage[]): Promise<Set<string>> => {
    const all = new Set(batch.map((message) => message.messageId));
    try {
      const result = (await options.invoke({ Records: batch.map(toRecord) })) as SQSBatchResponse | null;
      if (!options.source.reportBatchItemFailures) return new Set();
      const named = (result?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
      // Lambda fails the whole batch when a named identifier is none of the batch's.
      return named.every((id) => all.has(id)) ? new Set(named) : all;
    } catch {
      return all;
    }
  };

  return {
    waiting: () => options.messages.length,
    parked: () => parked,
    delivered: () => delivered,
    deliverWaiting: async () => {
      const waiting = options.messages.splice(0);
      for (let start = 0; start < waiting.length; start += options.source.batchSize) {
        const batch = waiting.slice(start, start + options.source.batchSize);
        const failed = await failedIn(batch);
        for (const message of batch) {
          const count = receives.get(message.messageId)?.count ?? 0;
          if (!failed.has(message.messageId)) {
            delivered++;
            receives.delete(message.messageId);
          } else if (
            options.source.maxReceiveCount !== undefined &&
            count >= options.source.maxReceiveCount
          ) {
            parked++;
            receives.delete(message.messageId);
            console.error(
              `[queue] ${options.queueArn}: parked message ${message.messageId} after ${count} receives`,
            );
          } else options.messages.push(message);
        }
      }
      return waiting.length;
    },
  };
}
