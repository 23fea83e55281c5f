import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db, tableName } from '../shared/platform/db/client.ts';
import { dynamoEndpoint } from '../test/helpers.ts';
import { repairEmptyMaps, type StreamPoller, startStreamPoller } from './stream-poller.ts';

const seen: Record<string, unknown>[] = [];
let poller: StreamPoller;

beforeAll(async () => {
  poller = await startStreamPoller({
    endpoint: dynamoEndpoint(),
    tableName,
    consumers: [
      {
        name: 'reader',
        entities: ['thing'],
        events: ['INSERT'],
        handler: async (event: DynamoDBStreamEvent) => {
          for (const record of event.Records)
            seen.push(unmarshall(record.dynamodb?.NewImage as Parameters<typeof unmarshall>[0]));
          return { batchItemFailures: [] };
        },
      },
    ],
    intervalMs: 50,
  });
});
afterAll(() => poller.stop());

it('delivers items with empty maps at any depth, as DynamoDB does (DynamoDB Local writes them as {})', async () => {
  // Prepare: an application with no answers and no handles, as the sign-up form sends it.
  const item = {
    pk: 'THING#1',
    sk: 'THING',
    entity: 'thing',
    top: {},
    application: { answers: {}, socialHandles: {}, nested: { deeper: {} }, list: [{}, 1] },
  };

  // Act
  await db.send(new PutCommand({ TableName: tableName, Item: item }));
  await poller.drain();

  // Assess
  expect(seen).toEqual([item]);
  expect(poller.parked.size).toBe(0);
});

it('leaves typed values alone', () => {
  const image = { s: { S: 'x' }, n: { N: '1' }, l: { L: [{ M: {} }, {}] }, m: { M: { a: { BOOL: false } } } };
  expect(repairEmptyMaps(image)).toEqual({
    s: { S: 'x' },
    n: { N: '1' },
    l: { L: [{ M: {} }, { M: {} }] },
    m: { M: { a: { BOOL: false } } },
  });
});
