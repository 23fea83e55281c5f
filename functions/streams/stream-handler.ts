import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { log } from '#shared/platform/log.ts';
import { METRICS } from '#shared/platform/metrics.ts';
import { withInvocation, withRequestContext } from '#shared/platform/request-context.ts';

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

/** The program a change's item belongs to, when it names one. */
const programOf = (change: StreamChange | undefined) => {
  const programId = change?.newImage?.programId ?? change?.oldImage?.programId;
  return typeof programId === 'string' ? programId : undefined;
};

/**
 * A DynamoDB Streams handler: unmarshalls each record and handles them in order. At the first
 * record that throws, it stops and reports that record and every later one as failed: Lambda
 * resumes from the lowest failed sequence number, so nothing already handled runs twice (no
 * email sent twice). After the event source's retries a poison record is parked (AWS: the
 * on-failure queue; locally: the parked file) and the rest go on. Each invocation runs in its
 * request context, narrowed to the program of the records in hand when they share one.
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
  const handleInProgram = (changes: StreamChange[]) => {
    const programs = new Set(changes.map(programOf));
    const programId = programs.size === 1 ? programOf(changes[0]) : undefined;
    return withRequestContext({ programId }, () => handleRun(changes));
  };
  return withInvocation(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
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
      const failure = await firstFailure(changes.slice(start, end), handleInProgram);
      if (failure) {
        const failedAt = start + failure.index;
        const record = {
          programId: programOf(changes[failedAt]),
          sequenceNumber: changes[failedAt]?.sequenceNumber,
        };
        log.error(`${name}: record failed`, { ...record, error: String(failure.error) });
        log.metric(METRICS.streamRecordsFailed, record);
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
