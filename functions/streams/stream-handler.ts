import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { log } from '#shared/log.ts';

export type StreamChange = {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  newImage: Record<string, unknown> | undefined;
  oldImage: Record<string, unknown> | undefined;
  sequenceNumber: string;
  /** Unique per stream record and the same on every redelivery: what idempotency keys on. */
  eventId: string;
};

type StreamImage = NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];

/** The Lambda event types and the SDK describe the same wire format with different TypeScript types. */
const image = (raw: StreamImage | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

/**
 * A DynamoDB Streams handler: unmarshalls each record and handles them in order. At the first
 * record that throws, it stops and reports that record and every later one as failed: Lambda
 * resumes from the lowest failed sequence number, so nothing already handled runs twice (no
 * email sent twice). After the event source's retries a poison record is parked (AWS: the
 * on-failure queue; locally: the parked file) and the rest go on.
 */
export function createStreamHandler(name: string, handleChange: (change: StreamChange) => Promise<void>) {
  return createRunStreamHandler(
    name,
    () => undefined,
    async ([change]) => {
      if (change) await handleChange(change);
    },
  );
}

/**
 * The same, handling runs of consecutive records that share a `runKey` (up to `maxRun`) in one
 * call, so an aggregator can write once per run instead of once per record. A run that throws
 * is reported failed with every later record; its handler must be idempotent per record.
 */
export function createRunStreamHandler(
  name: string,
  runKey: (change: StreamChange) => string | undefined,
  handleRun: (changes: StreamChange[]) => Promise<void>,
  maxRun = 40,
) {
  return middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const changes: StreamChange[] = event.Records.map((record) => ({
      eventName: record.eventName ?? 'MODIFY',
      newImage: image(record.dynamodb?.NewImage),
      oldImage: image(record.dynamodb?.OldImage),
      sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
      eventId: record.eventID ?? record.dynamodb?.SequenceNumber ?? '',
    }));
    let start = 0;
    while (start < changes.length) {
      const key = runKey(changes[start] as StreamChange);
      let end = start + 1;
      while (
        key !== undefined &&
        end < changes.length &&
        end - start < maxRun &&
        runKey(changes[end] as StreamChange) === key
      )
        end++;
      const failure = await firstFailure(changes.slice(start, end), handleRun);
      if (failure) {
        const failedAt = start + failure.index;
        log.error(`${name}: record failed`, {
          sequenceNumber: changes[failedAt]?.sequenceNumber,
          error: String(failure.error),
        });
        return {
          batchItemFailures: changes
            .slice(failedAt)
            .map((change) => ({ itemIdentifier: change.sequenceNumber })),
        };
      }
      start = end;
    }
    return { batchItemFailures: [] };
  });
}

/**
 * Handles a run; if it fails, handles its records one at a time (the handler is idempotent per
 * record) to find the one that fails. Reported from the run's start, a poison record would take
 * the good records before it in its run to the parking lot with it.
 * @returns the position of the record that failed and its error, or undefined when all went through.
 */
async function firstFailure(
  run: StreamChange[],
  handleRun: (changes: StreamChange[]) => Promise<void>,
): Promise<{ index: number; error: unknown } | undefined> {
  try {
    await handleRun(run);
    return undefined;
  } catch (error) {
    if (run.length === 1) return { index: 0, error };
  }
  for (const [index, change] of run.entries()) {
    try {
      await handleRun([change]);
    } catch (error) {
      return { index, error };
    }
  }
  return undefined;
}
