import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { COUNTED_LOG } from '../shared/reports/counted-log.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers } from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

// The tests run silent; these lines are info. Set before the env module reads it.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'info';
});

/** Every log line the process writes to stdout, parsed (Lambda sends stdout to the function's log group). */
const lines: Array<Record<string, unknown>> = [];
const counted = () => lines.filter((line) => line.message === COUNTED_LOG.message);
const total = (field: string) => counted().reduce((sum, line) => sum + Number(line[field] ?? 0), 0);

let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let code: string;

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
    try {
      lines.push(JSON.parse(String(line)) as Record<string, unknown>);
    } catch {
      // not one of ours
    }
  });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  api = await startApi();
  poller = await startStreamConsumers();
  w = await world(api).program();
  const brand = await w.staff('brand');
  ({ code } = await w.ambassador('counted'));
  await w.apiKey(brand);
});
afterAll(async () => {
  await poller.stop();
  await api.close();
  vi.restoreAllMocks();
});

describe('the report aggregator’s counted lines (what the dashboard charts per minute)', () => {
  it('logs clicks as the report counts them, and each new order once', async () => {
    // Act: three clicks from one browser (one counted visit) and two from others; two orders,
    // the second sent twice (one order).
    const visit = (ip: string) =>
      w.visit(`/r/${code}`, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ip });
    for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect((await visit(ip)).status).toBe(302);
    const occurredAt = new Date().toISOString();
    const order = (orderId: string) => w.order({ orderId, amount: 5_000, occurredAt, referralCode: code });
    ok(await order('COUNTED-1'), 201);
    const second = await order('COUNTED-2');
    expect(second.status).toBe(201);
    expect((await order('COUNTED-2')).status).toBe(200);

    // Assess
    await eventually(
      async () => [total(COUNTED_LOG.clicks), total(COUNTED_LOG.orders)],
      ([clicks, orders]) => clicks === 3 && orders === 2,
    );
    expect(total(COUNTED_LOG.clicks)).toBe(3);
    expect(total(COUNTED_LOG.suspiciousClicks)).toBe(0);
    expect(total(COUNTED_LOG.orders)).toBe(2);
  });
});
