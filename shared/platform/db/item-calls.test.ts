import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../ids.ts';
import { env } from '../env.ts';
import { db, tableName } from './client.ts';
import { getItem, type ItemCall, ItemCallError, observeItemCalls, putItem } from './item-calls.ts';

/** The redirect's GetItem and PutItem without the SDK's clients, against DynamoDB Local and the SDK. */
describe('item calls', () => {
  afterEach(() => observeItemCalls(undefined));

  it('writes an item the SDK reads back alike, and reads one the SDK wrote, with a projection', async () => {
    const pk = `ITEMCALL#${newId()}`;
    const item = {
      pk,
      sk: 'A',
      text: 'héllo',
      n: 42,
      list: ['a', 'b'],
      map: { nested: true },
      gone: undefined,
    };
    await putItem(item);
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk, sk: 'A' } }));
    expect(Item).toEqual({ pk, sk: 'A', text: 'héllo', n: 42, list: ['a', 'b'], map: { nested: true } });

    await db.send(
      new PutCommand({ TableName: tableName, Item: { pk, sk: 'B', landingUrl: 'https://x.example', n: 7 } }),
    );
    expect(await getItem({ pk, sk: 'B' })).toEqual({ pk, sk: 'B', landingUrl: 'https://x.example', n: 7 });
    expect(await getItem({ pk, sk: 'B' }, 'landingUrl')).toEqual({ landingUrl: 'https://x.example' });
    expect(await getItem({ pk, sk: 'nothing' })).toBeUndefined();
  });

  it('tells an observer what each call consumed', async () => {
    const calls: ItemCall[] = [];
    observeItemCalls((call) => calls.push(call));
    const key = { pk: `ITEMCALL#${newId()}`, sk: 'A' };
    await putItem({ ...key, n: 1 });
    await getItem(key);
    expect(calls.map(({ operation, units }) => [operation, units])).toEqual([
      ['PutItem', 1],
      ['GetItem', 0.5],
    ]);
    expect(calls[0]?.input.Item).toEqual({ ...key, n: 1 });
  });

  it('refuses a request DynamoDB refuses with its error type, once, without retrying', async () => {
    const error = await getItem({ pk: 'only a partition key' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemCallError);
    expect(error).toMatchObject({ type: 'ValidationException', status: 400 });
  });

  it('tries a throttled or failing call again, up to the SDK’s attempts, and then gives up', async () => {
    // A stand-in endpoint answering as DynamoDB does when it throttles, then once with an item.
    const answers = [
      { status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException' } },
      { status: 500, body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError' } },
      { status: 200, body: { Item: { pk: { S: 'P' }, sk: { S: 'S' } } } },
    ];
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(String(req.headers['x-amz-target']));
      const answer = answers.shift() ?? { status: 500, body: { __type: 'InternalServerError' } };
      res
        .writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' })
        .end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = env.DYNAMODB_ENDPOINT;
    env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await getItem({ pk: 'P', sk: 'S' })).toEqual({ pk: 'P', sk: 'S' });
      expect(seen).toEqual(Array(3).fill('DynamoDB_20120810.GetItem'));
      // Three more failures: the third is final.
      const error = await getItem({ pk: 'P', sk: 'S' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ type: 'InternalServerError', status: 500 });
      expect(seen).toHaveLength(6);
    } finally {
      env.DYNAMODB_ENDPOINT = endpoint;
      server.close();
    }
  }, 20_000);
});
