import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { csvRecords } from './csv-reader.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * The referral report by ambassador, a page at a time (issue 19): top sellers first by net
 * revenue; over one whole month or one day from the sales ranking index, over any other range by
 * summing. Pages put together are the whole report, in order; every page carries the whole
 * range's totals; a refund re-ranks; a forged cursor is a 400; a CSV is always whole.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let brand: TestUser;
let programId: string;
const sellers: Member[] = [];

// A whole calendar month in the past (two months back), and one day of it.
const now = new Date();
const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 0));
const day = (date: Date) => date.toISOString().slice(0, 10);
const MONTH = { from: day(monthStart), to: day(monthEnd) };
const TENTH = day(new Date(monthStart.getTime() + 9 * 86_400_000));
const ELEVENTH = day(new Date(monthStart.getTime() + 10 * 86_400_000));

type Row = { key: string; name: string; netRevenue: number; revenue: number; refunds: number };
type Report = { rows: Row[]; totals: { netRevenue: number; orders: number }; nextCursor?: string };

const report = async (range: { from: string; to: string }, query = ''): Promise<Report> =>
  ok(
    await api.call(
      brand,
      'GET',
      `/api/programs/${programId}/reports/referrals?from=${range.from}&to=${range.to}&groupBy=ambassador${query}`,
    ),
  );

/** Every page of the report, `limit` rows each, in order. */
async function allPages(range: { from: string; to: string }, limit: number): Promise<Report[]> {
  const pages = [await report(range, `&limit=${limit}`)];
  for (let last = pages[0]; last?.nextCursor; last = pages.at(-1)) {
    pages.push(await report(range, `&limit=${limit}&cursor=${encodeURIComponent(last.nextCursor)}`));
  }
  return pages;
}

function expectPagesMakeTheWhole(pages: Report[], whole: Report, limit: number) {
  const rows = pages.flatMap((page) => page.rows);
  expect(pages.slice(0, -1).every((page) => page.rows.length === limit)).toBe(true);
  expect(pages.at(-1)?.nextCursor).toBeUndefined();
  expect(rows.map((row) => row.key).sort()).toEqual(whole.rows.map((row) => row.key).sort());
  expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  // Top sellers first, across the pages.
  const nets = rows.map((row) => row.netRevenue);
  expect(nets).toEqual([...nets].sort((a, b) => b - a));
  for (const row of rows) expect(row).toEqual(whole.rows.find((r) => r.key === row.key));
  for (const page of pages) expect(page.totals).toEqual(whole.totals);
}

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
  w = await world(api).program({
    commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 0 },
  });
  ({ programId } = w);
  brand = await w.staff('brand');
  await w.apiKey(brand);
  for (let i = 0; i < 7; i++) sellers.push(await w.ambassador(`seller-${i}`));
  // Seller i sells (i + 1) × 10.00 on the 10th, and seller 0 also 0.50 on the 11th; seller 6's order is refunded in full.
  for (const [i, seller] of sellers.entries())
    ok(
      await w.order({
        orderId: `P-${i}`,
        amount: (i + 1) * 1_000,
        referralCode: seller.code,
        occurredAt: `${TENTH}T12:00:00Z`,
      }),
      201,
    );
  ok(
    await w.order({
      orderId: 'P-late',
      amount: 50,
      referralCode: sellers[0]?.code,
      occurredAt: `${ELEVENTH}T08:00:00Z`,
    }),
    201,
  );
  ok(await w.refund('P-6', 'R-6', 7_000), 201);
  await eventually(
    () => report(MONTH),
    (r) => r.totals.orders === 8 && r.totals.netRevenue === 21_000 + 50,
  );
});
afterAll(async () => {
  await poller.stop();
  await api.close();
});

describe('the referral report, a page at a time', () => {
  it('pages a whole month from the ranking, top sellers first, each page with the whole totals', async () => {
    const whole = await report(MONTH);
    expect(whole.rows).toHaveLength(7);
    expect(whole.nextCursor).toBeUndefined();

    const pages = await allPages(MONTH, 3);

    expect(pages).toHaveLength(3);
    expectPagesMakeTheWhole(pages, whole, 3);
    // The cursor is opaque to a client; here it shows the page came from the index, not a sum.
    expect(JSON.parse(Buffer.from(String(pages[0]?.nextCursor), 'base64url').toString())).toHaveProperty(
      'gsi4sk',
    );
    expect(pages[0]?.rows.map((row) => row.key)).toEqual([5, 4, 3].map((i) => sellers[i]?.user.id));
    // The fully refunded seller has no net revenue: last.
    expect(pages[2]?.rows.at(-1)).toMatchObject({ key: sellers[6]?.user.id, netRevenue: 0, refunds: 7_000 });
    // A last page that is exactly full says it is the last: no "next" to an empty page.
    const exact = await allPages(MONTH, 7);
    expect(exact).toHaveLength(1);
    expectPagesMakeTheWhole(exact, whole, 7);
  });

  it('pages one day from the ranking too, and any other range by summing, in the same order', async () => {
    const tenth = { from: TENTH, to: TENTH };
    expectPagesMakeTheWhole(await allPages(tenth, 2), await report(tenth), 2);
    const twoDays = { from: TENTH, to: ELEVENTH };
    const whole = await report(twoDays);
    expect(whole.rows.find((row) => row.key === sellers[0]?.user.id)?.netRevenue).toBe(1_050);
    expectPagesMakeTheWhole(await allPages(twoDays, 4), whole, 4);
  });

  it('re-ranks a seller at once when a refund lowers their net revenue', async () => {
    ok(await w.refund('P-5', 'R-5', 5_500), 201);
    const first = await eventually(
      async () => (await report(MONTH, '&limit=2')).rows,
      (rows) => rows[0]?.key !== sellers[5]?.user.id,
    );
    expect(first.map((row) => row.key)).toEqual([4, 3].map((i) => sellers[i]?.user.id));
    const whole = await report(MONTH);
    expect(whole.rows.find((row) => row.key === sellers[5]?.user.id)?.netRevenue).toBe(500);
    expectPagesMakeTheWhole(await allPages(MONTH, 3), whole, 3);
  });

  it('refuses a forged cursor, or one of another range, with a 400 in the one error shape', async () => {
    const first = await report(MONTH, '&limit=2');
    const otherRange = await report({ from: TENTH, to: ELEVENTH }, '&limit=2');
    const forged = Buffer.from(
      JSON.stringify({ pk: 'PROGRAM#x', sk: 'A#', gsi4pk: 'x', gsi4sk: 1 }),
    ).toString('base64url');
    for (const [range, cursor] of [
      [MONTH, 'not-a-cursor'],
      [MONTH, forged],
      [MONTH, otherRange.nextCursor],
      [{ from: TENTH, to: ELEVENTH }, first.nextCursor],
    ] as const) {
      const answer = await api.call(
        brand,
        'GET',
        `/api/programs/${programId}/reports/referrals?from=${range.from}&to=${range.to}&groupBy=ambassador&limit=2&cursor=${encodeURIComponent(String(cursor))}`,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'bad_request',
        message: expect.stringMatching(/cursor/i),
      });
    }
  });

  it('gives the whole report as a CSV, whatever page was asked for', async () => {
    const answer = await api.call(
      brand,
      'GET',
      `/api/programs/${programId}/reports/referrals?from=${MONTH.from}&to=${MONTH.to}&groupBy=ambassador&limit=2&format=csv`,
    );
    expect(answer.status).toBe(200);
    const { records } = csvRecords(String(answer.body));
    // A row per ambassador, and the total last.
    expect(records).toHaveLength(8);
  });
});
