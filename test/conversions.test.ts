import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, ok, programInput, startApi, type TestUser } from './helpers.ts';
import { type OrderBody, type ProgramWorld, world } from './world.ts';

let api: Api;
let w: ProgramWorld;
let admin: TestUser;
let brand: TestUser;
let anna: TestUser;
let programId: string;
let code: string;
let key: string;

const order = (orderId: string, extra: Partial<OrderBody> = {}) => ({
  orderId,
  amount: 12_999,
  currency: 'EUR',
  occurredAt: new Date().toISOString(),
  ...extra,
});
const post = (body: OrderBody, apiKey = key) => w.order(body, apiKey);

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  ({ admin, programId } = w);
  brand = await w.staff('brand');
  ({ user: anna, code } = await w.ambassador('anna'));
  key = await w.apiKey(brand);
});
afterAll(() => api.close());

describe('conversions API', () => {
  it('shows a key once, stores it hashed, and only the owner or brand manage keys', async () => {
    expect(key).toMatch(/^emb_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    const listed = ok(await api.call(brand, 'GET', `/api/programs/${programId}/api-keys`));
    // The secret is everything after the id: base64url, so it may hold '_' itself (split('_')
    // once took a fragment of one or two characters, which a listing can contain by chance).
    const secret = key.slice('emb_'.length + 26 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await api.call(anna, 'POST', `/api/programs/${programId}/api-keys`, {})).status).toBe(403);
  });

  it('records an order once: a repeat returns the first result, different content is 409', async () => {
    const first = ok(await post(order('A-1', { referralCode: code.toLowerCase() })), 201);
    expect(first).toMatchObject({
      status: 'attributed',
      attribution: { via: 'code', code, ambassadorId: anna.id },
      flags: [],
    });
    const again = ok(
      await post(order('A-1', { referralCode: code.toLowerCase(), occurredAt: first.occurredAt })),
    );
    expect(again.recordedAt).toBe(first.recordedAt);
    expect(
      (await post(order('A-1', { referralCode: code, amount: 1, occurredAt: first.occurredAt }))).status,
    ).toBe(409);
    const withItems = (sku: string, quantity: number) =>
      order('A-2', {
        referralCode: code,
        occurredAt: first.occurredAt,
        items: [{ sku, quantity, amount: 12_999 }],
      });
    ok(await post(withItems('S1', 1)), 201);
    expect((await post(withItems('S1', 1))).status).toBe(200);
    expect((await post(withItems('OTHER', 99))).status).toBe(409);
  });

  it('gives fifty concurrent duplicates exactly one conversion', async () => {
    const body = order('A-50', { referralCode: code });
    const results = await Promise.all(Array.from({ length: 50 }, () => post(body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(49);
    expect(new Set(results.map((r) => r.body.recordedAt)).size).toBe(1);
  });

  it('attributes by click within the window before the code, and flags what did not count', async () => {
    const rid = await w.click(code, {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15',
    });
    const viaClick = ok(await post(order('C-1', { clickId: rid, referralCode: 'NOPE-0000' })), 201);
    expect(viaClick.attribution).toMatchObject({ via: 'click', clickId: rid, ambassadorId: anna.id });
    const late = ok(
      await post(
        order('C-2', { clickId: rid, occurredAt: new Date(Date.now() + 40 * 86_400_000).toISOString() }),
      ),
      201,
    );
    expect(late).toMatchObject({ status: 'unattributed', flags: ['click_outside_window'] });
    const unknown = ok(
      await post(order('C-3', { clickId: '01ZZZZZZZZZZZZZZZZZZZZZZZZ', referralCode: code })),
      201,
    );
    expect(unknown).toMatchObject({ attribution: { via: 'code' }, flags: ['unknown_click'] });
  });

  it('flags a self-referral, compared by hashed email', async () => {
    const self = ok(
      await post(order('S-1', { referralCode: code, customerEmail: anna.email.toUpperCase() })),
      201,
    );
    expect(self.flags).toEqual(['self_referral']);
    expect(JSON.stringify(self)).not.toContain(anna.email);
  });

  it('refuses a flipped byte, another program’s key, a user token and a revoked key', async () => {
    const flipped = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect((await post(order('X-1'), flipped)).status).toBe(401);
    expect((await post(order('X-1'), 'emb_nonsense')).status).toBe(401);
    expect(
      (await api.call(brand, 'POST', `/api/programs/${programId}/conversions`, order('X-1'))).status,
    ).toBe(401);
    const other = ok(await api.call(admin, 'POST', '/api/programs', programInput()), 201).programId;
    const otherKey = ok(await api.call(admin, 'POST', `/api/programs/${other}/api-keys`, {}), 201).key;
    expect((await post(order('X-1'), otherKey)).status).toBe(401);
    const spare = ok(await api.call(brand, 'POST', `/api/programs/${programId}/api-keys`, {}), 201);
    expect((await post(order('X-2'), spare.key)).status).toBe(201);
    expect((await api.call(brand, 'DELETE', `/api/programs/${programId}/api-keys/${spare.id}`)).status).toBe(
      204,
    );
    expect((await post(order('X-3'), spare.key)).status).toBe(401);
    expect((await post({ ...order('X-4'), amount: 1.5 })).status).toBe(422);
    expect((await post({ ...order('X-4'), currency: 'USD' })).status).toBe(422);
  });

  it('accepts a signed request and refuses a flipped byte, a stale timestamp and the wrong secret; two secrets live in a rotation', async () => {
    const sign = (secret: string, body: string, t = Math.floor(Date.now() / 1000)) =>
      `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
    const send = (body: string, signature: string) =>
      api.call(undefined, 'POST', `/api/programs/${programId}/conversions`, body, {
        'embassy-signature': signature,
      });
    const first = ok(await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`), 201);
    expect(first.secret).toMatch(/^whsec_/);
    const body = JSON.stringify(order('SIG-1', { referralCode: code }));

    expect((await send(body, sign(first.secret, body))).status).toBe(201);
    const flipped = body.replace('12999', '12998');
    expect((await send(flipped, sign(first.secret, body))).status).toBe(401);
    expect((await send(body, sign(first.secret, body, Math.floor(Date.now() / 1000) - 301))).status).toBe(
      401,
    );
    expect((await send(body, sign('whsec_not-the-secret', body))).status).toBe(401);
    expect((await send(body, 't=abc,v1=zz')).status).toBe(401);

    const second = ok(await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`), 201);
    expect((await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`)).status).toBe(409);
    const next = JSON.stringify(order('SIG-2'));
    expect((await send(next, sign(first.secret, next))).status).toBe(201);
    expect(
      (await api.call(brand, 'DELETE', `/api/programs/${programId}/signing-secrets/${first.id}`)).status,
    ).toBe(204);
    const last = JSON.stringify(order('SIG-3'));
    expect((await send(last, sign(first.secret, last))).status).toBe(401);
    expect((await send(last, sign(second.secret, last))).status).toBe(201);
  });

  it('does not attribute an old click once the ambassador is suspended', async () => {
    const rid = await w.click(code, {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
    });
    ok(await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${anna.id}/suspend`, {}));
    const later = ok(await post(order('SUS-1', { clickId: rid, referralCode: code })), 201);
    expect(later).toMatchObject({ status: 'unattributed' });
    expect(later.flags).toEqual(['suspended_code', 'suspended_code']);
    ok(await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${anna.id}/reinstate`, {}));
  });

  it('never lets parallel creates exceed two active signing secrets', async () => {
    const fresh = ok(await api.call(admin, 'POST', '/api/programs', programInput()), 201).programId;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api.call(admin, 'POST', `/api/programs/${fresh}/signing-secrets`)),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409)).toHaveLength(4);
    const [one] = results.filter((r) => r.status === 201);
    expect(
      (await api.call(admin, 'DELETE', `/api/programs/${fresh}/signing-secrets/${one?.body.id}`)).status,
    ).toBe(204);
    expect((await api.call(admin, 'POST', `/api/programs/${fresh}/signing-secrets`)).status).toBe(201);
  });

  describe('refunds', () => {
    const refund = (orderId: string, refundId: string, amount: number) => w.refund(orderId, refundId, amount);
    const orderOf = (orderId: string, amount = 10_000) =>
      order(orderId, { amount, occurredAt: '2026-11-20T10:00:00.000Z' });

    it('applies partial refunds once each, never more than the order', async () => {
      ok(await post(orderOf('R-1')), 201);
      expect(ok(await refund('R-1', 'r1', 3000), 201)).toMatchObject({
        status: 'applied',
        refundedTotal: 3000,
      });
      expect(ok(await refund('R-1', 'r1', 3000))).toMatchObject({ refundedTotal: 3000 });
      expect((await refund('R-1', 'r1', 2000)).status).toBe(409);
      expect((await refund('R-1', 'r2', 8000)).status).toBe(422);
      expect(ok(await refund('R-1', 'r2', 7000), 201).refundedTotal).toBe(10_000);
      expect((await refund('R-1', 'r3', 1)).status).toBe(422);
      expect(ok(await post(orderOf('R-1'))).refundedAmount).toBe(10_000);
    });

    it('keeps a refund that arrives before its order and applies it once the order arrives', async () => {
      expect(ok(await refund('R-2', 'early', 2500), 201)).toMatchObject({
        status: 'pending',
        refundedTotal: 2500,
      });
      expect(ok(await refund('R-2', 'early', 2500)).status).toBe('pending');
      expect(ok(await post(orderOf('R-2')), 201).refundedAmount).toBe(2500);
      expect(ok(await refund('R-2', 'late', 1000), 201)).toMatchObject({
        status: 'applied',
        refundedTotal: 3500,
      });
      expect(ok(await post(orderOf('R-2'))).refundedAmount).toBe(3500);
    });

    it('never loses a refund racing its order', async () => {
      await Promise.all([refund('R-4', 'race', 500), post(orderOf('R-4'))]);
      expect(ok(await post(orderOf('R-4'))).refundedAmount).toBe(500);
    });

    it('lets concurrent refunds fill the order exactly, and no further', async () => {
      ok(await post(orderOf('R-3', 5000)), 201);
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => refund('R-3', `c${i}`, 1000)));
      expect(results.filter((r) => r.status === 201)).toHaveLength(5);
      expect(results.filter((r) => r.status === 422)).toHaveLength(5);
      expect(ok(await post(orderOf('R-3', 5000))).refundedAmount).toBe(5000);
    });
  });
});
