import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { COUNTED_LOG } from '../shared/reports/counted-log.ts';
import {
  type Api,
  approvedAmbassador,
  createUser,
  eventually,
  joinAsStaff,
  ok,
  programInput,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';

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
let admin: TestUser;
let programId: string;
let code: string;
let key: string;

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
  admin = await createUser({ admin: true });
  programId = ok(await api.call(admin, 'POST', '/api/programs', programInput()), 201).programId;
  const brand = await joinAsStaff(api, admin, programId, 'brand');
  ({ code } = await approvedAmbassador(api, admin, programId, 'counted'));
  key = ok(await api.call(brand, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Shop' }), 201).key;
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
      fetch(`${api.url}/r/${code}`, {
        redirect: 'manual',
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', 'x-forwarded-for': ip },
      });
    for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect((await visit(ip)).status).toBe(302);
    const occurredAt = new Date().toISOString();
    const order = (orderId: string) =>
      api.call(
        undefined,
        'POST',
        `/api/programs/${programId}/conversions`,
        { orderId, amount: 5_000, currency: 'EUR', occurredAt, referralCode: code },
        { authorization: `Bearer ${key}` },
      );
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
