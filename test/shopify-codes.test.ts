import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { db, tableName } from '../shared/platform/db/client.ts';
import {
  type Api,
  createUser,
  eventually,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import type { ShopifyAdminStandIn } from './shopify-admin-stand-in.ts';
import { startReceiver } from './webhook-receiver.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

// The Admin API stand-in runs before any handler loads, and every shop's Admin calls go to it.
const standIn: ShopifyAdminStandIn = await vi.hoisted(async () => {
  const { startShopifyAdminStandIn } = await import('./shopify-admin-stand-in.ts');
  const started = await startShopifyAdminStandIn();
  process.env.EMBASSY_SHOPIFY_ADMIN_URL = started.url;
  // The webhook receiver runs on this machine: the flag `npm start` may be given for local development.
  process.env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK = 'true';
  return started;
});

const { handler: sync } = await import('../functions/shopify-sync.handler.ts');

/**
 * Shopify discount codes made by Embassy, end to end: the brand gives the connection an Admin
 * API token and the program's discount; approvals, suspensions and reinstatements (through the
 * API) reach the shop through the table's stream and the Shopify sync (fed by the stream
 * poller, as `npm start` runs it), against a stand-in of the Admin GraphQL endpoint that
 * throttles and refuses the documented ways; a manager retries a failed code.
 */
let api: Api;
let w: ProgramWorld;
let brand: TestUser;
let poller: StreamPoller;
let hooks: Awaited<ReturnType<typeof startReceiver>> | undefined;
const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';
const SECRET = 'shpss_0123456789abcdef0123456789abcdef';
const answers: string[] = [];

const path = (rest: string) => `/api/programs/${w.programId}${rest}`;
type Code = { code: string; status: string; reason?: string; discountId?: string; ambassadorId: string };

/** Calls the API and keeps every answer, to show the token is never in one. */
async function call(user: TestUser, method: string, url: string, body?: unknown) {
  const response = await api.call(user, method, url, body);
  answers.push(JSON.stringify(response.body));
  return response;
}
const codes = async (query = '') =>
  ok(await call(w.admin, 'GET', path(`/integrations/shopify/codes?limit=100${query}`))).items as Code[];
const codeOf = async (code: string) => (await codes()).find((c) => c.code === code);
const until = (code: string, status: string) =>
  eventually(
    () => codeOf(code),
    (found) => found?.status === status,
    150,
  );
/** The sweep as a run of the clock `minutes` from now would make it. */
const sweepAt = (minutes: number) => sync({ time: new Date(Date.now() + minutes * 60_000).toISOString() });

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  brand = await w.staff('brand');
  poller = await startStreamConsumers(['shopifySync', 'webhookSender']);
});

afterAll(async () => {
  await poller?.stop();
  await hooks?.close();
  await standIn.close();
  await api?.close();
});

describe('the Admin API token and the discount on the Shopify connection', () => {
  it('are taken by owner or brand, the token sealed and never returned', async () => {
    const refused = await call(brand, 'PUT', path('/integrations/shopify'), {
      shopDomain: 'fiesta-shop.myshopify.com',
      webhookSecret: SECRET,
      adminAccessToken: TOKEN,
      discount: { type: 'percentage', value: 150 },
    });
    expect(refused.status).toBe(422);
    const noDiscount = await call(brand, 'PUT', path('/integrations/shopify'), {
      shopDomain: 'fiesta-shop.myshopify.com',
      webhookSecret: SECRET,
      adminAccessToken: TOKEN,
    });
    expect(noDiscount.status).toBe(422);
    expect(noDiscount.body.error.message).toMatch(/discount/);

    const put = ok(
      await call(brand, 'PUT', path('/integrations/shopify'), {
        shopDomain: 'fiesta-shop.myshopify.com',
        webhookSecret: SECRET,
        adminAccessToken: TOKEN,
        discount: { type: 'percentage', value: 15, oncePerCustomer: true },
      }),
    );
    expect(put).toMatchObject({ adminAccessTokenSet: true, discount: { type: 'percentage', value: 15 } });
    expect(ok(await call(brand, 'GET', path('/integrations/shopify')))).toMatchObject({
      adminAccessTokenSet: true,
      discount: { type: 'percentage', value: 15, oncePerCustomer: true },
    });
    // Stored sealed: the item does not hold the token as sent.
    const { Item } = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: { pk: `PROGRAM#${w.programId}`, sk: 'INTEGRATION#shopify' },
      }),
    );
    expect(JSON.stringify(Item)).not.toContain(TOKEN);
  });
});

describe('approving 20 ambassadors while the stand-in throttles every other call', () => {
  let members: Member[] = [];

  it('creates 20 codes in the shop, each exactly once', async () => {
    // Prepare: every other call throttled, by HTTP 429 and by the cost-based THROTTLED error in turn
    standIn.throttle({ every: 2, how: 'both' });
    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser({ name: `amb${i}` })));
    for (const user of users) await w.apply(user);

    // Act
    const approved = await Promise.all(users.map((user) => w.approve(user)));
    members = users.map((user, i) => ({ user, code: approved[i] as string }));

    // Assess
    const all = await eventually(
      () => codes(),
      (list) => list.filter((c) => c.status === 'created').length === 20,
      300,
    );
    expect(all.map((c) => c.status)).toEqual(Array(20).fill('created'));
    for (const { code } of members) {
      expect(standIn.creates.get(code), code).toBe(1);
      expect(standIn.discountsWithCode(code)).toHaveLength(1);
      expect(all.find((c) => c.code === code)?.discountId).toBe(standIn.discountsWithCode(code)[0]?.id);
    }
    // Half the calls were throttled, and each was sent again.
    const throttled = standIn.calls.filter((c) => c.throttled).length;
    expect(throttled).toBe(Math.floor(standIn.calls.length / 2));
    expect(throttled).toBeGreaterThanOrEqual(19);
    // What the shop was given: the program's discount, once per customer.
    const first = standIn.discountsWithCode(members[0]?.code as string)[0];
    expect(first).toMatchObject({ value: { percentage: 0.15 }, appliesOncePerCustomer: true, active: true });
    expect(first?.title).toContain(members[0]?.code);
    standIn.throttle(undefined);
  });

  it('deactivates a suspended ambassador’s code, and a reinstated one gets it back', async () => {
    const [anna] = members as [Member];
    const discount = () => standIn.discountsWithCode(anna.code)[0];

    ok(await call(w.admin, 'POST', path(`/ambassadors/${anna.user.id}/suspend`), { reason: 'leaked code' }));
    expect((await until(anna.code, 'deactivated'))?.status).toBe('deactivated');
    expect(discount()?.active).toBe(false);
    expect(standIn.statusOf(discount() as never)).toBe('EXPIRED');
    expect(ok(await call(anna.user, 'GET', path(`/ambassadors/${anna.user.id}/shopify-code`)))).toMatchObject(
      {
        inShop: false,
        status: 'deactivated',
        state: 'deactivated',
      },
    );

    ok(await call(w.admin, 'POST', path(`/ambassadors/${anna.user.id}/reinstate`)));
    expect((await until(anna.code, 'created'))?.status).toBe('created');
    expect(discount()?.active).toBe(true);
    expect(standIn.creates.get(anna.code)).toBe(1);
    expect(ok(await call(anna.user, 'GET', path(`/ambassadors/${anna.user.id}/shopify-code`)))).toMatchObject(
      {
        inShop: true,
        message: expect.stringContaining('works at the shop'),
      },
    );
  });

  it('filters the list by status and by ambassador', async () => {
    const [anna] = members as [Member];
    expect((await codes('&status=created')).length).toBe(20);
    expect(await codes('&status=failed')).toEqual([]);
    expect((await codes(`&ambassadorId=${anna.user.id}`)).map((c) => c.code)).toEqual([anna.code]);
  });
});

describe('a code Shopify refuses', () => {
  it('is failed with Shopify’s reason, and a manager’s retry creates it', async () => {
    // Prepare: the brand's webhook endpoint for failed codes; every create refused with a user error (INVALID)
    hooks = await startReceiver();
    ok(
      await call(brand, 'POST', path('/webhooks'), { url: hooks.url, eventTypes: ['shopify_code.failed'] }),
      201,
    );
    standIn.refuse('*');
    const zoe = await w.ambassador('zoe');

    // Assess: failed, with the reason, and said plainly to the ambassador
    const failed = await until(zoe.code, 'failed');
    expect(failed?.reason).toMatch(/Code is invalid \(INVALID\)/);
    expect(standIn.discountsWithCode(zoe.code)).toEqual([]);
    const own = ok(await call(zoe.user, 'GET', path(`/ambassadors/${zoe.user.id}/shopify-code`)));
    expect(own).toMatchObject({ inShop: false, status: 'failed', state: 'failed', reason: failed?.reason });
    expect(own.message).toMatch(/exists only in Embassy/);
    // The brand's endpoint is told, once.
    const told = await eventually(
      () => Promise.resolve(hooks?.received ?? []),
      (received) => received.length > 0,
      150,
    );
    expect(told).toHaveLength(1);
    expect(JSON.parse(told[0]?.body ?? '{}')).toMatchObject({
      type: 'shopify_code.failed',
      programId: w.programId,
      data: { code: zoe.code, status: 'failed', reason: expect.stringContaining('Code is invalid') },
    });
    // A redelivered or repeated change does not reopen it by itself; only a retry does.
    await sweepAt(10);
    expect((await codeOf(zoe.code))?.status).toBe('failed');

    // Act: the cause fixed, a manager retries
    standIn.refuse('*', false);
    const manager = await w.staff('manager');
    expect((await call(zoe.user, 'POST', path(`/integrations/shopify/codes/${zoe.code}/retry`))).status).toBe(
      403,
    );
    const retried = ok(
      await call(manager, 'POST', path(`/integrations/shopify/codes/${zoe.code}/retry`)),
      202,
    );
    expect(retried).toMatchObject({ status: 'pending', attempts: 0 });
    await sweepAt(0);

    // Assess
    expect((await codeOf(zoe.code))?.status).toBe('created');
    expect(standIn.creates.get(zoe.code)).toBe(1);
    expect((await call(manager, 'POST', path(`/integrations/shopify/codes/${zoe.code}/retry`))).status).toBe(
      409,
    );
    expect((await call(manager, 'POST', path('/integrations/shopify/codes/NOPE-0000/retry'))).status).toBe(
      404,
    );
  });
});

describe('a create whose answer is lost', () => {
  it('is found by its code on the retry, not made twice', async () => {
    standIn.loseAnswer('*');
    const yan = await w.ambassador('yan');
    const pending = await eventually(
      () => codeOf(yan.code),
      (found) => found?.status === 'pending' && found.reason !== undefined,
      150,
    );
    expect(pending?.reason).toMatch(/could not be reached|in time/);
    expect(standIn.discountsWithCode(yan.code)).toHaveLength(1);

    await sweepAt(2);
    const created = await codeOf(yan.code);
    expect(created?.status).toBe('created');
    expect(created?.discountId).toBe(standIn.discountsWithCode(yan.code)[0]?.id);
    expect(standIn.creates.get(yan.code)).toBe(1);
    expect(standIn.calls.some((c) => c.operation === 'codeDiscountNodeByCode' && c.code === yan.code)).toBe(
      true,
    );
  });
});

describe('a code replaced by a new one (rotation writes these two fields)', () => {
  it('makes the new code in the shop and ends the old one at its retiresAt', async () => {
    const xia = await w.ambassador('xia');
    await until(xia.code, 'created');
    const retiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const next = `${xia.code.split('-')[0]}-Z9Z9`;

    // Act: a new active code item for the ambassador, and retiresAt on the old one
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `REFCODE#${next}`,
          sk: 'REFCODE',
          entity: 'referralCode',
          code: next,
          programId: w.programId,
          userId: xia.user.id,
          active: true,
          createdAt: new Date().toISOString(),
        },
      }),
    );
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: `REFCODE#${xia.code}`, sk: 'REFCODE' },
        UpdateExpression: 'SET retiresAt = :at',
        ExpressionAttributeValues: { ':at': retiresAt },
      }),
    );

    // Assess
    expect((await until(next, 'created'))?.status).toBe('created');
    expect(standIn.creates.get(next)).toBe(1);
    const old = await eventually(
      () => Promise.resolve(standIn.discountsWithCode(xia.code)[0]),
      (d) => d?.endsAt === retiresAt,
      150,
    );
    expect(old?.endsAt).toBe(retiresAt);
    expect((await codeOf(xia.code))?.status).toBe('created');
    expect((await codes(`&ambassadorId=${xia.user.id}`)).map((c) => c.code).sort()).toEqual(
      [xia.code, next].sort(),
    );
  });
});

describe('a shop connected for codes after ambassadors were approved', () => {
  it('gets their codes when the token is first set', async () => {
    // Prepare: another program, an ambassador approved before any token
    const other = await world(api).program();
    const early = await other.ambassador('early');
    const otherPath = (rest: string) => `/api/programs/${other.programId}${rest}`;
    const list = async () =>
      ok(await call(other.admin, 'GET', otherPath('/integrations/shopify/codes'))) as {
        items: Code[];
        shopSyncEnabled: boolean;
      };
    expect(await list()).toEqual({ items: [], shopSyncEnabled: false });
    const unconnected = ok(
      await call(early.user, 'GET', otherPath(`/ambassadors/${early.user.id}/shopify-code`)),
    );
    expect(unconnected.state).toBe('not_connected');
    expect(unconnected.message).toMatch(/exists only in Embassy.*not connected for codes/);

    // Act: the token and discount, a fixed amount off
    ok(
      await call(other.admin, 'PUT', otherPath('/integrations/shopify'), {
        shopDomain: 'early-shop.myshopify.com',
        webhookSecret: SECRET,
        adminAccessToken: 'shpat_early0123456789abcdef0123',
        discount: { type: 'fixed_amount', value: 500, oncePerCustomer: false },
      }),
    );
    const queued = await eventually(list, (page) => page.items.length === 1, 150);
    expect(queued.shopSyncEnabled).toBe(true);
    await sweepAt(0);

    // Assess
    expect((await list()).items[0]).toMatchObject({ code: early.code, status: 'created' });
    expect(standIn.discountsWithCode(early.code)[0]).toMatchObject({
      value: { amount: '5.00' },
      appliesOncePerCustomer: false,
    });
  });
});

describe('the token', () => {
  it('never appears in any answer', () => {
    expect(answers.length).toBeGreaterThan(20);
    for (const body of answers) expect(body).not.toContain(TOKEN);
  });
});
