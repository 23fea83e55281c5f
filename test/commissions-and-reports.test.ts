import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as scheduler } from '../functions/scheduler.handler.ts';
import type { StreamPoller } from '../local/stream-poller.ts';
import { csvRecords } from './csv-reader.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type Member, type OrderBody, type ProgramWorld, world } from './world.ts';

/**
 * Commissions and the referral report, end to end: clicks through the redirect, orders and
 * refunds through the conversions API, the stream aggregator, the scheduler, payouts; then the
 * report is checked against a hand count made here, to the cent.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let admin: TestUser;
let brand: TestUser;
let programId: string;
const ambassadors: Record<string, Member> = {};

const DAY = 86_400_000;
const RATE_BPS = 1250; // 12.5 %
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

const convert = (body: OrderBody) => w.order(body);
const refund = (orderId: string, refundId: string, amount: number) => w.refund(orderId, refundId, amount);
const click = (code: string, ip: string) => w.click(code, { ip, userAgent: BROWSER });
const commissionsOf = async (query: string) =>
  ok(await api.call(brand, 'GET', `/api/programs/${programId}/commissions?${query}&limit=100`))
    .items as Array<{
    commissionId: string;
    orderId: string;
    kind: string;
    state: string;
    amount: number;
    ambassadorId: string;
    history: Array<{ event: string }>;
  }>;

/** The independent hand count: the rounding rules as the docs state them, applied here by hand. */
const gross = (amount: number) => Math.floor((amount * RATE_BPS) / 10_000);
const afterRefunds = (g: number, amount: number, refunded: number) =>
  Math.floor((g * (amount - refunded)) / amount);

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
  // No holding period at first: the first orders are due at once; it is set to 30 days below.
  w = await world(api).program({
    commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, holdingDays: 0 },
    pointsPerSale: 25,
  });
  ({ admin, programId } = w);
  brand = await w.staff('brand');
  for (const name of ['anna', 'ben']) ambassadors[name] = await w.ambassador(name);
  await w.apiKey(brand);
});
afterAll(async () => {
  await poller.stop();
  await api.close();
});

describe('commissions and the referral report', () => {
  const anna = () => ambassadors.anna as Member;
  const ben = () => ambassadors.ben as Member;
  const old = new Date(Date.now() - 40 * DAY).toISOString(); // past the 30-day holding period
  const recent = new Date(Date.now() - 2 * DAY).toISOString();

  it('earns a pending commission per attributed order, none for self-referrals or unattributed orders', async () => {
    const annaOld = ok(
      await convert({ orderId: 'O-1', amount: 9_999, referralCode: anna().code, occurredAt: old }),
      201,
    );
    expect(annaOld.commissionId).toEqual(expect.any(String));
    ok(await convert({ orderId: 'O-2', amount: 12_345, referralCode: anna().code, occurredAt: old }), 201);
    ok(
      await api.call(admin, 'PATCH', `/api/programs/${programId}`, {
        commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, holdingDays: 30 },
      }),
    );
    ok(await convert({ orderId: 'O-3', amount: 5_001, referralCode: ben().code, occurredAt: recent }), 201);
    const self = ok(
      await convert({
        orderId: 'O-4',
        amount: 4_000,
        referralCode: anna().code,
        occurredAt: recent,
        customerEmail: anna().user.email.toUpperCase(),
      }),
      201,
    );
    expect(self.flags).toContain('self_referral');
    expect(self.commissionId).toBeUndefined();
    const none = ok(await convert({ orderId: 'O-5', amount: 7_000, occurredAt: recent }), 201);
    expect(none).toMatchObject({ status: 'unattributed' });

    const pending = await commissionsOf('state=pending');
    expect(pending.map((c) => [c.orderId, c.amount]).sort()).toEqual([
      ['O-1', gross(9_999)],
      ['O-2', gross(12_345)],
      ['O-3', gross(5_001)],
    ]);
  });

  it('shrinks a pending commission on a partial refund, and voids it on a full one', async () => {
    ok(await refund('O-3', 'R-3a', 1_000), 201);
    const [line] = (await commissionsOf(`ambassadorId=${ben().user.id}`)).filter((c) => c.orderId === 'O-3');
    expect(line).toMatchObject({ state: 'pending', amount: afterRefunds(gross(5_001), 5_001, 1_000) });
    expect(line?.history.map((h) => h.event)).toEqual(['created', 'refunded']);
    // A second refund of the same order shrinks it again, from what is left.
    ok(await refund('O-3', 'R-3b', 500), 201);
    const [again] = (await commissionsOf(`ambassadorId=${ben().user.id}`)).filter((c) => c.orderId === 'O-3');
    expect(again).toMatchObject({ state: 'pending', amount: afterRefunds(gross(5_001), 5_001, 1_500) });
    // The holding period runs from when Embassy heard of the order, not from a date the shop sends.
    expect(Date.parse(String((line as { availableAt?: string }).availableAt))).toBeGreaterThan(
      Date.now() + 29 * DAY,
    );
  });

  it('approves commissions when the holding period ends, and claws back a refund after approval', async () => {
    await scheduler({ time: new Date().toISOString() }, {} as never);
    const approved = await commissionsOf('state=approved');
    expect(approved.map((c) => c.orderId).sort()).toEqual(['O-1', 'O-2']);

    ok(await refund('O-2', 'R-2a', 2_345), 201);
    const clawback = (await commissionsOf('state=approved')).find((c) => c.kind === 'clawback');
    expect(clawback).toMatchObject({
      orderId: 'O-2',
      amount: afterRefunds(gross(12_345), 12_345, 2_345) - gross(12_345),
      ambassadorId: anna().user.id,
    });
    const parent = (await commissionsOf('state=approved')).find(
      (c) => c.orderId === 'O-2' && c.kind === 'order',
    );
    expect(parent?.amount).toBe(gross(12_345)); // history is not rewritten
    expect(parent?.history.map((h) => h.event)).toEqual(['created', 'approved', 'clawed_back']);
  });

  it('pays approved lines in a payout, netting clawbacks, once confirmed; a refund after payment claws back', async () => {
    const payouts = `/api/programs/${programId}/payouts`;
    expect((await api.call(anna().user, 'POST', payouts, {})).status).toBe(403);
    // Nobody is paid without payout details: nothing to pay, and the answer says why.
    const none = await api.call(brand, 'POST', payouts, {});
    expect(none.status).toBe(409);
    expect(none.body.error.details.skipped).toMatchObject([
      { ambassadorId: anna().user.id, reason: 'no_payout_details' },
    ]);
    expect(await commissionsOf('state=batched')).toEqual([]);

    await w.payoutDetails(anna(), { method: 'paypal', email: 'anna.paypal@example.org' });
    const payout = ok(await api.call(brand, 'POST', payouts, {}), 201);
    const expected = gross(9_999) + afterRefunds(gross(12_345), 12_345, 2_345);
    expect(payout).toMatchObject({
      total: expected,
      items: [{ ambassadorId: anna().user.id, amount: expected, lineCount: 3 }],
    });
    // The pending line waits out its holding period; the payout's lines are batched until confirmed.
    expect((await commissionsOf('state=batched')).length).toBe(3);
    expect((await commissionsOf('state=pending')).length).toBe(1);
    ok(
      await api.call(brand, 'POST', `${payouts}/${payout.payoutId}/confirm`, {
        sentOn: new Date().toISOString().slice(0, 10),
        reference: 'SEPA 2026-11',
      }),
    );
    expect((await commissionsOf('state=paid')).length).toBe(3);
    expect((await api.call(brand, 'POST', payouts, {})).status).toBe(409);
    // A refund after payment claws back too.
    ok(await refund('O-1', 'R-1a', 9_999), 201);
    const clawbacks = (await commissionsOf('state=approved')).filter((c) => c.kind === 'clawback');
    expect(clawbacks.map((c) => c.amount)).toEqual([-gross(9_999)]);
    // A clawback is never netted against someone else's commission, nor paid on its own.
    const alone = await api.call(brand, 'POST', payouts, {});
    expect(alone.status).toBe(409);
    expect(alone.body.error.details.skipped).toMatchObject([
      { ambassadorId: anna().user.id, reason: 'nothing_owed', amount: -gross(9_999) },
    ]);
  });

  it('reports clicks, orders, revenue, refunds and commission by state that equal the hand count', async () => {
    await click(anna().code, '203.0.113.1');
    await click(anna().code, '203.0.113.2');
    await click(ben().code, '203.0.113.3');
    await poller.drain();
    await poller.drain();

    const from = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    const report = await eventually(
      async () =>
        ok(
          await api.call(
            brand,
            'GET',
            `/api/programs/${programId}/reports/referrals?from=${from}&to=${to}&groupBy=ambassador`,
          ),
        ),
      (r) =>
        r.totals.clicks === 3 &&
        r.totals.refunds === 13_844 &&
        r.totals.commission.approved === -gross(9_999),
    );
    const row = (id: string) => report.rows.find((r: { key: string }) => r.key === id);
    // Anna: O-1 (9 999, fully refunded, paid then clawed back), O-2 (12 345, 2 345 refunded), O-4 (self-referral, 4 000).
    expect(row(anna().user.id)).toMatchObject({
      clicks: 2,
      orders: 3,
      revenue: 9_999 + 12_345 + 4_000,
      refunds: 9_999 + 2_345,
      netRevenue: 12_345 - 2_345 + 4_000,
      // All three came through her code, none through a click: code-only, apart from the rate
      // (3 orders on 2 clicks once read as 150 %).
      codeOnly: { orders: 3, revenue: 9_999 + 12_345 + 4_000 },
      conversionRate: 0,
      commission: {
        pending: 0,
        approved: -gross(9_999),
        paid: gross(9_999) + afterRefunds(gross(12_345), 12_345, 2_345),
      },
    });
    expect(row(ben().user.id)).toMatchObject({
      clicks: 1,
      orders: 1,
      revenue: 5_001,
      refunds: 1_500,
      commission: { pending: afterRefunds(gross(5_001), 5_001, 1_500), approved: 0, paid: 0 },
    });
    expect(report.totals).toMatchObject({
      orders: 4,
      revenue: 31_345,
      refunds: 13_844,
      netRevenue: 17_501,
      clicks: 3,
    });

    const byDay = ok(
      await api.call(
        brand,
        'GET',
        `/api/programs/${programId}/reports/referrals?from=${from}&to=${to}&groupBy=day`,
      ),
    );
    expect(byDay.rows).toHaveLength(61);
    expect(byDay.totals).toEqual(report.totals);
    expect(byDay.rows.find((r: { key: string }) => r.key === old.slice(0, 10))).toMatchObject({
      orders: 2,
      revenue: 9_999 + 12_345,
    });
    const byChallenge = ok(
      await api.call(
        brand,
        'GET',
        `/api/programs/${programId}/reports/referrals?from=${from}&to=${to}&groupBy=challenge`,
      ),
    );
    expect(byChallenge.rows).toEqual([
      expect.objectContaining({ key: '-', name: '(no challenge)', orders: 4 }),
    ]);
  });

  it('lists the orders newest first for the brand, with flags, refunds and commission lines', async () => {
    const page = ok(await api.call(brand, 'GET', `/api/programs/${programId}/conversions?limit=100`));
    const byId = new Map(page.items.map((c: { orderId: string }) => [c.orderId, c]));
    expect(byId.get('O-4')).toMatchObject({ flags: ['self_referral'] });
    expect(byId.get('O-4')).not.toHaveProperty('commissionId');
    expect(byId.get('O-2')).toMatchObject({
      amount: 12_345,
      refundedAmount: 2_345,
      commissionId: expect.any(String),
    });
    expect(byId.get('O-5')).toMatchObject({ status: 'unattributed' });
    const times = page.items.map((c: { occurredAt: string }) => c.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(JSON.stringify(page)).not.toContain('customerEmailHash');
    expect((await api.call(anna().user, 'GET', `/api/programs/${programId}/conversions`)).status).toBe(403);
  });

  it('serves the report as CSV a spreadsheet reads: words for headers, decimal money, names, the total last', async () => {
    // Prepare
    const from = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    const path = `/api/programs/${programId}/reports/referrals?from=${from}&to=${to}&groupBy=ambassador`;

    // Act
    const viaAccept = await api.call(brand, 'GET', path, undefined, { accept: 'text/csv' });
    const viaFormat = await api.call(brand, 'GET', `${path}&format=csv`);
    const json = ok(await api.call(brand, 'GET', path));
    const asOwner = await api.call(admin, 'GET', `${path}&format=csv`);

    // Assess
    expect(viaAccept.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(viaAccept.headers.get('content-disposition')).toBe(
      `attachment; filename="${w.slug}-referrals-by-ambassador-${from}-to-${to}.csv"`,
    );
    const text = String(viaAccept.body);
    // A UTF-8 byte order mark first, so Excel reads umlauts right (a decoder drops it from the text).
    const raw = await api.fetch(`${api.url}${path}&format=csv`, {
      headers: { authorization: `Bearer ${brand.token}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(viaFormat.body).toBe(viaAccept.body);
    const { header, records } = csvRecords(text);
    // The dashboard table's columns, in words; the brand sees no member's email in the dashboard.
    expect(header).toEqual([
      'Ambassador',
      'Clicks',
      'Orders',
      'Conversion rate',
      'Revenue',
      'Refunds',
      'Net revenue',
      'Code-only orders',
      'Code-only revenue',
      'Commission pending',
      'Commission approved',
      'Commission paid',
      'Suspicious clicks',
      'Currency',
    ]);
    // Every order came through a code: the rate of click-attributed orders is 0, and the four
    // orders are code-only.
    expect(records.at(-1)).toMatchObject({
      Ambassador: 'Total',
      Clicks: '3',
      Orders: '4',
      'Conversion rate': '0%',
      Revenue: '313.45',
      Refunds: '138.44',
      'Net revenue': '175.01',
      'Code-only orders': '4',
      'Code-only revenue': '313.45',
      Currency: 'EUR',
    });
    // Each ambassador by name, each amount the JSON's to the cent.
    const rows = json.rows as Array<{ name: string; netRevenue: number; commission: { approved: number } }>;
    expect(records.slice(0, -1).map((r) => r.Ambassador)).toEqual(rows.map((row) => row.name));
    for (const [i, row] of rows.entries()) {
      expect(Math.round(Number(records[i]?.['Net revenue']) * 100)).toBe(row.netRevenue);
      expect(Math.round(Number(records[i]?.['Commission approved']) * 100)).toBe(row.commission.approved);
    }
    expect(text).not.toContain(anna().user.email);
    // The owner sees members' emails in the dashboard: its CSV has them.
    const owner = csvRecords(String(asOwner.body));
    expect(owner.header.slice(0, 2)).toEqual(['Ambassador', 'Email']);
    expect(owner.records.map((r) => r.Email)).toContain(anna().user.email);
  });

  it('refuses a bad range with a clear 400, and keeps the report from ambassadors', async () => {
    const bad = await api.call(
      brand,
      'GET',
      `/api/programs/${programId}/reports/referrals?from=2026-02-30&to=2026-03-01`,
    );
    expect(bad.status).toBe(400);
    for (const range of [
      'from=9999-12-31&to=9999-12-31',
      'from=2026-01-01&to=2030-01-01',
      'from=2026-1-1&to=2026-01-02',
    ]) {
      expect(
        (await api.call(brand, 'GET', `/api/programs/${programId}/reports/referrals?${range}&groupBy=day`))
          .status,
      ).toBe(400);
    }
    const backwards = await api.call(
      brand,
      'GET',
      `/api/programs/${programId}/reports/referrals?from=2026-03-02&to=2026-03-01`,
    );
    expect(backwards.status).toBe(400);
    const ambassador = await api.call(
      anna().user,
      'GET',
      `/api/programs/${programId}/reports/referrals?from=2026-03-01&to=2026-03-02`,
    );
    expect(ambassador.status).toBe(403);
  });

  it('shows an ambassador their own figures in /api/me, and feeds sales into points and the first-sale badge', async () => {
    const me = ok(await api.call(ben().user, 'GET', '/api/me'));
    const membership = me.memberships.find((m: { programId: string }) => m.programId === programId);
    expect(membership.progress.sales).toMatchObject({
      currency: 'EUR',
      clicks: 1,
      orders: 1,
      revenue: 5_001,
      refunds: 1_500,
    });
    expect(membership.progress.badges).toContain('first-sale');
    expect(membership.progress.points).toBe(25);
    // Anna sold twice (the self-referral earns nothing), and O-1 was then refunded in full: its
    // sale points were taken back, once.
    const annaMe = ok(await api.call(anna().user, 'GET', '/api/me'));
    const annaProgress = annaMe.memberships.find(
      (m: { programId: string }) => m.programId === programId,
    ).progress;
    expect(annaProgress.points).toBe(25);
    const own = ok(
      await api.call(
        anna().user,
        'GET',
        `/api/programs/${programId}/commissions?ambassadorId=${anna().user.id}`,
      ),
    );
    expect(own.items.length).toBe(4);
    expect(
      (
        await api.call(
          anna().user,
          'GET',
          `/api/programs/${programId}/commissions?ambassadorId=${ben().user.id}`,
        )
      ).status,
    ).toBe(403);
  });

  it('pays only a customer’s first order when the program says so', async () => {
    ok(
      await api.call(admin, 'PATCH', `/api/programs/${programId}`, {
        commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, firstOrderOnly: true },
      }),
    );
    const customer = { customerEmail: 'carla@example.org', referralCode: ben().code, occurredAt: recent };
    const first = ok(await convert({ orderId: 'F-1', amount: 2_000, ...customer }), 201);
    const second = ok(await convert({ orderId: 'F-2', amount: 3_000, ...customer }), 201);
    expect(first.commissionId).toEqual(expect.any(String));
    expect(second.commissionId).toBeUndefined();
    expect(second.flags).toContain('repeat_customer');
  });

  it('credits the visitor’s first click in the window when the program chooses first click', async () => {
    ok(await api.call(admin, 'PATCH', `/api/programs/${programId}`, { attributionModel: 'first_click' }));
    const firstRid = await click(ben().code, '198.51.100.7');
    const lastRid = await click(anna().code, '198.51.100.7');
    const order = ok(
      await convert({
        orderId: 'FC-1',
        amount: 1_000,
        clickId: lastRid,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(order.attribution).toMatchObject({
      via: 'click',
      model: 'first_click',
      clickId: firstRid,
      ambassadorId: ben().user.id,
    });
    ok(await api.call(admin, 'PATCH', `/api/programs/${programId}`, { attributionModel: 'last_click' }));
    const lastOrder = ok(
      await convert({
        orderId: 'FC-2',
        amount: 1_000,
        clickId: lastRid,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(lastOrder.attribution).toMatchObject({ clickId: lastRid, ambassadorId: anna().user.id });
  });

  it('counts sales toward a sales challenge, completing it and awarding its points at the goal', async () => {
    const now = Date.now();
    const challenge = await w.challenge({
      title: 'Sell two',
      opensAt: new Date(now - DAY).toISOString(),
      closesAt: new Date(now + DAY).toISOString(),
      points: 300,
      salesGoal: 2,
    });
    const post = await api.call(
      ben().user,
      'POST',
      `/api/programs/${programId}/challenges/${challenge.challengeId}/submissions`,
      {
        postUrl: 'https://www.instagram.com/p/SALES1/',
        platform: 'instagram',
        caption: '#ad',
      },
    );
    expect(post.status).toBe(409);
    const view = async () =>
      (
        ok(await api.call(ben().user, 'GET', `/api/programs/${programId}/challenges`)).items as Array<
          Record<string, unknown>
        >
      ).find((c) => c.challengeId === challenge.challengeId);
    const at = new Date().toISOString();
    ok(await convert({ orderId: 'G-1', amount: 1_000, referralCode: ben().code, occurredAt: at }), 201);
    expect(await eventually(view, (v) => v?.mySales === 1)).toMatchObject({ mySales: 1, completed: false });
    ok(await convert({ orderId: 'G-2', amount: 1_000, referralCode: ben().code, occurredAt: at }), 201);
    expect(await eventually(view, (v) => v?.completed === true)).toMatchObject({
      mySales: 2,
      completed: true,
    });
    // The ledger, not a before-and-after balance: the sales' points come from the stream
    // consumers too, and may arrive a moment after the challenge's count.
    const ledger = await eventually(
      async () =>
        ok(
          await api.call(ben().user, 'GET', `/api/programs/${programId}/ambassadors/${ben().user.id}/ledger`),
        ),
      (read) =>
        ['sale:G-1', 'sale:G-2', `challenge-goal:${challenge.challengeId}`].every((source) =>
          read.entries.some((e: { source: string }) => e.source === source),
        ),
    );
    const pointsFor = (source: string) =>
      ledger.entries
        .filter((e: { source: string }) => e.source === source)
        .map((e: { points: number }) => e.points);
    expect(pointsFor('sale:G-1')).toEqual([25]);
    expect(pointsFor('sale:G-2')).toEqual([25]);
    expect(pointsFor(`challenge-goal:${challenge.challengeId}`)).toEqual([300]);
    // Each entry says what it is for by a code and values, so the dashboard words it in the reader's language.
    const entryOf = (source: string) => ledger.entries.find((e: { source: string }) => e.source === source);
    expect(entryOf('sale:G-1')).toMatchObject({ reason: 'Sale G-1', code: 'sale', values: { order: 'G-1' } });
    expect(entryOf(`challenge-goal:${challenge.challengeId}`)).toMatchObject({
      code: 'sales_goal',
      values: { challenge: challenge.title },
    });
  });
});
