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
  return middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const [index, record] of event.Records.entries()) {
      const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
      try {
        await handleChange({
          eventName: record.eventName ?? 'MODIFY',
          newImage: image(record.dynamodb?.NewImage),
          oldImage: image(record.dynamodb?.OldImage),
          sequenceNumber,
        });
      } catch (error) {
        log.error(`${name}: record failed`, { sequenceNumber, error: String(error) });
        return {
          batchItemFailures: event.Records.slice(index).map((r) => ({
            itemIdentifier: r.dynamodb?.SequenceNumber ?? '',
          })),
        };
      }
    }
    return { batchItemFailures: [] };
  });
}
