import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../shared/platform/db/client.ts';
import { keys } from '../shared/platform/db/keys.ts';
import { type Api, type ApiResponse, ok, programInput, startApi, type TestUser } from './helpers.ts';
import { world } from './world.ts';

/**
 * Signed server-to-server requests (the conversions API's Embassy-Signature and Shopify's
 * X-Shopify-Hmac-Sha256) refuse every forgery with 401 in the error shape, and write nothing:
 * the table holds the same items afterwards.
 */
let api: Api;
let admin: TestUser;
let brand: TestUser;
let programId: string;
let code: string;
let secret: string;
let key: string;

const now = () => Math.floor(Date.now() / 1000);
const hmacHex = (key: string, t: number | string, body: string) =>
  createHmac('sha256', key).update(`${t}.${body}`).digest('hex');
const signature = (key: string, body: string, t = now()) => `t=${t},v1=${hmacHex(key, t, body)}`;
const order = (orderId: string) =>
  JSON.stringify({
    orderId,
    amount: 12_999,
    currency: 'EUR',
    referralCode: code,
    occurredAt: new Date().toISOString(),
  });
const sendSigned = (path: string, body: string, headers: Record<string, string>) =>
  api.call(undefined, 'POST', `/api/programs/${programId}${path}`, body, headers);

/** Every item in this file's table: a refused request must leave it as it was. */
async function itemCount(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        Select: 'COUNT',
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}
const expectUnauthorized = (response: ApiResponse, label: string) => {
  expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBe(401);
  expect(response.body, label).toEqual({
    error: { code: 'unauthorized', message: expect.any(String), requestId: expect.any(String) },
  });
};

beforeAll(async () => {
  api = await startApi();
  const w = await world(api).program();
  ({ admin, programId } = w);
  brand = await w.staff('brand');
  ({ code } = await w.ambassador('anna'));
  secret = ok(await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`), 201).secret;
  key = await w.apiKey(brand);
});
afterAll(() => api.close());

describe('Embassy-Signature on the conversions API', () => {
  it('refuses tampering, replays outside 300 s, wrong, revoked and foreign secrets, and missing or malformed headers, writing nothing', async () => {
    // Prepare: a revoked secret, another program's secret, and a genuine request to tamper with.
    const revoked = ok(await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`), 201);
    expect(
      (await api.call(brand, 'DELETE', `/api/programs/${programId}/signing-secrets/${revoked.id}`)).status,
    ).toBe(204);
    const other = ok(await api.call(admin, 'POST', '/api/programs', programInput()), 201).programId;
    const foreign = ok(await api.call(admin, 'POST', `/api/programs/${other}/signing-secrets`), 201).secret;
    const body = order('SIG-FORGED');
    const before = await itemCount();

    // Each forgery is made at the moment it is sent (t = now, good = the genuine v1 for t), so a
    // slow machine cannot bring an "ahead" timestamp back within the tolerance.
    type Forge = (t: number, good: string) => [string, Record<string, string>];
    const sig = (value: string) => ({ 'embassy-signature': value });
    const forgeries: Array<[string, Forge]> = [
      ['one byte changed', (t, good) => [body.replace('12999', '12998'), sig(`t=${t},v1=${good}`)]],
      ['one byte appended', (t, good) => [`${body} `, sig(`t=${t},v1=${good}`)]],
      ['a fresh t on an old signature', (t, good) => [body, sig(`t=${t + 1},v1=${good}`)]],
      ['301 s old', (t) => [body, sig(signature(secret, body, t - 301))]],
      ['a day old', (t) => [body, sig(signature(secret, body, t - 86_400))]],
      ['301 s ahead', (t) => [body, sig(signature(secret, body, t + 301))]],
      ['the wrong secret', (t) => [body, sig(signature('whsec_not-the-secret', body, t))]],
      ['a revoked secret', (t) => [body, sig(signature(revoked.secret, body, t))]],
      ['another program’s secret', (t) => [body, sig(signature(foreign, body, t))]],
      ['no signature and no key', () => [body, {}]],
      ['an empty signature', () => [body, sig('')]],
      ['no v1', (t) => [body, sig(`t=${t}`)]],
      ['no t', (_, good) => [body, sig(`v1=${good}`)]],
      ['t not a number', (_, good) => [body, sig(`t=abc,v1=${good}`)]],
      ['t not whole', (t) => [body, sig(`t=${t}.5,v1=${hmacHex(secret, `${t}.5`, body)}`)]],
      ['v1 too short', (t, good) => [body, sig(`t=${t},v1=${good.slice(0, 63)}`)]],
      ['v1 not hex', (t) => [body, sig(`t=${t},v1=${'z'.repeat(64)}`)]],
      ['v1 in base64', (t, good) => [body, sig(`t=${t},v1=${Buffer.from(good, 'hex').toString('base64')}`)]],
      ['garbage', () => [body, sig('%%%;;;===')]],
      ['a huge header', (t, good) => [body, sig(`t=${t},v1=${good}${'0'.repeat(6000)}`)]],
      [
        'a forged signature beside a valid key',
        (t, good) => [
          body.replace('12999', '1'),
          { ...sig(`t=${t},v1=${good}`), authorization: `Bearer ${key}` },
        ],
      ],
    ];
    for (const [label, forge] of forgeries) {
      const t = now();
      const [sent, headers] = forge(t, hmacHex(secret, t, body));
      expectUnauthorized(await sendSigned('/conversions', sent, headers), label);
    }
    expect(await itemCount()).toBe(before);

    // The genuine request still goes through, once: a replay within the tolerance writes nothing new.
    const genuine = sig(signature(secret, body));
    expect(ok(await sendSigned('/conversions', body, genuine), 201)).toMatchObject({
      orderId: 'SIG-FORGED',
      status: 'attributed',
    });
    const after = await itemCount();
    ok(await sendSigned('/conversions', body, genuine), 200);
    expect(await itemCount()).toBe(after);
  });

  it('binds a signed refund to its order: a captured refund cannot be replayed against another order', async () => {
    for (const id of ['SIG-R1', 'SIG-R2']) {
      const body = order(id);
      ok(await sendSigned('/conversions', body, { 'embassy-signature': signature(secret, body) }), 201);
    }
    const before = await itemCount();
    const bare = JSON.stringify({ refundId: 'rf-1', amount: 1000 });
    expectUnauthorized(
      await sendSigned('/conversions/SIG-R1/refunds', bare, { 'embassy-signature': signature(secret, bare) }),
      'a signed refund that does not name its order',
    );
    const captured = JSON.stringify({ refundId: 'rf-1', orderId: 'SIG-R1', amount: 1000 });
    const replayed = await sendSigned('/conversions/SIG-R2/refunds', captured, {
      'embassy-signature': signature(secret, captured),
    });
    expect(replayed.status).toBe(422);
    expect(replayed.body.error).toMatchObject({ code: 'validation_failed', details: { field: 'orderId' } });
    expect(await itemCount()).toBe(before);

    const applied = ok(
      await sendSigned('/conversions/SIG-R1/refunds', captured, {
        'embassy-signature': signature(secret, captured),
      }),
      201,
    );
    expect(applied).toMatchObject({ orderId: 'SIG-R1', refundId: 'rf-1', refundedTotal: 1000 });
  });
});

describe('X-Shopify-Hmac-Sha256 on the Shopify webhook', () => {
  const SECRET = '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';
  const SHOP = 'fiesta-shop.myshopify.com';
  const fixture = (orderId: string) =>
    readFileSync(new URL('./fixtures/shopify/orders-paid.json', import.meta.url), 'utf8')
      .replaceAll('__CODE__', code)
      .replaceAll('820982911946154508', orderId);
  const shopifyHmac = (body: string, key = SECRET) => createHmac('sha256', key).update(body, 'utf8').digest();
  let deliveries = 0;
  const deliver = (body: string, headers: Record<string, string | undefined>) => {
    const sent: Record<string, string> = {};
    const all = {
      'x-shopify-topic': 'orders/paid',
      'x-shopify-hmac-sha256': shopifyHmac(body).toString('base64'),
      'x-shopify-shop-domain': SHOP,
      'x-shopify-webhook-id': `wh-sig-${++deliveries}`,
      ...headers,
    };
    for (const [name, value] of Object.entries(all)) if (value !== undefined) sent[name] = value;
    return api.call(undefined, 'POST', `/api/webhooks/shopify/${programId}`, body, sent);
  };
  const deliveryRecord = async (webhookId: string) =>
    (
      await db.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.shopifyDelivery(programId, webhookId),
          ConsistentRead: true,
        }),
      )
    ).Item;

  beforeAll(async () => {
    ok(
      await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
        shopDomain: SHOP,
        webhookSecret: 'shpss_the-old-secret-0123456789',
      }),
    );
    // Rotated: deliveries signed with the old secret must fail from now on.
    ok(
      await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
        shopDomain: SHOP,
        webhookSecret: SECRET,
      }),
    );
  });

  it('refuses tampering, the wrong or a replaced secret, another shop, and missing or malformed signatures, writing nothing', async () => {
    const body = fixture('9100000000000000001');
    const good = shopifyHmac(body);
    const before = await itemCount();
    const forgeries: Array<[string, string, Record<string, string | undefined>]> = [
      [
        'one byte changed',
        body.replace('"388.00"', '"389.00"'),
        { 'x-shopify-hmac-sha256': good.toString('base64') },
      ],
      ['one byte appended', `${body}\n`, { 'x-shopify-hmac-sha256': good.toString('base64') }],
      [
        'the wrong secret',
        body,
        { 'x-shopify-hmac-sha256': shopifyHmac(body, 'shpss_wrong-0123456789abcdef').toString('base64') },
      ],
      [
        'the replaced secret',
        body,
        { 'x-shopify-hmac-sha256': shopifyHmac(body, 'shpss_the-old-secret-0123456789').toString('base64') },
      ],
      ['another shop', body, { 'x-shopify-shop-domain': 'other-shop.myshopify.com' }],
      ['no signature', body, { 'x-shopify-hmac-sha256': undefined }],
      ['an empty signature', body, { 'x-shopify-hmac-sha256': '' }],
      ['the digest in hex', body, { 'x-shopify-hmac-sha256': good.toString('hex') }],
      ['a truncated digest', body, { 'x-shopify-hmac-sha256': good.subarray(0, 31).toString('base64') }],
      ['not base64', body, { 'x-shopify-hmac-sha256': '!!!not-base64!!!' }],
      ['a digest of the empty body', body, { 'x-shopify-hmac-sha256': shopifyHmac('').toString('base64') }],
    ];
    for (const [label, sent, headers] of forgeries) {
      expectUnauthorized(
        await deliver(sent, { ...headers, 'x-shopify-webhook-id': `forged-${label}` }),
        label,
      );
      expect(await deliveryRecord(`forged-${label}`), label).toBeUndefined();
    }
    expect(await itemCount()).toBe(before);
  });

  it('records a genuine delivery once: a redelivery (same webhook id) and a replay (new id) write nothing new', async () => {
    const body = fixture('9100000000000000002');
    expect(ok(await deliver(body, { 'x-shopify-webhook-id': 'wh-genuine' }))).toEqual({ status: 'recorded' });
    expect(await deliveryRecord('wh-genuine')).toMatchObject({ status: 'recorded', topic: 'orders/paid' });
    const after = await itemCount();

    expect(ok(await deliver(body, { 'x-shopify-webhook-id': 'wh-genuine' }))).toEqual({
      status: 'duplicate',
    });
    expect(await itemCount()).toBe(after);
    // Shopify's signature has no timestamp, so a captured body can be sent again under another id:
    // the order is recorded once by its id, so only the delivery's own (expiring) record is added.
    expect(ok(await deliver(body, { 'x-shopify-webhook-id': 'wh-replayed' }))).toEqual({
      status: 'recorded',
    });
    expect(await itemCount()).toBe(after + 1);
    const orders = ok(await api.call(brand, 'GET', `/api/programs/${programId}/conversions?limit=100`)).items;
    expect(
      orders.filter((c: { orderId: string }) => c.orderId === 'shopify-9100000000000000002'),
    ).toHaveLength(1);

    // A genuine delivery without its id is refused before anything is written.
    const missingId = await deliver(fixture('9100000000000000003'), { 'x-shopify-webhook-id': undefined });
    expect(missingId.status).toBe(400);
    expect(await itemCount()).toBe(after + 1);
  });
});
