import { randomUUID } from 'node:crypto';
import type { S3Event } from 'aws-lambda';
import { FUNCTIONS, type FunctionDefinition, type FunctionName } from '../shared/platform/routes.ts';
import { localFunctionName } from './gateway.ts';

/** A function fed the media bucket's ObjectCreated events for keys under `prefix`. */
export type ObjectCreatedConsumer = {
  name: string;
  prefix: string;
  handler: (event: S3Event, context: never) => Promise<unknown>;
};

/** Attempts per event, as Lambda's asynchronous invocation makes them (the first and two retries). */
const ATTEMPTS = 3;

/** The functions FUNCTIONS feeds from the media bucket (`objectCreated`), with their prefixes. */
export function objectCreatedConsumers(
  handlers: Partial<Record<FunctionName, ObjectCreatedConsumer['handler']>>,
): ObjectCreatedConsumer[] {
  return (Object.keys(FUNCTIONS) as FunctionName[]).flatMap((name) => {
    const definition: FunctionDefinition = FUNCTIONS[name];
    const handler = handlers[name];
    return definition.objectCreated && handler ? [{ name, prefix: definition.objectCreated, handler }] : [];
  });
}

/**
 * Hands each S3 event (s3rver's, which have S3's own shape) to the consumers whose prefix its
 * keys fall under, as the bucket notification does in AWS: after the upload has been answered,
 * asynchronously, with up to two retries; what still fails is reported to `onError`.
 * `settled()` resolves once every event handed over so far has been handled.
 */
export function deliverObjectCreated(
  consumers: ObjectCreatedConsumer[],
  onError: (name: string, error: unknown) => void = (name, error) =>
    console.error(`[${name}]`, error instanceof Error ? error.message : error),
) {
  const pending = new Set<Promise<void>>();
  const deliver = async (consumer: ObjectCreatedConsumer, event: S3Event) => {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const context = { functionName: localFunctionName(consumer.name), awsRequestId: randomUUID() };
        await consumer.handler(event, context as never);
        return;
      } catch (error) {
        if (attempt === ATTEMPTS) onError(consumer.name, error);
      }
    }
  };
  return {
    onEvent(event: S3Event): void {
      for (const consumer of consumers) {
        const records = event.Records.filter(
          (record) =>
            record.eventName.startsWith('ObjectCreated:') && record.s3.object.key.startsWith(consumer.prefix),
        );
        if (records.length === 0) continue;
        const delivery = deliver(consumer, { Records: records }).finally(() => pending.delete(delivery));
        pending.add(delivery);
      }
    },
    settled: async (): Promise<void> => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/**
 * An ObjectCreated:Put event for one key, as S3 sends a bucket notification (the key URL-encoded):
 * for harnesses that run a function's bundle apart from s3rver (cdk/iam-proof).
 */
export function objectCreatedEvent(bucket: string, key: string, size: number): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'local',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'local' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': randomUUID(), 'x-amz-id-2': randomUUID() },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'objectCreated',
          bucket: { name: bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${bucket}` },
          object: {
            key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size,
            eTag: '',
            sequencer: Date.now().toString(16).toUpperCase(),
          },
        },
      },
    ],
  };
}
