import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, ok, startApi, type TestUser } from './helpers.ts';
import { world } from './world.ts';

/**
 * Shopify webhooks with the payload shapes Shopify documents (test/fixtures/shopify), signed as
 * Shopify signs them, through the real gateway and handlers.
 */
let api: Api;
let brand: TestUser;
let anna: TestUser;
let programId: string;
let code: string;
let owner: TestUser;
const SECRET = 'shpss_0123456789abcdef0123456789abcdef';
const SHOP = 'fiesta-shop.myshopify.com';

const fixture = (name: string, replace: Record<string, string> = {}) => {
  let text = readFileSync(new URL(`./fixtures/shopify/${name}.json`, import.meta.url), 'utf8');
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  return text;
};
const sign = (body: string, secret = SECRET) =>
  createHmac('sha256', secret).update(body, 'utf8').digest('base64');
let deliveries = 0;
const deliver = (
  topic: string,
  body: string,
  headers: Record<string, string> = {},
  webhookId = `wh-${++deliveries}-${Date.now()}`,
) =>
  api.call(undefined, 'POST', `/api/webhooks/shopify/${programId}`, body, {
    'content-type': 'application/json',
    'x-shopify-topic': topic,
    'x-shopify-hmac-sha256': sign(body),
    'x-shopify-shop-domain': SHOP,
    'x-shopify-webhook-id': webhookId,
    'x-shopify-api-version': '2025-10',
    ...headers,
  });
const conversions = (query = '') =>
  api.call(brand, 'GET', `/api/programs/${programId}/commissions?ambassadorId=${anna.id}${query}`);

beforeAll(async () => {
  api = await startApi();
  const w = await world(api).program();
  programId = w.programId;
  owner = w.admin;
  brand = await w.staff('brand');
  ({ user: anna, code } = await w.ambassador('anna'));
});
afterAll(() => api.close());

describe('Shopify webhooks', () => {
  it('connects a shop by owner or brand, and never returns the secret', async () => {
    expect((await deliver('orders/paid', '{}')).status).toBe(404); // nothing connected yet
    const bad = await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
      shopDomain: 'evil.example.com',
      webhookSecret: SECRET,
    });
    expect(bad.status).toBe(422);
    const saved = ok(
      await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
        shopDomain: SHOP,
        webhookSecret: SECRET,
      }),
    );
    expect(saved).toMatchObject({ shopDomain: SHOP, webhookPath: `/api/webhooks/shopify/${programId}` });
    const read = await api.call(brand, 'GET', `/api/programs/${programId}/integrations/shopify`);
    expect(JSON.stringify(read.body)).not.toContain(SECRET);
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    expect((await api.call(anna, 'GET', `/api/programs/${programId}/integrations/shopify`)).status).toBe(403);
  });

  it('attributes an orders/paid payload carrying an ambassador’s discount code', async () => {
    const body = fixture('orders-paid', { __CODE__: code.toLowerCase() });
    const response = await deliver('orders/paid', body);
    expect(ok(response)).toEqual({ status: 'recorded' });
    const lines = ok(await conversions()).items;
    expect(lines).toHaveLength(1);
    // subtotal_price "388.00" → 38 800 cents; 10 % commission.
    expect(lines[0]).toMatchObject({
      orderId: 'shopify-820982911946154508',
      amount: 3_880,
      state: 'pending',
    });
  });

  it('refuses a flipped byte, the wrong secret, a missing signature and another shop with 401', async () => {
    const body = fixture('orders-paid', { __CODE__: code, '820982911946154508': '820982911946154999' });
    const flipped = body.replace('"388.00"', '"389.00"');
    expect((await deliver('orders/paid', flipped, { 'x-shopify-hmac-sha256': sign(body) })).status).toBe(401);
    expect(
      (
        await deliver('orders/paid', body, {
          'x-shopify-hmac-sha256': sign(body, 'another-secret-0123456789'),
        })
      ).status,
    ).toBe(401);
    expect((await deliver('orders/paid', body, { 'x-shopify-hmac-sha256': '' })).status).toBe(401);
    expect(
      (await deliver('orders/paid', body, { 'x-shopify-shop-domain': 'other.myshopify.com' })).status,
    ).toBe(401);
    expect(ok(await conversions()).items).toHaveLength(1);
  });

  it('answers a redelivery with the same webhook id once, and concurrent duplicates record one order', async () => {
    const body = fixture('orders-paid', { __CODE__: code, '820982911946154508': '820982911946155000' });
    expect(ok(await deliver('orders/paid', body, {}, 'wh-same'))).toEqual({ status: 'recorded' });
    expect(ok(await deliver('orders/paid', body, {}, 'wh-same'))).toEqual({ status: 'duplicate' });
    const racing = await Promise.all(
      Array.from({ length: 10 }, (_, i) => deliver('orders/paid', body, {}, `wh-race-${i}`)),
    );
    expect(racing.every((r) => r.status === 200)).toBe(true);
    expect(
      ok(await conversions()).items.filter(
        (c: { orderId: string }) => c.orderId === 'shopify-820982911946155000',
      ),
    ).toHaveLength(1);
  });

  it('after a rotation with 0 grace days, an order with the old discount code is recorded for no one', async () => {
    const before = ok(await conversions()).items.length;
    const rotated = ok(
      await api.call(
        owner,
        'POST',
        `/api/programs/${programId}/ambassadors/${anna.id}/referral-code/rotate`,
        {
          graceDays: 0,
        },
      ),
    );
    const later = new Date(Date.now() + 60_000).toISOString();
    const old = fixture('orders-paid', {
      __CODE__: code,
      '820982911946154508': '820982911946157001',
      '2026-11-20T16:00:05-05:00': later,
    });
    expect(ok(await deliver('orders/paid', old))).toEqual({ status: 'recorded' });
    const recorded = ok(await api.call(brand, 'GET', `/api/programs/${programId}/conversions?limit=100`))
      .items as Array<{ orderId: string; status: string; flags: string[] }>;
    expect(recorded.find((c) => c.orderId === 'shopify-820982911946157001')).toMatchObject({
      status: 'unattributed',
      // The fixture's customer bought before.
      flags: ['retired_code', 'repeat_customer'],
    });
    // The new code attributes.
    const fresh = fixture('orders-paid', {
      __CODE__: String(rotated.referralCode),
      '820982911946154508': '820982911946157002',
      '2026-11-20T16:00:05-05:00': later,
    });
    expect(ok(await deliver('orders/paid', fresh))).toEqual({ status: 'recorded' });
    expect(ok(await conversions()).items).toHaveLength(before + 1);
    code = String(rotated.referralCode);
  });

  it('refuses a webhook id too long to be Shopify’s with 400, not a 500 from the key (fuzz seed 77)', async () => {
    const order = readFileSync(new URL('./fixtures/shopify/orders-paid.json', import.meta.url), 'utf8');
    const long = await deliver('orders/paid', order, {}, 'w'.repeat(2_048));
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('X-Shopify-Webhook-Id');
  });

  it('attributes by ref and rid in the note attributes or the landing site', async () => {
    const viaNote = JSON.parse(
      fixture('orders-paid', { __CODE__: 'SUMMER10', '820982911946154508': '7001' }),
    );
    viaNote.note_attributes = [{ name: 'ref', value: code }];
    expect(ok(await deliver('orders/paid', JSON.stringify(viaNote)))).toEqual({ status: 'recorded' });
    const viaLanding = JSON.parse(
      fixture('orders-paid', { __CODE__: 'SUMMER10', '820982911946154508': '7002' }),
    );
    viaLanding.landing_site = `/products/hat?ref=${code}&rid=not-a-click`;
    expect(ok(await deliver('orders/paid', JSON.stringify(viaLanding)))).toEqual({ status: 'recorded' });
    const none = JSON.parse(fixture('orders-paid', { __CODE__: 'SUMMER10', '820982911946154508': '7003' }));
    expect(ok(await deliver('orders/paid', JSON.stringify(none)))).toEqual({ status: 'recorded' });
    const ids = ok(await conversions()).items.map((c: { orderId: string }) => c.orderId);
    expect(ids).toEqual(expect.arrayContaining(['shopify-7001', 'shopify-7002']));
    expect(ids).not.toContain('shopify-7003');
  });

  it('applies refunds/create proportionally, once, even redelivered under a new webhook id', async () => {
    const body = fixture('refunds-create');
    expect(ok(await deliver('refunds/create', body))).toEqual({ status: 'recorded' });
    expect(ok(await deliver('refunds/create', body))).toEqual({ status: 'recorded' }); // same refund id: a replay
    const [line] = ok(await conversions()).items.filter(
      (c: { orderId: string }) => c.orderId === 'shopify-820982911946154508',
    );
    // 19 900 of 38 800 refunded: floor(3 880 × 18 900 / 38 800) = 1 890.
    expect(line).toMatchObject({ amount: 1_890, state: 'pending' });
    // The other item: its 199.00 exceeds the 189.00 left after the order's discount, so it takes
    // what is left, and the order ends refunded in full.
    const second = fixture('refunds-create', { '890088186047892319': '890088186047892400' });
    expect(ok(await deliver('refunds/create', second))).toEqual({ status: 'recorded' });
    const [voided] = ok(await conversions()).items.filter(
      (c: { orderId: string }) => c.orderId === 'shopify-820982911946154508',
    );
    expect(voided).toMatchObject({ amount: 0, state: 'void' });
  });

  it('answers genuine deliveries it cannot use with 200 ignored and the reason', async () => {
    const usd = fixture('orders-paid', { __CODE__: code, '"EUR"': '"USD"', '820982911946154508': '7100' });
    const outcome = ok(await deliver('orders/paid', usd));
    expect(outcome).toMatchObject({ status: 'ignored', reason: expect.stringContaining('EUR') });
    expect(ok(await deliver('customers/create', '{"id":1}'))).toMatchObject({ status: 'ignored' });
    expect((await deliver('orders/paid', 'not json')).status).toBe(400);
  });
});
