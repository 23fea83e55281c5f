import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { BURST_VISITS_PER_IP_HOUR } from '../shared/reports/rollup.store.ts';
import { csvRecords } from './csv-reader.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type OrderBody, type ProgramWorld, world } from './world.ts';

/**
 * Fraud flags through the real handlers and the rollups stream consumer: an ambassador's own
 * orders (by email, or from their own browser) earn nothing, and a burst of visits from one IP
 * is counted apart from the clicks.
 */
let api: Api;
let consumers: StreamPoller;
let w: ProgramWorld;
let brand: TestUser;
let anna: TestUser;
let programId: string;
let code: string;

const SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const today = () => new Date().toISOString().slice(0, 10);
/** Bursts are counted per UTC hour: a test that counts one waits out the last minute of an hour. */
async function awayFromTheHour() {
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 60_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** A click on the code from this address and browser; returns its rid. */
const click = (ip: string, userAgent: string, at = code) => w.click(at, { ip, userAgent });
const order = (orderId: string, extra: Partial<OrderBody>) =>
  w.order({ orderId, amount: 10_000, occurredAt: new Date().toISOString(), ...extra });
const commissionLines = async (userId: string) =>
  ok(await api.call(brand, 'GET', `/api/programs/${programId}/commissions?ambassadorId=${userId}&limit=100`))
    .items as Array<{ orderId: string }>;

beforeAll(async () => {
  api = await startApi();
  consumers = await startStreamConsumers(['rollups']);
  w = await world(api).program();
  programId = w.programId;
  brand = await w.staff('brand');
  ({ user: anna, code } = await w.ambassador('anna'));
  await w.apiKey(brand);
});
afterAll(async () => {
  await consumers.stop();
  await api.close();
});

describe('the ambassador’s own orders', () => {
  it('flags a customer with the ambassador’s email as self_referral: no commission line, no sale points', async () => {
    const own = ok(
      await order('OWN-EMAIL', { referralCode: code, customerEmail: anna.email.toUpperCase() }),
      201,
    );
    const other = ok(
      await order('OTHER-EMAIL', { referralCode: code, customerEmail: 'friend@example.com' }),
      201,
    );

    expect(own).toMatchObject({ status: 'attributed', flags: ['self_referral'] });
    expect(own).not.toHaveProperty('commissionId');
    expect(other).toMatchObject({ flags: [], commissionId: expect.any(String) });
    const lines = (await commissionLines(anna.id)).map((l) => l.orderId);
    expect(lines).toContain('OTHER-EMAIL');
    expect(lines).not.toContain('OWN-EMAIL');
    const ledger = await eventually(
      async () => ok(await api.call(anna, 'GET', `/api/programs/${programId}/ambassadors/${anna.id}/ledger`)),
      (l) => l.entries.some((e: { source: string }) => e.source === 'sale:OTHER-EMAIL'),
    );
    const sources = ledger.entries.map((e: { source: string }) => e.source);
    expect(sources).toContain('sale:OTHER-EMAIL');
    expect(sources).not.toContain('sale:OWN-EMAIL');
  });

  it('flags an order credited to a click from the browser the ambassador uses (same IP and user agent) as own_link_purchase', async () => {
    // Prepare: Anna opens her links page on her laptop, then clicks her own link from it; her
    // partner clicks it on a phone on the same home network; a stranger clicks it with the same
    // browser version elsewhere.
    ok(
      await api.call(anna, 'GET', `/api/programs/${programId}/links`, undefined, {
        'x-forwarded-for': '198.51.100.20',
        'user-agent': SAFARI,
      }),
    );
    const own = await click('198.51.100.20', SAFARI);
    const partner = await click('198.51.100.20', PHONE);
    const stranger = await click('192.0.2.99', SAFARI);

    // Act
    const ownOrder = ok(await order('OWN-CLICK', { clickId: own }), 201);
    const partnerOrder = ok(await order('PARTNER-CLICK', { clickId: partner }), 201);
    const strangerOrder = ok(await order('STRANGER-CLICK', { clickId: stranger }), 201);
    const byCode = ok(await order('OWN-CODE', { referralCode: code }), 201);

    // Assess: only the order through her own browser is hers; it earns nothing.
    expect(ownOrder).toMatchObject({
      status: 'attributed',
      attribution: { via: 'click', ambassadorId: anna.id },
      flags: ['own_link_purchase'],
    });
    expect(ownOrder).not.toHaveProperty('commissionId');
    for (const fine of [partnerOrder, strangerOrder, byCode]) {
      expect(fine).toMatchObject({ flags: [], commissionId: expect.any(String) });
    }
    const lines = (await commissionLines(anna.id)).map((l) => l.orderId);
    expect(lines).toEqual(expect.arrayContaining(['PARTNER-CLICK', 'STRANGER-CLICK', 'OWN-CODE']));
    expect(lines).not.toContain('OWN-CLICK');
    const listed = ok(await api.call(brand, 'GET', `/api/programs/${programId}/conversions?limit=100`)).items;
    expect(listed.find((c: { orderId: string }) => c.orderId === 'OWN-CLICK').flags).toEqual([
      'own_link_purchase',
    ]);
    // Nothing about the browser is stored in the clear.
    expect(JSON.stringify(listed)).not.toContain('198.51.100.20');
  });

  it('matches a browser only against the ambassador who used it', async () => {
    const { user: ben, code: benCode } = await w.ambassador('ben');
    // Ben's page on the same network and browser as a click on Anna's link: Anna's order is not Ben's.
    ok(
      await api.call(ben, 'GET', `/api/programs/${programId}/links`, undefined, {
        'x-forwarded-for': '203.0.113.50',
        'user-agent': PHONE,
      }),
    );
    const onAnnas = await click('203.0.113.50', PHONE);
    expect(ok(await order('BEN-ON-ANNA', { clickId: onAnnas }), 201)).toMatchObject({
      attribution: { ambassadorId: anna.id },
      flags: [],
    });
    const onBens = await click('203.0.113.50', PHONE, benCode);
    expect(ok(await order('BEN-ON-BEN', { clickId: onBens }), 201)).toMatchObject({
      attribution: { ambassadorId: ben.id },
      flags: ['own_link_purchase'],
    });
  });
});

describe('a burst of clicks from one IP', () => {
  it(`counts the first ${BURST_VISITS_PER_IP_HOUR} visits from one address in an hour, and the rest as suspicious clicks in the brand’s report`, async () => {
    // Prepare: a fresh ambassador so the counts are theirs alone.
    await awayFromTheHour();
    const { user: cleo, code: cleoCode } = await w.ambassador('cleo');
    const burst = BURST_VISITS_PER_IP_HOUR + 6;

    // Act: a script on one address rotates user agents (each a distinct visit); two real visitors
    // click from elsewhere; one of them clicks twice (one visit).
    for (let i = 0; i < burst; i++) await click('203.0.113.7', `${SAFARI} Script/${i}`, cleoCode);
    await click('192.0.2.10', PHONE, cleoCode);
    await click('192.0.2.11', SAFARI, cleoCode);
    await click('192.0.2.11', SAFARI, cleoCode);

    // Assess
    const path = `/api/programs/${programId}/reports/referrals?from=${today()}&to=${today()}&groupBy=ambassador`;
    const report = await eventually(
      async () => ok(await api.call(brand, 'GET', path)),
      (r) => {
        const row = r.rows.find((x: { key: string }) => x.key === cleo.id);
        return row !== undefined && row.clicks + row.suspiciousClicks >= burst + 2;
      },
      150,
    );
    const row = report.rows.find((x: { key: string }) => x.key === cleo.id);
    expect(row).toMatchObject({ clicks: BURST_VISITS_PER_IP_HOUR + 2, suspiciousClicks: 6 });
    expect(report.totals.suspiciousClicks).toBe(6);
    const byDay = ok(
      await api.call(
        brand,
        'GET',
        `/api/programs/${programId}/reports/referrals?from=${today()}&to=${today()}&groupBy=day`,
      ),
    );
    expect(byDay.totals).toEqual(report.totals);
    const csv = csvRecords(
      String((await api.call(brand, 'GET', `${path}&format=csv`, undefined, { accept: 'text/csv' })).body),
    );
    // The suspicious clicks in a column of their own, kept out of the clicks.
    expect(csv.records.at(-1)).toMatchObject({ Ambassador: 'Total', 'Suspicious clicks': '6' });
    // Cleo's own figures and link page count only the clicks.
    const links = ok(await api.call(cleo, 'GET', `/api/programs/${programId}/links`));
    expect(links.clicks.total).toBe(BURST_VISITS_PER_IP_HOUR + 2);
  }, 150_000); // It may first wait out an hour's last minute (awayFromTheHour), then sends 29 clicks.
});
