import { createServer, type Server, type Socket } from 'node:net';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_TIMEOUTS, sdkCallWorstCaseMs, sdkRequestHandler } from './timeout-ladder.ts';

/** A server that accepts connections and never answers: a hung dependency. */
let blackHole: Server;
let endpoint: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  blackHole = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  const address = blackHole.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
});

const clientWith = (requestHandler: object) =>
  new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'ladder', secretAccessKey: 'ladder' },
    maxAttempts: SDK_TIMEOUTS.maxAttempts,
    requestHandler,
  });
const getItem = new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' }, sk: { S: 'b' } } });

describe('the SDK request handler options', () => {
  it('end a hung call after every attempt timed out, within the worst case', async () => {
    // Prepare
    const timeoutMs = 150;
    const client = clientWith(sdkRequestHandler(timeoutMs));
    const started = Date.now();

    // Act
    const error = await client.send(getItem).then(
      () => undefined,
      (e: unknown) => e as { name?: string; $metadata?: { attempts?: number } },
    );

    // Assess
    const elapsed = Date.now() - started;
    client.destroy();
    expect(error?.name).toBe('TimeoutError');
    expect(error?.$metadata?.attempts).toBe(SDK_TIMEOUTS.maxAttempts);
    expect(elapsed).toBeGreaterThanOrEqual(SDK_TIMEOUTS.maxAttempts * timeoutMs);
    expect(elapsed).toBeLessThan(sdkCallWorstCaseMs(timeoutMs));
  });

  it('need throwOnRequestTimeout: without it the request timeout only warns and the call hangs on', async () => {
    // Prepare
    const timeoutMs = 100;
    const { throwOnRequestTimeout: _, ...warnOnly } = sdkRequestHandler(timeoutMs);
    const client = clientWith({ ...warnOnly, logger: { warn: () => undefined } });

    // Act
    const outcome = await Promise.race([
      client.send(getItem).then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5 * timeoutMs)),
    ]);

    // Assess
    client.destroy();
    expect(outcome).toBe('still waiting');
  });

  it('fit the ladder for the functions: three attempts and the backoff within 10 s', () => {
    expect(sdkCallWorstCaseMs()).toBe(
      SDK_TIMEOUTS.maxAttempts * SDK_TIMEOUTS.requestTimeoutMs + SDK_TIMEOUTS.backoffAllowanceMs,
    );
    expect(sdkCallWorstCaseMs()).toBeLessThan(10_000);
    expect(sdkRequestHandler().connectionTimeout).toBeLessThanOrEqual(sdkRequestHandler().requestTimeout);
  });
});
