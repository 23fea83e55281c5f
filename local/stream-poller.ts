import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { localFunctionName } from './gateway.ts';
import { localDynamo } from './provision.ts';

export type StreamConsumer = {
  name: string;
  handler: (event: DynamoDBStreamEvent, context: never) => Promise<DynamoDBBatchResponse | undefined>;
  entities: string[];
  events: string[];
};

export type StreamPoller = {
  stop: () => Promise<void>;
  /** Resolves once every record written before the call has been handed to its consumers. */
  drain: () => Promise<void>;
  /** Records that failed every retry and were parked, by consumer. */
  parked: Map<string, number>;
};

const RETRIES = 3;

/**
 * Feeds the table's stream from DynamoDB Local to the same handlers Lambda's event source
 * mappings feed in AWS: the same record shape, the same entity and event filters, partial
 * batch failures retried, and a record that fails every retry parked (appended to `parkedFile`)
 * and counted, never retried forever.
 */
export async function startStreamPoller(options: {
  endpoint: string;
  tableName: string;
  consumers: StreamConsumer[];
  parkedFile?: string;
  intervalMs?: number;
}): Promise<StreamPoller> {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: 'local', credentials });
  const table = await localDynamo(options.endpoint).send(
    new DescribeTableCommand({ TableName: options.tableName }),
  );
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);

  const iterators = new Map<string, string | undefined>();
  const parked = new Map<string, number>();
  let stopped = false;
  let cycle = 0;
  const cycleWaiters: Array<{ after: number; resolve: () => void }> = [];

  const discoverShards = async (initial: boolean) => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const open = shard.SequenceNumberRange?.EndingSequenceNumber === undefined;
      if (initial && !open) {
        iterators.set(shard.ShardId, undefined); // history from before we started: not ours to replay
        continue;
      }
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: initial ? 'LATEST' : 'TRIM_HORIZON',
        }),
      );
      iterators.set(shard.ShardId, ShardIterator);
    }
  };

  /** Failed sequence numbers of one invocation (all of them when the handler throws). */
  const invoke = async (consumer: StreamConsumer, records: DynamoDBRecord[]): Promise<Set<string>> => {
    try {
      // The parts of Lambda's context the handler reads for its log lines (no deadline: locally none is kept).
      const context = { functionName: localFunctionName(consumer.name), awsRequestId: randomUUID() };
      const result = await consumer.handler({ Records: records }, context as never);
      return new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch {
      return new Set(records.map((r) => r.dynamodb?.SequenceNumber ?? ''));
    }
  };

  /** As Lambda does: resume from the lowest failed record; after the retries park it and go on. */
  const deliver = async (consumer: StreamConsumer, records: DynamoDBRecord[]) => {
    let pending = records;
    while (pending.length > 0) {
      for (let attempt = 0; attempt <= RETRIES && pending.length > 0; attempt++) {
        const failed = await invoke(consumer, pending);
        const first = pending.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
        pending = first === -1 ? [] : pending.slice(first);
      }
      const [poison, ...rest] = pending;
      if (!poison) return;
      parked.set(consumer.name, (parked.get(consumer.name) ?? 0) + 1);
      if (options.parkedFile)
        appendFileSync(
          options.parkedFile,
          `${JSON.stringify({ consumer: consumer.name, record: poison })}\n`,
        );
      console.error(
        `[stream] ${consumer.name}: parked record ${poison.dynamodb?.SequenceNumber} after ${RETRIES} retries`,
      );
      pending = rest;
    }
  };

  const matches = (consumer: StreamConsumer, record: DynamoDBRecord) => {
    const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
    return (
      consumer.events.includes(record.eventName ?? '') && consumer.entities.includes(image?.entity?.S ?? '')
    );
  };

  const poll = async () => {
    if (cycle % 20 === 0) await discoverShards(cycle === 0);
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      iterators.set(shardId, page.NextShardIterator);
      const records = (page.Records ?? []).map((r) => toLambdaRecord(r, streamArn));
      for (const consumer of options.consumers) {
        const mine = records.filter((r) => matches(consumer, r));
        if (mine.length > 0) await deliver(consumer, mine);
      }
    }
    cycle++;
    for (const waiter of cycleWaiters.splice(0)) {
      if (cycle > waiter.after) waiter.resolve();
      else cycleWaiters.push(waiter);
    }
  };

  await poll();
  const loop = (async () => {
    while (!stopped) {
      try {
        await poll();
      } catch (error) {
        if (!stopped) console.error('[stream] poll failed:', error instanceof Error ? error.message : error);
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
    }
  })();

  return {
    parked,
    stop: async () => {
      stopped = true;
      await loop;
    },
    // Two full cycles after the call: the first may have started before the write.
    drain: () => new Promise<void>((resolve) => cycleWaiters.push({ after: cycle + 1, resolve })),
  };
}

/** The record as Lambda's event source mapping delivers it (the same wire format for images). */
function toLambdaRecord(record: _Record, eventSourceARN: string): DynamoDBRecord {
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: 'local',
    eventSourceARN,
    dynamodb: {
      ...(record.dynamodb?.Keys ? { Keys: record.dynamodb.Keys } : {}),
      ...(record.dynamodb?.NewImage ? { NewImage: repairEmptyMaps(record.dynamodb.NewImage) } : {}),
      ...(record.dynamodb?.OldImage ? { OldImage: repairEmptyMaps(record.dynamodb.OldImage) } : {}),
      SequenceNumber: record.dynamodb?.SequenceNumber,
      SizeBytes: record.dynamodb?.SizeBytes,
      StreamViewType: record.dynamodb?.StreamViewType,
      ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
        ? record.dynamodb.ApproximateCreationDateTime.getTime() / 1000
        : undefined,
    },
  } as DynamoDBRecord;
}

type Image = Record<string, unknown>;

/**
 * DynamoDB Local's stream writes every empty map (`{"M":{}}`) as `{}`, which no unmarshaller
 * reads (a record holding one failed every retry and was parked); DynamoDB's stream, which
 * Lambda delivers, does not. Puts the type back, at any depth.
 */
export function repairEmptyMaps(image: Image): Image {
  const value = (attribute: unknown): unknown => {
    if (typeof attribute !== 'object' || attribute === null) return attribute;
    const entries = Object.entries(attribute);
    if (entries.length === 0) return { M: {} };
    const [[type, inner] = ['', undefined]] = entries;
    if (type === 'M') return { M: repairEmptyMaps(inner as Image) };
    if (type === 'L') return { L: (inner as unknown[]).map(value) };
    return attribute;
  };
  return Object.fromEntries(Object.entries(image).map(([name, attribute]) => [name, value(attribute)]));
}
