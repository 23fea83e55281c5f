import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { findConversion } from '../shared/conversions/conversion.store.ts';
import { noteCodeOnlyOrder } from '../shared/conversions/detect-code-leak.service.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { startReceiver, verifyStandardWebhook } from './webhook-receiver.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

// The brand's webhook receiver runs on this machine (as in test/webhooks.test.ts).
vi.hoisted(() => {
  process.env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK = 'true';
});

/**
 * Leaked-code protection (issue 16 §3), through the real handlers and stream consumers on
 * DynamoDB Local: code-only orders apart from click-attributed ones, the leak signal per code and
 * day, and rotating a code with a grace period.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let manager: TestUser;
let brand: TestUser;
const people: Record<string, Member> = {};
let hooks: Awaited<ReturnType<typeof startReceiver>>;
let hookSecret: string;

const DAY_MS = 86_400_000;
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const START = Date.now();
/** The leak orders' day: yesterday (UTC), fixed for the whole file. */
const LEAK_DAY = utcDay(START - DAY_MS);
const atNoon = `${LEAK_DAY}T12:00:00.000Z`;
const FROM = utcDay(START - 2 * DAY_MS);
const TO = utcDay(START + DAY_MS);

type Notification = {
  type: string;
  programId: string;
  title: string;
  body: string;
  link?: string;
  codeLeak?: { code: string; ambassadorId: string; day: string; orderIds: string[] };
  codeRotation?: { code: string; previousCode: string; previousRetiresAt: string };
};
const notificationsOf = async (user: TestUser, type: string) =>
  (ok(await api.call(user, 'GET', '/api/me/notifications?limit=100')).items as Notification[]).filter(
    (n) => n.type === type && n.programId === w.programId,
  );
const reportRow = async (member: Member, from = FROM, to = TO) => {
  const report = ok(
    await api.call(brand, 'GET', `/api/programs/${w.programId}/reports/referrals?from=${from}&to=${to}`),
  );
  return (report.rows as Array<{ key: string }>).find((row) => row.key === member.user.id) as
    | Record<string, unknown>
    | undefined;
};
const rotate = (member: Member, graceDays: unknown, by = manager) =>
  api.call(by, 'POST', `/api/programs/${w.programId}/ambassadors/${member.user.id}/referral-code/rotate`, {
    graceDays,
  });
const refOf = (response: Response) =>
  new URL(response.headers.get('location') ?? '').searchParams.get('ref') ?? undefined;

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['rollups', 'activity', 'webhookSender']);
  w = await world(api).program({ leakAlert: { codeOnlyOrdersPerDay: 10 } });
  manager = await w.staff('manager');
  brand = await w.staff('brand');
  for (const name of ['anna', 'ben', 'cara', 'dave']) people[name] = await w.ambassador(name);
  await w.apiKey(brand);
  // The brand's receiver, for the two events these features add.
  hooks = await startReceiver();
  hookSecret = ok(
    await api.call(brand, 'POST', `/api/programs/${w.programId}/webhooks`, {
      url: hooks.url,
      eventTypes: ['referral_code.leak_suspected', 'referral_code.rotated'],
    }),
    201,
  ).secret;
});
afterAll(async () => {
  await poller?.stop();
  await hooks?.close();
  await api?.close();
});

// Each of these waits for a dozen orders to pass through the stream consumers on DynamoDB Local,
// which slows as a run's stream records pile up: late in `npm test` that is about 30 s, the default limit.
describe('code-only orders and the leak signal', { timeout: 120_000 }, () => {
  const anna = () => people.anna as Member;
  const ben = () => people.ben as Member;

  it('raises one code_leak_suspected per recipient for 12 code-only orders in a day on one code', async () => {
    // Twelve customers who never clicked, all at once, as a coupon site sends them.
    const orders = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        w.order({
          orderId: `LEAK-${i}`,
          amount: 2_000,
          referralCode: anna().code,
          customerEmail: `coupon-${i}@shopper.test`,
          occurredAt: atNoon,
        }),
      ),
    );
    for (const answer of orders) {
      expect(answer.status).toBe(201);
      expect(answer.body.attribution).toMatchObject({ via: 'code', codeOnly: true, code: anna().code });
    }
    await poller.drain();

    for (const user of [w.admin, manager, brand]) {
      const alerts = await eventually(
        () => notificationsOf(user, 'code_leak_suspected'),
        (found) => found.length > 0,
      );
      expect(alerts).toHaveLength(1);
      const [alert] = alerts;
      expect(alert?.title).toContain(anna().code);
      expect(alert?.codeLeak).toMatchObject({
        code: anna().code,
        ambassadorId: anna().user.id,
        day: LEAK_DAY,
      });
      // The orders behind it: the ten that reached the threshold, each one of the twelve.
      expect(alert?.codeLeak?.orderIds).toHaveLength(10);
      for (const id of alert?.codeLeak?.orderIds ?? []) expect(id).toMatch(/^LEAK-\d+$/);
      expect(alert?.link).toContain(`code=${anna().code}`);
    }
    // The ambassador is not told of it.
    expect(await notificationsOf(anna().user, 'code_leak_suspected')).toEqual([]);

    // A redelivered record counts nothing and raises nothing again.
    const again = await findConversion(w.programId, 'LEAK-3');
    expect(again).toBeDefined();
    if (again) expect(await noteCodeOnlyOrder(again)).toBe(false);
    expect(await notificationsOf(brand, 'code_leak_suspected')).toHaveLength(1);

    // The conversions list shows the orders behind it.
    const listed = ok(
      await api.call(
        brand,
        'GET',
        `/api/programs/${w.programId}/conversions?code=${anna().code}&codeOnly=true&from=${LEAK_DAY}&to=${LEAK_DAY}&limit=100`,
      ),
    );
    expect((listed.items as Array<{ orderId: string }>).map((c) => c.orderId).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `LEAK-${i}`).sort(),
    );
  });

  it('raises nothing for 9 new customers, however many repeat orders come with them', async () => {
    for (let i = 0; i < 12; i++) {
      // Orders 9, 10 and 11 come from customers who bought before: they are no sign of a leak.
      const customer = i < 9 ? i : i - 9;
      ok(
        await w.order({
          orderId: `NINE-${i}`,
          amount: 1_000,
          referralCode: ben().code,
          customerEmail: `ben-customer-${customer}@shopper.test`,
          occurredAt: atNoon,
        }),
        201,
      );
    }
    await poller.drain();
    const alerts = await notificationsOf(brand, 'code_leak_suspected');
    expect(alerts.map((a) => a.codeLeak?.code)).toEqual([anna().code]);
  });

  it('counts only click-attributed orders in the conversion rate, and shows code-only orders apart', async () => {
    const rid = await w.click(anna().code, { ip: '198.51.100.21', userAgent: BROWSER });
    await w.click(anna().code, { ip: '198.51.100.22', userAgent: BROWSER });
    const clicked = ok(
      await w.order({
        orderId: 'CLICKED-1',
        amount: 5_000,
        clickId: rid,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(clicked.attribution).toMatchObject({ via: 'click', codeOnly: false });
    await poller.drain();
    await poller.drain();

    // Clicks and orders reach the rollups from the stream: wait for the order to be counted.
    const row = await eventually(
      () => reportRow(anna()),
      (r) => r?.orders === 13 && r.clicks === 2,
    );
    // 13 orders on 2 clicks once read as 650 %; 1 of them came through a click.
    expect(row).toMatchObject({
      clicks: 2,
      orders: 13,
      revenue: 12 * 2_000 + 5_000,
      codeOnly: { orders: 12, revenue: 24_000 },
      conversionRate: 0.5,
    });
    const benRow = await reportRow(ben());
    expect(benRow).toMatchObject({ clicks: 0, orders: 12, codeOnly: { orders: 12 }, conversionRate: null });

    // The journey KPIs (and the monthly report built from them) say the same.
    const months = [...new Set([LEAK_DAY.slice(0, 7), utcDay(Date.now()).slice(0, 7)])].sort();
    const shoppingTotals = async () => {
      const journey = ok(
        await api.call(
          manager,
          'GET',
          `/api/programs/${w.programId}/analytics/journey?from=${months[0]}&to=${months.at(-1)}`,
        ),
      );
      return (journey.months as Array<{ shopping: Record<string, number> }>).reduce(
        (sum, m) => ({
          orders: (sum.orders ?? 0) + (m.shopping.orders ?? 0),
          codeOnlyOrders: (sum.codeOnlyOrders ?? 0) + (m.shopping.codeOnlyOrders ?? 0),
          codeOnlyRevenue: (sum.codeOnlyRevenue ?? 0) + (m.shopping.codeOnlyRevenue ?? 0),
        }),
        {} as Record<string, number>,
      );
    };
    const shopping = await eventually(shoppingTotals, (s) => s.orders === 25);
    expect(shopping).toEqual({ orders: 25, codeOnlyOrders: 24, codeOnlyRevenue: 24_000 + 12_000 });
  });
});

describe('rotating a referral code', () => {
  const cara = () => people.cara as Member;
  const dave = () => people.dave as Member;

  it('with 0 grace days: the old code attributes nothing new, old orders report as before', async () => {
    const oldCode = cara().code;
    for (const i of [1, 2])
      ok(
        await w.order({ orderId: `CARA-OLD-${i}`, amount: 3_000, referralCode: oldCode, occurredAt: atNoon }),
        201,
      );
    await poller.drain();
    const before = await eventually(
      () => reportRow(cara(), LEAK_DAY, LEAK_DAY),
      (r) => r?.orders === 2,
    );
    expect(before).toMatchObject({ orders: 2, revenue: 6_000 });

    const rotated = ok(await rotate(cara(), 0));
    const newCode = String(rotated.referralCode);
    expect(newCode).not.toBe(oldCode);
    expect(rotated.codeHistory).toEqual([
      { code: oldCode, retiresAt: expect.any(String), rotatedAt: expect.any(String), rotatedBy: manager.id },
    ]);
    expect(rotated.codeHistory[0].retiresAt).toBe(rotated.codeHistory[0].rotatedAt);

    // An order with the old code, after the rotation: recorded, attributed to no one.
    const late = ok(
      await w.order({
        orderId: 'CARA-LATE',
        amount: 4_000,
        referralCode: oldCode,
        occurredAt: new Date(Date.now() + 1_000).toISOString(),
      }),
      201,
    );
    expect(late).toMatchObject({ status: 'unattributed', flags: ['retired_code'] });
    expect(late.commissionId).toBeUndefined();
    // The new code attributes.
    const fresh = ok(
      await w.order({
        orderId: 'CARA-NEW',
        amount: 1_500,
        referralCode: newCode,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(fresh.attribution).toMatchObject({ code: newCode, ambassadorId: cara().user.id, codeOnly: true });
    // The old link still reaches the shop, without attribution; the new one attributes.
    const oldVisit = await w.visit(`/r/${oldCode}`, { userAgent: BROWSER });
    expect(oldVisit.status).toBe(302);
    expect(refOf(oldVisit)).toBeUndefined();
    expect(refOf(await w.visit(`/r/${newCode}`, { userAgent: BROWSER }))).toBe(newCode);

    await poller.drain();
    // The old orders' day reports exactly as before; the old orders keep their code.
    expect(await reportRow(cara(), LEAK_DAY, LEAK_DAY)).toEqual(before);
    expect((await findConversion(w.programId, 'CARA-OLD-1'))?.attribution?.code).toBe(oldCode);

    // Cara is told, with the new code.
    const [told, ...more] = await notificationsOf(cara().user, 'referral_code_rotated');
    expect(more).toEqual([]);
    expect(told?.title).toContain(newCode);
    expect(told?.body).toContain(newCode);
    expect(told?.codeRotation).toMatchObject({ code: newCode, previousCode: oldCode });
    const me = ok(await api.call(cara().user, 'GET', '/api/me'));
    expect(JSON.stringify(me)).toContain(newCode);
    people.cara = { ...cara(), code: newCode };
  });

  it('with 3 grace days: the old code still attributes until they end, and a suspension stops it', async () => {
    const oldCode = dave().code;
    const rotated = ok(await rotate(dave(), 3));
    const retiresAt = Date.parse(rotated.codeHistory[0].retiresAt);
    expect(retiresAt - Date.parse(rotated.codeHistory[0].rotatedAt)).toBe(3 * DAY_MS);

    const during = ok(
      await w.order({
        orderId: 'DAVE-GRACE',
        amount: 2_500,
        referralCode: oldCode,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(during.attribution).toMatchObject({ code: oldCode, ambassadorId: dave().user.id });
    expect(refOf(await w.visit(`/r/${oldCode}`, { userAgent: BROWSER }))).toBe(oldCode);
    const after = ok(
      await w.order({
        orderId: 'DAVE-AFTER',
        amount: 2_500,
        referralCode: oldCode,
        occurredAt: new Date(retiresAt + 60_000).toISOString(),
      }),
      201,
    );
    expect(after).toMatchObject({ status: 'unattributed', flags: ['retired_code'] });

    // Suspending Dave stops the code in its grace too; reinstating him restarts it.
    const path = `/api/programs/${w.programId}/ambassadors/${dave().user.id}`;
    ok(await api.call(manager, 'POST', `${path}/suspend`, {}));
    const suspended = ok(
      await w.order({
        orderId: 'DAVE-SUSP',
        amount: 100,
        referralCode: oldCode,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(suspended.flags).toEqual(['suspended_code']);
    ok(await api.call(manager, 'POST', `${path}/reinstate`, {}));
    const back = ok(
      await w.order({
        orderId: 'DAVE-BACK',
        amount: 100,
        referralCode: oldCode,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(back.status).toBe('attributed');
  });

  it('keeps the history across rotations, and refuses what it cannot do', async () => {
    const first = cara().code;
    const again = ok(await rotate(cara(), 1));
    expect(again.codeHistory.map((h: { code: string }) => h.code)).toEqual([first, expect.any(String)]);
    expect(again.referralCode).not.toBe(first);

    for (const bad of [-1, 91, 1.5, '2'])
      expect((await rotate(cara(), bad)).status, `graceDays ${String(bad)}`).toBe(422);
    const forbidden = await rotate(cara(), 0, brand);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: 'forbidden', requestId: expect.any(String) });
    // Only approved ambassadors: a pending applicant has no code to rotate.
    const { createUser } = await import('./helpers.ts');
    const applicant = await createUser({ name: 'erin' });
    await w.apply(applicant);
    const pending = await rotate({ user: applicant, code: '' }, 0);
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('conflict');
  });
});

describe('webhooks', () => {
  it('sends referral_code.leak_suspected once for the leak and referral_code.rotated for each rotation', async () => {
    // Cara's code was rotated twice, Dave's once.
    const bodies = await eventually(
      async () =>
        hooks.received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> }),
      (found) => found.length >= 4,
      100,
    );
    for (const request of hooks.received)
      expect(verifyStandardWebhook(hookSecret, request.headers, request.body)).toBe(true);
    const leaks = bodies.filter((b) => b.type === 'referral_code.leak_suspected');
    expect(leaks).toHaveLength(1);
    expect(leaks[0]?.data).toMatchObject({
      code: (people.anna as Member).code,
      ambassadorId: (people.anna as Member).user.id,
      day: LEAK_DAY,
    });
    expect(leaks[0]?.data.orderIds).toHaveLength(10);
    const rotations = bodies.filter((b) => b.type === 'referral_code.rotated');
    expect(rotations.map((b) => b.data.ambassadorId).sort()).toEqual(
      [
        (people.cara as Member).user.id,
        (people.cara as Member).user.id,
        (people.dave as Member).user.id,
      ].sort(),
    );
    for (const rotation of rotations)
      expect(rotation.data).toMatchObject({ retiresAt: expect.any(String), nextCode: expect.any(String) });
  });
});
