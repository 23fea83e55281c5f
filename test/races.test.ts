import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { db, tableName } from '../shared/db/client.ts';
import {
  type Api,
  type ApiResponse,
  approvedAmbassador,
  createUser,
  eventually,
  joinAsStaff,
  ok,
  programInput,
  startApi,
  startStreamConsumers,
  type TestUser,
  validApplication,
} from './helpers.ts';
import { halfWritten, ofEntity, programItems, recountPoints, recountSales, rollupOf } from './recount.ts';

/**
 * Races through the real gateway and handlers against DynamoDB Local: every race is N requests
 * sent at once (Promise.all), never one after another. After each: the effect happened exactly
 * once (one code, one commission line, one ledger entry); at the end the report rollups, kept
 * by the stream aggregator, equal a recount of the stored orders and commission lines, and every
 * ambassador's points equal the sum of their ledger.
 */
let api: Api;
let poller: StreamPoller;
let admin: TestUser;
let manager: TestUser;
let brand: TestUser;
let anna: { user: TestUser; code: string };
let programId: string;
let key: string;

const RATE_BPS = 1000; // 10 %
const POINTS_PER_SALE = 25;
const POINTS_PER_RECRUIT = 150;
const SHOPIFY_SECRET = 'shpss_races_0123456789abcdef0123456789';
const SHOP = 'race-shop.myshopify.com';
/** Distinct visitors whose clicks should count, whatever the races did: the final recount adds them. */
let countedClicks = 0;

const at = () => new Date().toISOString();
const statuses = (responses: ApiResponse[]) => responses.map((r) => r.status).sort((a, b) => a - b);
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const convert = (body: Record<string, unknown>) =>
  api.call(
    undefined,
    'POST',
    `/api/programs/${programId}/conversions`,
    { currency: 'EUR', ...body },
    {
      authorization: `Bearer ${key}`,
    },
  );
const refund = (orderId: string, refundId: string, amount: number) =>
  api.call(
    undefined,
    'POST',
    `/api/programs/${programId}/conversions/${orderId}/refunds`,
    { refundId, amount },
    { authorization: `Bearer ${key}` },
  );
const decide = (by: TestUser, userId: string, decision: 'approve' | 'reject') =>
  api.call(by, 'POST', `/api/programs/${programId}/ambassadors/${userId}/decision`, {
    decision,
    ...(decision === 'reject' ? { reason: 'Not now' } : {}),
  });
const review = (by: TestUser, submissionId: string, decision: string, version = 1) =>
  api.call(by, 'POST', `/api/programs/${programId}/submissions/${submissionId}/review`, {
    decision,
    version,
    ...(decision === 'approve' ? {} : { feedback: 'Please redo it' }),
  });
const ledgerOf = async (userId: string) =>
  ok(await api.call(admin, 'GET', `/api/programs/${programId}/ambassadors/${userId}/ledger`)) as {
    balance: number;
    lifetime: number;
    entries: Array<{ source: string; points: number }>;
  };
const entriesFrom = <E extends { source: string }>(entries: E[], source: string) =>
  entries.filter((e) => e.source === source);
/** Items of the whole table of one entity (the file's own table; a test may scan it). */
const scanEntity = async (entity: string) => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'entity = :entity',
        ExpressionAttributeValues: { ':entity': entity },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};
/**
 * Sends a request as a well-behaved client does: a 503 (the service asks to try again; it wrote
 * nothing) is sent again after a moment, up to five times. Any other answer is final.
 */
async function asAClientWould(send: () => Promise<ApiResponse>): Promise<ApiResponse> {
  for (let attempt = 0; ; attempt++) {
    const response = await send();
    if (response.status !== 503 || attempt >= 5) return response;
    expectError(response, 503, 'unavailable');
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  }
}

/** An error body in the one shape, with the code. */
const expectError = (response: ApiResponse, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body).toMatchObject({
    error: { code, message: expect.any(String), requestId: expect.any(String) },
  });
  expect(Object.keys(response.body)).toEqual(['error']);
};

async function applicant(name: string, application: Record<string, unknown> = {}): Promise<TestUser> {
  const user = await createUser({ name });
  ok(
    await api.call(user, 'POST', `/api/programs/${programId}/applications`, validApplication(application)),
    201,
  );
  return user;
}

async function openChallenge(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const challenge = ok(
    await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, {
      title,
      points: 40,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      ...extra,
    }),
    201,
  );
  ok(await api.call(admin, 'POST', `/api/programs/${programId}/challenges/${challenge.challengeId}/publish`));
  return challenge.challengeId;
}

let posts = 0;
async function post(user: TestUser, challengeId: string): Promise<string> {
  const made = ok(
    await api.call(user, 'POST', `/api/programs/${programId}/challenges/${challengeId}/submissions`, {
      postUrl: `https://www.instagram.com/p/RACE${++posts}${Date.now().toString(36)}/`,
      platform: 'instagram',
      caption: 'Out now #ad',
    }),
    201,
  );
  return made.submission.submissionId;
}

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['rollups']);
  admin = await createUser({ admin: true });
  programId = ok(
    await api.call(
      admin,
      'POST',
      '/api/programs',
      programInput({
        commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, holdingDays: 30 },
        pointsPerSale: POINTS_PER_SALE,
        pointsPerRecruit: POINTS_PER_RECRUIT,
      }),
    ),
    201,
  ).programId;
  [manager, brand] = await Promise.all([
    joinAsStaff(api, admin, programId, 'manager'),
    joinAsStaff(api, admin, programId, 'brand'),
  ]);
  anna = await approvedAmbassador(api, admin, programId, 'anna');
  key = ok(await api.call(brand, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Shop' }), 201).key;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await poller.stop();
  await api.close();
});

describe('races', () => {
  it('double approve: two managers approve each of four recruits at once; one wins, one code, one recruit award', async () => {
    // Prepare: four applicants recruited through Anna's link.
    const recruits = await Promise.all(times(4, (i) => applicant(`recruit${i}`, { ref: anna.code })));

    // Act: 8 requests at once, two per recruit, from two different managers.
    const responses = await Promise.all(
      recruits.flatMap((user) => [decide(admin, user.id, 'approve'), decide(manager, user.id, 'approve')]),
    );

    // Assess: per recruit one 200 and one 409 conflict; one referral code, the winner's.
    const codes = await scanEntity('referralCode');
    for (const [i, user] of recruits.entries()) {
      const pair = responses.slice(2 * i, 2 * i + 2);
      expect(statuses(pair)).toEqual([200, 409]);
      const winner = pair.find((r) => r.status === 200) as ApiResponse;
      expectError(pair.find((r) => r.status === 409) as ApiResponse, 409, 'conflict');
      expect(codes.filter((c) => c.userId === user.id).map((c) => c.code)).toEqual([
        winner.body.referralCode,
      ]);
      const record = ok(await api.call(admin, 'GET', `/api/programs/${programId}/ambassadors/${user.id}`));
      expect(record).toMatchObject({ status: 'approved', referralCode: winner.body.referralCode });
    }
    await poller.drain();
    const ledger = await eventually(
      () => ledgerOf(anna.user.id),
      (l) => l.entries.filter((e) => e.source.startsWith('recruit:')).length >= 4,
    );
    for (const user of recruits)
      expect(entriesFrom(ledger.entries, `recruit:${user.id}`).map((e) => e.points)).toEqual([
        POINTS_PER_RECRUIT,
      ]);
  });

  it('approve against reject at once: whichever lands first stands, the other is a 409 that wrote nothing', async () => {
    const users = await Promise.all(times(3, (i) => applicant(`split${i}`)));
    const responses = await Promise.all(
      users.flatMap((user) => [decide(admin, user.id, 'approve'), decide(manager, user.id, 'reject')]),
    );
    const codes = await scanEntity('referralCode');
    for (const [i, user] of users.entries()) {
      const pair = responses.slice(2 * i, 2 * i + 2);
      expect(statuses(pair)).toEqual([200, 409]);
      const winner = pair.find((r) => r.status === 200) as ApiResponse;
      const record = ok(await api.call(admin, 'GET', `/api/programs/${programId}/ambassadors/${user.id}`));
      expect(record.status).toBe(winner.body.status);
      // A code only for an approval, and only the winner's.
      expect(codes.filter((c) => c.userId === user.id).map((c) => c.code)).toEqual(
        winner.body.status === 'approved' ? [winner.body.referralCode] : [],
      );
    }
  });

  it('the same referral code drawn for five approvals at once is claimed once; the others draw again', async () => {
    // Prepare: five applicants with the same name, so the same code prefix, and a random source
    // that hands every approval's first draw the same four characters.
    const users = await Promise.all(times(5, (i) => applicant(`same${i}`, { displayName: 'Zed Same' })));
    const draw = crypto.getRandomValues.bind(crypto);
    let forced = 0;
    const spy = vi
      .spyOn(crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array && array.length === 4 && forced < users.length) {
          forced++;
          array.fill(0);
          return array;
        }
        return draw(array as never);
      });

    // Act: 5 approvals at once, from two managers.
    const responses = await Promise.all(
      users.map((u, i) => decide(i % 2 ? manager : admin, u.id, 'approve')),
    );
    spy.mockRestore();

    // Assess: all approved, five different codes, ZEDSAM-0000 once, each code its owner's.
    expect(forced).toBe(5);
    expect(statuses(responses)).toEqual(Array(5).fill(200));
    const issued = responses.map((r) => r.body.referralCode as string);
    expect(new Set(issued).size).toBe(5);
    expect(issued.filter((c) => c === 'ZEDSAM-0000')).toHaveLength(1);
    const codes = await scanEntity('referralCode');
    for (const [i, user] of users.entries()) {
      expect(codes.filter((c) => c.userId === user.id).map((c) => c.code)).toEqual([issued[i]]);
      const redirect = await fetch(`${api.url}/r/${issued[i]}`, { redirect: 'manual' });
      expect(redirect.status).toBe(302);
    }
  });

  it('double review decision: six decisions on one version of each of three posts at once; one per post lands', async () => {
    // Prepare: one ambassador with a post in each of three challenges.
    const rita = await approvedAmbassador(api, admin, programId, 'rita');
    const challengeIds = await Promise.all(times(3, (i) => openChallenge(`Review race ${i}`)));
    const submissionIds = await Promise.all(challengeIds.map((id) => post(rita.user, id)));
    const decisions = ['approve', 'reject', 'request_changes'] as const;

    // Act: 18 reviews at once: each post gets every decision from each of two managers.
    const responses = await Promise.all(
      submissionIds.flatMap((id) =>
        [admin, manager].flatMap((by) => decisions.map((decision) => review(by, id, decision))),
      ),
    );

    // Assess: per post one 200, five 409s; the post, its one review record and the ledger agree.
    const items = await programItems(programId);
    const ledger = await ledgerOf(rita.user.id);
    for (const [i, id] of submissionIds.entries()) {
      const six = responses.slice(6 * i, 6 * i + 6);
      expect(statuses(six)).toEqual([200, 409, 409, 409, 409, 409]);
      for (const loser of six.filter((r) => r.status === 409)) expectError(loser, 409, 'conflict');
      const winner = (six.find((r) => r.status === 200) as ApiResponse).body;
      const stored = ok(await api.call(admin, 'GET', `/api/programs/${programId}/submissions/${id}`));
      expect(stored).toMatchObject({ status: winner.status, version: 2, reviewedBy: winner.reviewedBy });
      const reviews = items.filter((item) => String(item.sk).startsWith(`SUBMISSION#${id}#REVIEW#`));
      expect(reviews.map((r) => r.to)).toEqual([winner.status]);
      expect(entriesFrom(ledger.entries, `submission:${id}`)).toHaveLength(
        winner.status === 'approved' ? 1 : 0,
      );
    }
    const approvals = responses.filter((r) => r.status === 200 && r.body.status === 'approved').length;
    expect(ledger.entries.map((e) => e.points)).toEqual(Array(approvals).fill(40));
    expect(ledger.balance).toBe(40 * approvals);
  });

  it('the last slots: six approvals at once for two slots, and six more for one, leave exactly three', async () => {
    // Prepare: six ambassadors, each with a post in a two-slot and a one-slot challenge.
    const six = await Promise.all(times(6, (i) => approvedAmbassador(api, admin, programId, `slot${i}`)));
    const two = await openChallenge('Two places', { slots: 2 });
    const one = await openChallenge('One place', { slots: 1 });
    const [forTwo, forOne] = await Promise.all(
      [two, one].map((challengeId) => Promise.all(six.map((a) => post(a.user, challengeId)))),
    );

    // Act: 12 approvals at once, split between two managers.
    const responses = await Promise.all(
      [...(forTwo as string[]), ...(forOne as string[])].map((id, i) =>
        review(i % 2 ? manager : admin, id, 'approve'),
      ),
    );

    // Assess: two and one approvals landed; the rest are 409s naming the slots; the challenges,
    // the ledger and the pending posts agree.
    const [twoResponses, oneResponses] = [responses.slice(0, 6), responses.slice(6)];
    expect(statuses(twoResponses)).toEqual([200, 200, ...Array(4).fill(409)]);
    expect(statuses(oneResponses)).toEqual([200, ...Array(5).fill(409)]);
    for (const loser of responses.filter((r) => r.status === 409)) {
      expectError(loser, 409, 'conflict');
      expect(loser.body.error.message).toMatch(/slots/);
    }
    for (const [challengeId, slots] of [
      [two, 2],
      [one, 1],
    ] as const) {
      const view = ok(await api.call(admin, 'GET', `/api/programs/${programId}/challenges/${challengeId}`));
      expect(view).toMatchObject({ slots, slotsUsed: slots });
    }
    const items = await programItems(programId);
    const awarded = ofEntity(items, 'ledgerEntry').filter((e) =>
      [...(forTwo as string[]), ...(forOne as string[])].some((id) => e.source === `submission:${id}`),
    );
    expect(awarded).toHaveLength(3);
    const approved = ofEntity(items, 'submission').filter(
      (s) => (s.challengeId === two || s.challengeId === one) && s.status === 'approved',
    );
    expect(approved.map((s) => s.submissionId).sort()).toEqual(
      responses
        .filter((r) => r.status === 200)
        .map((r) => r.body.submissionId)
        .sort(),
    );
  });

  it('50 duplicate conversions at once make one order, one commission line and one sale award; 50 more of two contents, one', async () => {
    // Act: 100 requests at once: 50 copies of one order, and 25 + 25 of another order with two different amounts.
    const same = { orderId: 'DUP-1', amount: 10_000, referralCode: anna.code, occurredAt: at() };
    const second = { orderId: 'DUP-2', referralCode: anna.code, occurredAt: at() };
    const responses = await Promise.all([
      ...times(50, () => convert(same)),
      ...times(50, (i) => convert({ ...second, amount: i % 2 ? 2_000 : 1_000 })),
    ]);

    // Assess: one 201 per order; the repeats are 200 replays of it, the other content 409.
    const [dup1, dup2] = [responses.slice(0, 50), responses.slice(50)];
    expect(statuses(dup1)).toEqual([...Array(49).fill(200), 201]);
    expect(new Set(dup1.map((r) => `${r.body.recordedAt}|${r.body.commissionId}`)).size).toBe(1);
    const created = dup2.find((r) => r.status === 201) as ApiResponse;
    expect(dup2.filter((r) => r.status === 201)).toHaveLength(1);
    for (const [i, r] of dup2.entries()) {
      const sameContent = (i % 2 ? 2_000 : 1_000) === created.body.amount;
      if (sameContent) expect(r.status === 201 || r.body.recordedAt === created.body.recordedAt).toBe(true);
      else expectError(r, 409, 'conflict');
    }
    const items = await programItems(programId);
    for (const orderId of ['DUP-1', 'DUP-2']) {
      expect(ofEntity(items, 'conversion').filter((c) => c.orderId === orderId)).toHaveLength(1);
      expect(ofEntity(items, 'commission').filter((c) => c.orderId === orderId)).toHaveLength(1);
      expect(ofEntity(items, 'orderLedger').filter((c) => c.orderId === orderId)).toHaveLength(1);
    }
    expect(halfWritten(items)).toEqual([]);
    await poller.drain();
    const ledger = await eventually(
      () => ledgerOf(anna.user.id),
      (l) => entriesFrom(l.entries, 'sale:DUP-2').length > 0,
    );
    expect(entriesFrom(ledger.entries, 'sale:DUP-1').map((e) => e.points)).toEqual([POINTS_PER_SALE]);
    expect(entriesFrom(ledger.entries, 'sale:DUP-2').map((e) => e.points)).toEqual([POINTS_PER_SALE]);
  });

  it('refunds racing their orders: each refund counts once, before or after the order, and never past it', async () => {
    // Act: 47 requests at once: three orders sent five times each, their refunds twice each,
    // and a refund of an order that never comes.
    const occurredAt = at();
    const order = (orderId: string) =>
      convert({ orderId, amount: 10_000, referralCode: anna.code, occurredAt });
    const refunds = [
      ...times(4, (i) => ['RR-1', `r1-${i}`, 1_000] as const),
      ...times(10, (i) => ['RR-2', `r2-${i}`, 1_000] as const),
      ...times(1, () => ['RR-3', 'r3-0', 2_500] as const),
      ...times(1, () => ['RR-4', 'r4-0', 700] as const),
    ];
    const requests = [
      ...['RR-1', 'RR-2', 'RR-3'].flatMap((id) => times(5, () => () => order(id))),
      ...refunds.flatMap(([orderId, refundId, amount]) =>
        times(2, () => () => refund(orderId, refundId, amount)),
      ),
    ];
    const responses = await Promise.all(requests.map(asAClientWould));

    // Assess: one 201 per order and per refund id; the rest replays. (Twenty-odd writers on one
    // order's ledger can outlast its retries: a 503 wrote nothing, and the client sends it again.)
    const [orders, refundResponses] = [responses.slice(0, 15), responses.slice(15)];
    for (let i = 0; i < 3; i++)
      expect(statuses(orders.slice(5 * i, 5 * i + 5))).toEqual([200, 200, 200, 200, 201]);
    for (let i = 0; i < refunds.length; i++)
      expect(statuses(refundResponses.slice(2 * i, 2 * i + 2))).toEqual([200, 201]);
    const items = await programItems(programId);
    const stored = (orderId: string) =>
      ofEntity(items, 'conversion').find((c) => c.orderId === orderId) as Record<string, unknown>;
    const line = (orderId: string) => ofEntity(items, 'commission').filter((c) => c.orderId === orderId);
    expect(stored('RR-1')).toMatchObject({ refundedAmount: 4_000 });
    expect(stored('RR-2')).toMatchObject({ refundedAmount: 10_000 });
    expect(stored('RR-3')).toMatchObject({ refundedAmount: 2_500 });
    const gross = 1_000; // 10 % of 10 000
    expect(line('RR-1')).toMatchObject([{ state: 'pending', amount: (gross * 6_000) / 10_000 }]);
    expect(line('RR-2')).toMatchObject([{ state: 'void', amount: 0 }]);
    expect(line('RR-3')).toMatchObject([{ state: 'pending', amount: (gross * 7_500) / 10_000 }]);
    expect(ofEntity(items, 'refund').filter((r) => r.orderId === 'RR-4')).toMatchObject([
      { status: 'pending', amount: 700 },
    ]);
    expect(halfWritten(items)).toEqual([]);
    // No refund beyond the order, however they interleave.
    expect((await refund('RR-2', 'r2-extra', 1)).status).toBe(422);
  });

  it('a large refund sent ten times at once is one 201 and nine replays, never a 422 for going past the order', async () => {
    // Prepare: an order; a refund of more than half of it, so two applied copies would exceed it.
    ok(await convert({ orderId: 'RB-1', amount: 10_000, referralCode: anna.code, occurredAt: at() }), 201);

    // Act: 10 copies at once.
    const responses = await Promise.all(times(10, () => refund('RB-1', 'big', 6_000)));

    // Assess
    expect(statuses(responses), JSON.stringify(responses.map((r) => r.body))).toEqual([
      ...Array(9).fill(200),
      201,
    ]);
    expect(new Set(responses.map((r) => r.body.receivedAt)).size).toBe(1);
    const items = await programItems(programId);
    expect(ofEntity(items, 'refund').filter((r) => r.orderId === 'RB-1')).toHaveLength(1);
    expect(halfWritten(items)).toEqual([]);
  });

  it('duplicate Shopify deliveries at once, under one webhook id and under many, record one order and one refund', async () => {
    // Prepare
    ok(
      await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
        shopDomain: SHOP,
        webhookSecret: SHOPIFY_SECRET,
      }),
    );
    const fixture = (name: string) =>
      readFileSync(new URL(`./fixtures/shopify/${name}.json`, import.meta.url), 'utf8')
        .replaceAll('__CODE__', anna.code)
        .replaceAll('820982911946154508', '930000000000000001');
    const deliver = (topic: string, body: string, webhookId: string) =>
      api.call(undefined, 'POST', `/api/webhooks/shopify/${programId}`, body, {
        'content-type': 'application/json',
        'x-shopify-topic': topic,
        'x-shopify-hmac-sha256': createHmac('sha256', SHOPIFY_SECRET).update(body, 'utf8').digest('base64'),
        'x-shopify-shop-domain': SHOP,
        'x-shopify-webhook-id': webhookId,
      });
    const burst = (topic: string, body: string, tag: string) =>
      Promise.all([
        ...times(10, () => deliver(topic, body, `${tag}-same`)),
        ...times(10, (i) => deliver(topic, body, `${tag}-${i}`)),
      ]);

    // Act: 20 deliveries of the order at once, then 20 of its refund at once.
    const paid = await burst('orders/paid', fixture('orders-paid'), 'paid');
    const refunded = await burst('refunds/create', fixture('refunds-create'), 'refund');

    // Assess: every delivery answered 200 recorded or duplicate; one order, one line, one refund.
    for (const response of [...paid, ...refunded]) {
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(['recorded', 'duplicate'], JSON.stringify(response.body)).toContain(response.body.status);
    }
    const items = await programItems(programId);
    const orderId = 'shopify-930000000000000001';
    expect(ofEntity(items, 'conversion').filter((c) => c.orderId === orderId)).toMatchObject([
      { amount: 38_800, refundedAmount: 19_900 },
    ]);
    expect(ofEntity(items, 'refund').filter((r) => r.orderId === orderId)).toHaveLength(1);
    // 10 % of 38 800, less the refunded share: floor(3 880 × 18 900 / 38 800) = 1 890.
    expect(ofEntity(items, 'commission').filter((c) => c.orderId === orderId)).toMatchObject([
      { state: 'pending', amount: 1_890 },
    ]);
    expect(halfWritten(items)).toEqual([]);
  });

  it('twenty clicks at once from one visitor count once; five visitors clicking twice at once count five', async () => {
    const click = (ip: string) =>
      fetch(`${api.url}/r/${anna.code}`, {
        redirect: 'manual',
        headers: {
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
          'x-forwarded-for': ip,
        },
      });
    const responses = await Promise.all([
      ...times(20, () => click('203.0.113.50')),
      ...times(10, (i) => click(`198.51.100.${10 + (i % 5)}`)),
    ]);
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(302));
    countedClicks += 6;
    await poller.drain();
    const row = await eventually(
      () => rollupOf(programId, `A#${anna.user.id}`),
      (r) => r.clicks >= countedClicks,
    );
    expect(row.clicks).toBe(countedClicks);
  });

  it('after every race, the report rollups equal a recount of the stored orders and lines, and points their ledger', async () => {
    // Prepare: everything the races wrote has reached the aggregator.
    await poller.drain();
    await poller.drain();
    const items = await programItems(programId);
    const recount = recountSales(items);
    expect(recount.total.orders).toBeGreaterThanOrEqual(6);

    // Assess: the all-time rollups, and each ambassador's row.
    const total = await eventually(
      () => rollupOf(programId, 'TOTAL'),
      (t) => t.orders === recount.total.orders && t.commissionPending === recount.total.commissionPending,
    );
    expect(total).toEqual({ ...recount.total, clicks: countedClicks });
    for (const [ambassadorId, row] of recount.byAmbassador) {
      expect(await rollupOf(programId, `A#${ambassadorId}`)).toEqual({
        ...row,
        clicks: ambassadorId === anna.user.id ? countedClicks : 0,
      });
    }
    // The report the brand reads, over today (the Shopify order is dated by its payload).
    const today = new Date().toISOString().slice(0, 10);
    const todays = recountSales(items.filter((i) => String(i.occurredAt ?? '').startsWith(today))).total;
    const report = ok(
      await api.call(
        brand,
        'GET',
        `/api/programs/${programId}/reports/referrals?from=${today}&to=${today}&groupBy=ambassador`,
      ),
    );
    expect(report.totals).toMatchObject({
      clicks: countedClicks,
      orders: todays.orders,
      revenue: todays.revenue,
      refunds: todays.refunds,
      netRevenue: todays.revenue - todays.refunds,
      commission: {
        pending: todays.commissionPending,
        approved: todays.commissionApproved,
        paid: todays.commissionPaid,
      },
    });
    const points = recountPoints(items);
    for (const user of points) {
      expect(user.stats, user.userId).toMatchObject({ points: user.ledger, lifetimePoints: user.positive });
    }
    const annaPoints = points.find((p) => p.userId === anna.user.id);
    // Four recruits, and the sales DUP-1, DUP-2, RR-1, RR-2, RR-3, RB-1 and the Shopify order.
    expect(annaPoints?.ledger).toBe(4 * POINTS_PER_RECRUIT + 7 * POINTS_PER_SALE);
    expect(halfWritten(items)).toEqual([]);
  });
});
