import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { ensureTable, localDynamo } from '../local/provision.ts';
import { freePort } from '../local/wait-for.ts';
import { SDK_TIMEOUTS } from '../shared/platform/timeout-ladder.ts';
import type { Api, ApiResponse, TestUser } from './helpers.ts';

/**
 * DynamoDB killed (SIGKILL to its JVM) in the middle of a scripted load of orders and refunds, and
 * started again on the same port and data folder, with the API left running: while it is down
 * every answer is a 503 in the one error shape, the API recovers by itself, no acknowledged
 * write is lost, and nothing is half-written.
 *
 * This file runs Embassy against a DynamoDB Local of its own, persisted to a temporary folder.
 * The env module reads DYNAMODB_ENDPOINT once, at import: it is pointed at this one before
 * anything that reads it is imported, hence the dynamic imports.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'embassy-faults-'));
let port: number;
let dynamo: Awaited<ReturnType<typeof startDynamoLocal>>;
let helpers: typeof import('./helpers.ts');
let recount: typeof import('./recount.ts');
let api: Api;
let admin: TestUser;
let programId: string;
let key: string;
let code: string;

beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoLocal({ port, dbPath: dataDir });
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  // The ladder as deployed (the other test files allow DynamoDB Local more): a call that hangs on
  // a dead or starting DynamoDB must end in the function's 503, before the function's timeout.
  process.env.DYNAMODB_TIMEOUT_MS = String(SDK_TIMEOUTS.requestTimeoutMs);
  await ensureTable(localDynamo(dynamo.endpoint), String(process.env.TABLE_NAME));
  helpers = await import('./helpers.ts');
  recount = await import('./recount.ts');
  const { world } = await import('./world.ts');
  api = await helpers.startApi();
  const w = await world(api).program({
    commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 30 },
  });
  ({ admin, programId } = w);
  const brand = await w.staff('brand');
  ({ code } = await w.ambassador('anna'));
  key = await w.apiKey(brand);
});
afterAll(async () => {
  await api?.close();
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Sent = {
  path: string;
  body: Record<string, unknown>;
  response: ApiResponse;
  sentAt: number;
  doneAt: number;
};

/** How long before a SIGKILL DynamoDB Local may still lose a transaction it acknowledged (seen: up to 30 ms). */
const EMULATOR_WINDOW_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (condition: () => boolean, what: string, timeoutMs = 60_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
};

describe('DynamoDB killed mid-load', () => {
  it('answers 503 in the error shape while it is down, recovers by itself, and loses no acknowledged write', {
    timeout: 120_000,
  }, async () => {
    // Prepare: four clients sending orders without pause; every third acknowledged order is
    // then partly refunded (a four-item transaction: refund, ledger, order, commission line).
    const sent: Sent[] = [];
    const send = async (path: string, body: Record<string, unknown>) => {
      const sentAt = Date.now();
      const response = await api.call(undefined, 'POST', path, body, { authorization: `Bearer ${key}` });
      const entry = { path, body, response, sentAt, doneAt: Date.now() };
      sent.push(entry);
      return entry;
    };
    const acknowledged = () => sent.filter((s) => s.response.status < 300);
    let stop = false;
    let next = 0;
    const client = async () => {
      while (!stop) {
        const orderId = `L-${next++}`;
        const order = await send(`/api/programs/${programId}/conversions`, {
          orderId,
          amount: 10_000,
          currency: 'EUR',
          referralCode: code,
          occurredAt: '2026-11-20T10:00:00.000Z',
        });
        if (order.response.status === 201 && Number(orderId.slice(2)) % 3 === 0)
          await send(`/api/programs/${programId}/conversions/${orderId}/refunds`, {
            refundId: `${orderId}-r`,
            amount: 2_500,
          });
        if (order.response.status === 503) await sleep(50);
      }
    };
    const clients = Array.from({ length: 4 }, client);

    // Act: kill the JVM once 30 writes are acknowledged; check what the API says while it is
    // down; start it again on the same port and folder; let 30 more writes through.
    await until(() => acknowledged().length >= 30, '30 acknowledged writes');
    process.kill(dynamo.pid, 'SIGKILL');
    const killedAt = Date.now();
    await dynamo.stop();
    await until(
      () => sent.filter((s) => s.sentAt > killedAt && s.response.status === 503).length >= 8,
      '503s',
    );
    const health = await api.call(undefined, 'GET', '/api/health');
    const signedIn = await api.call(admin, 'GET', `/api/programs/${programId}`);
    const restartingAt = Date.now();
    dynamo = await startDynamoLocal({ port, dbPath: dataDir });
    const restartedAt = Date.now();
    const before = acknowledged().length;
    await until(() => acknowledged().length >= before + 30, '30 writes after the restart');
    stop = true;
    await Promise.all(clients);

    // Assess: while down, 503 in the one shape, for health, a signed-in read and the clients.
    for (const response of [health, signedIn]) {
      expect(response.status, JSON.stringify(response.body)).toBe(503);
      expect(response.body).toEqual({
        error: {
          code: 'unavailable',
          message: expect.any(String),
          requestId: expect.any(String),
        },
      });
    }
    const down = sent.filter((s) => s.sentAt > killedAt && s.doneAt < restartingAt);
    expect(down.length).toBeGreaterThanOrEqual(8);
    for (const s of down) expect(s.response.body.error).toMatchObject({ code: 'unavailable' });
    // No other kind of answer at any time: acknowledged, or asked to try again.
    expect(sent.filter((s) => ![200, 201, 503].includes(s.response.status)).map((s) => s.response)).toEqual(
      [],
    );
    // Recovered without restarting the API: 30 writes acknowledged after the restart, and healthy.
    expect(
      sent.filter((s) => s.sentAt > restartedAt && s.response.status < 300).length,
    ).toBeGreaterThanOrEqual(30);
    expect((await api.call(undefined, 'GET', '/api/health')).status).toBe(200);

    // Every acknowledged write is there, as acknowledged, and nothing is half-written.
    // DynamoDB Local (not DynamoDB) can lose a TransactWriteItems it acknowledged in the last
    // few tens of milliseconds before its JVM is killed (seen without Embassy in between): the
    // whole transaction, never a part. Writes acknowledged within that window of the kill may
    // be missing, whole; none before it.
    const items = await recount.programItems(programId);
    expect(recount.halfWritten(items)).toEqual([]);
    const conversions = new Map(recount.ofEntity(items, 'conversion').map((c) => [c.orderId, c]));
    const refunds = new Set(recount.ofEntity(items, 'refund').map((r) => r.refundId));
    const writes = acknowledged();
    const missing = writes
      .filter(({ body, response }) =>
        body.refundId
          ? !refunds.has(body.refundId)
          : conversions.get(body.orderId)?.recordedAt !== response.body.recordedAt,
      )
      .map((s) => ({ write: String(s.body.refundId ?? s.body.orderId), beforeKillMs: killedAt - s.doneAt }));
    expect(missing.filter((m) => m.beforeKillMs > EMULATOR_WINDOW_MS)).toEqual([]);
    expect(missing.length).toBeLessThanOrEqual(4); // at most one in flight per client
    for (const { write } of missing)
      expect(items.filter((i) => i.orderId === write || i.refundId === write)).toEqual([]);

    // A 503 sent again, as the client would, lands once (or turns out to have landed before its
    // answer was lost); then every order sent is stored once, with its commission line.
    const unanswered = sent.filter((s) => s.response.status === 503);
    const retried: ApiResponse[] = [];
    const retry = async () => {
      for (let s = unanswered.shift(); s; s = unanswered.shift()) {
        let response = await api.call(undefined, 'POST', s.path, s.body, { authorization: `Bearer ${key}` });
        for (let attempt = 0; response.status === 503 && attempt < 5; attempt++) {
          await sleep(200);
          response = await api.call(undefined, 'POST', s.path, s.body, { authorization: `Bearer ${key}` });
        }
        retried.push(response);
      }
    };
    await Promise.all([retry(), retry(), retry(), retry()]);
    expect(retried.filter((r) => r.status !== 201 && r.status !== 200).map((r) => r.body)).toEqual([]);
    const final = await recount.programItems(programId);
    expect(recount.halfWritten(final)).toEqual([]);
    const lostOrders = new Set(missing.map((m) => m.write));
    const orders = new Set(sent.filter((s) => !s.body.refundId).map((s) => String(s.body.orderId)));
    const stored = (entity: string) =>
      recount
        .ofEntity(final, entity)
        .map((c) => String(c.orderId))
        .filter((id) => id.startsWith('L-'));
    expect(stored('conversion').sort()).toEqual([...orders].filter((id) => !lostOrders.has(id)).sort());
    expect(stored('commission').sort()).toEqual(stored('conversion').sort());
  });
});
