import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { db, tableName } from '../shared/platform/db/client.ts';
import {
  type Api,
  type ApiResponse,
  createUser,
  eventually,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import { halfWritten, ofEntity, programItems, recountPoints, recountSales, rollupOf } from './recount.ts';
import { type ApplicationBody, type Member, type OrderBody, type ProgramWorld, world } from './world.ts';

/** How many of everything one run of the races sends at once. */
export type RaceScale = {
  name: string;
  /**
   * Light load: every answer is exactly as the API defines it (one 201, the rest 200 replays or
   * 409s). Under stress a 2-core machine runs out of time too: a request that timed out (500)
   * may still have landed, unseen; it is sent again as a client would, so the answers may hold
   * fewer winners than there were (never more), and the stored effects are what is checked.
   */
  strict: boolean;
  recruits: number;
  approveAgainstReject: number;
  sameName: number;
  reviewedPosts: number;
  slotAmbassadors: number;
  duplicates: number;
  /** Copies of an order under each of its two contents. */
  contentCopies: number;
  orderCopies: number;
  /** Refunds that together empty one order, each sent `refundCopies` times, with the order. */
  refundsOfOne: number;
  refundCopies: number;
  bigRefundCopies: number;
  /** Shopify deliveries of one order under one webhook id, and as many under their own ids. */
  shopifyCopies: number;
  sameVisitorClicks: number;
  visitors: number;
  timeoutMs: number;
};

const RATE_BPS = 1000; // 10 %
const POINTS_PER_SALE = 25;
const POINTS_PER_RECRUIT = 150;
const CHALLENGE_POINTS = 40;
const SHOPIFY_SECRET = 'shpss_races_0123456789abcdef0123456789';
const SHOP = 'race-shop.myshopify.com';

const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const statuses = (responses: ApiResponse[]) => responses.map((r) => r.status).sort((a, b) => a - b);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An error body in the one shape, with the code. */
function expectError(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body).toMatchObject({
    error: { code, message: expect.any(String), requestId: expect.any(String) },
  });
  expect(Object.keys(response.body)).toEqual(['error']);
}

/**
 * Races through the real gateway and handlers against DynamoDB Local: every race is N requests
 * sent at once (Promise.all), never one after another. After each: the effect happened exactly
 * once (one code, one commission line, one ledger entry); at the end the report rollups, kept
 * by the stream aggregator, equal a recount of the stored orders and commission lines, and every
 * ambassador's points equal the sum of their ledger.
 */
export function defineRaces(scale: RaceScale) {
  let api: Api;
  let poller: StreamPoller;
  let w: ProgramWorld;
  let admin: TestUser;
  let manager: TestUser;
  let brand: TestUser;
  let anna: Member;
  let programId: string;
  /** Distinct visitors whose clicks count: the final recount adds them. */
  let countedClicks = 0;
  /** Anna's sales: the final recount checks her points. */
  const annaSales = new Set<string>();

  /**
   * Sends a request as a well-behaved client does: a 503 (the service asks to try again; it
   * wrote nothing) is sent again after a moment; under stress, so is a 500 (a timeout). Any
   * other answer is final.
   */
  const asAClientWould = async (send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    for (let attempt = 0; ; attempt++) {
      const response = await send();
      const retry = response.status === 503 || (!scale.strict && response.status >= 500);
      if (!retry || attempt >= 8) return response;
      if (response.status === 503) expectError(response, 503, 'unavailable');
      await sleep(50 + Math.random() * 150 * (attempt + 1));
    }
  };
  /** Under stress every request goes through the client's retries; under light load none needs them. */
  const send = (request: () => Promise<ApiResponse>) => (scale.strict ? request() : asAClientWould(request));

  /**
   * The answers to one race: strictly `expected` (in any order); under stress, only statuses
   * from `expected`, and no more of `winner` than expected.
   */
  const expectAnswers = (responses: ApiResponse[], expected: number[], winner: number) => {
    const got = statuses(responses);
    const bodies = JSON.stringify(responses.map((r) => r.body));
    if (scale.strict) {
      expect(got, bodies).toEqual([...expected].sort((a, b) => a - b));
      return;
    }
    for (const status of got) expect(expected, bodies).toContain(status);
    expect(got.filter((s) => s === winner).length).toBeLessThanOrEqual(
      expected.filter((s) => s === winner).length,
    );
  };

  const at = () => new Date().toISOString();
  const convert = (body: OrderBody) => w.order(body);
  const refund = (orderId: string, refundId: string, amount: number) => w.refund(orderId, refundId, amount);
  const decide = (by: TestUser, userId: string, decision: 'approve' | 'reject') =>
    api.call(by, 'POST', `/api/programs/${programId}/ambassadors/${userId}/decision`, {
      decision,
      ...(decision === 'reject' ? { reason: 'Not now' } : {}),
    });
  const review = (by: TestUser, submissionId: string, decision: string) =>
    api.call(by, 'POST', `/api/programs/${programId}/submissions/${submissionId}/review`, {
      decision,
      version: 1,
      ...(decision === 'approve' ? {} : { feedback: 'Please redo it' }),
    });
  const ambassadorRecord = async (userId: string) =>
    ok(await api.call(admin, 'GET', `/api/programs/${programId}/ambassadors/${userId}`));
  const ledgerOf = async (userId: string) =>
    ok(await api.call(admin, 'GET', `/api/programs/${programId}/ambassadors/${userId}/ledger`)) as {
      balance: number;
      lifetime: number;
      entries: Array<{ source: string; points: number }>;
    };
  const entriesFrom = <E extends { source: string }>(entries: E[], source: string) =>
    entries.filter((e) => e.source === source);
  /** The referral codes held by a user, from the whole table (the file's own; a test may scan it). */
  const codesOf = async (userIds: string[]) => {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: 'entity = :entity',
          ExpressionAttributeValues: { ':entity': 'referralCode' },
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return new Map(userIds.map((id) => [id, items.filter((c) => c.userId === id).map((c) => c.code)]));
  };

  async function applicant(name: string, application: Partial<ApplicationBody> = {}): Promise<TestUser> {
    const user = await createUser({ name });
    await w.apply(user, application);
    return user;
  }
  const openChallenge = async (title: string, extra: { slots?: number } = {}) =>
    (await w.challenge({ title, points: CHALLENGE_POINTS, ...extra })).challengeId;
  const post = async (user: TestUser, challengeId: string) => (await w.post(user, challengeId)).submissionId;

  beforeAll(async () => {
    api = await startApi();
    poller = await startStreamConsumers(['rollups']);
    w = await world(api).program({
      commission: { rate: { kind: 'percent', basisPoints: RATE_BPS }, holdingDays: 30 },
      pointsPerSale: POINTS_PER_SALE,
      pointsPerRecruit: POINTS_PER_RECRUIT,
    });
    ({ admin, programId } = w);
    [manager, brand] = await Promise.all([w.staff('manager'), w.staff('brand')]);
    anna = await w.ambassador('anna');
    await w.apiKey(brand);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await poller.stop();
    await api.close();
  });

  const timeout = { timeout: scale.timeoutMs };

  describe(`races (${scale.name})`, () => {
    it(
      `double approve: two managers approve each of ${scale.recruits} recruits at once; one wins, one code, one recruit award`,
      timeout,
      async () => {
        // Prepare: applicants recruited through Anna's link.
        const recruits = await Promise.all(
          times(scale.recruits, (i) => applicant(`recruit${i}`, { ref: anna.code })),
        );

        // Act: two approvals per recruit at once, from two different managers.
        const responses = await Promise.all(
          recruits.flatMap((user) => [
            send(() => decide(admin, user.id, 'approve')),
            send(() => decide(manager, user.id, 'approve')),
          ]),
        );

        // Assess: per recruit one approval landed and one 409; one referral code, the one stored.
        const codes = await codesOf(recruits.map((u) => u.id));
        for (const [i, user] of recruits.entries()) {
          const pair = responses.slice(2 * i, 2 * i + 2);
          expectAnswers(pair, [200, 409], 200);
          for (const loser of pair.filter((r) => r.status === 409)) expectError(loser, 409, 'conflict');
          const record = await ambassadorRecord(user.id);
          expect(record.status).toBe('approved');
          expect(codes.get(user.id)).toEqual([record.referralCode]);
          for (const winner of pair.filter((r) => r.status === 200))
            expect(winner.body.referralCode).toBe(record.referralCode);
        }
        await poller.drain();
        const ledger = await eventually(
          () => ledgerOf(anna.user.id),
          (l) => l.entries.filter((e) => e.source.startsWith('recruit:')).length >= scale.recruits,
        );
        for (const user of recruits)
          expect(entriesFrom(ledger.entries, `recruit:${user.id}`).map((e) => e.points)).toEqual([
            POINTS_PER_RECRUIT,
          ]);
      },
    );

    it(
      'approve against reject at once: whichever lands first stands, the other is a 409 that wrote nothing',
      timeout,
      async () => {
        const users = await Promise.all(times(scale.approveAgainstReject, (i) => applicant(`split${i}`)));
        const responses = await Promise.all(
          users.flatMap((user) => [
            send(() => decide(admin, user.id, 'approve')),
            send(() => decide(manager, user.id, 'reject')),
          ]),
        );
        const codes = await codesOf(users.map((u) => u.id));
        for (const [i, user] of users.entries()) {
          const pair = responses.slice(2 * i, 2 * i + 2);
          expectAnswers(pair, [200, 409], 200);
          const record = await ambassadorRecord(user.id);
          expect(['approved', 'rejected']).toContain(record.status);
          for (const winner of pair.filter((r) => r.status === 200))
            expect(winner.body.status).toBe(record.status);
          // A code only for an approval, and only the one stored.
          expect(codes.get(user.id)).toEqual(record.status === 'approved' ? [record.referralCode] : []);
        }
      },
    );

    it(
      `the same referral code drawn for ${scale.sameName} approvals at once is claimed once; the others draw again`,
      timeout,
      async () => {
        // Prepare: applicants with the same name, so the same code prefix, and a random source
        // that hands every approval's first draw the same four characters.
        const users = await Promise.all(
          times(scale.sameName, (i) => applicant(`same${i}`, { displayName: 'Zed Same' })),
        );
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

        // Act: all approvals at once, from two managers.
        const responses = await Promise.all(
          users.map((u, i) => send(() => decide(i % 2 ? manager : admin, u.id, 'approve'))),
        );
        spy.mockRestore();

        // Assess: all approved, all codes different, ZEDSAM-0000 once, each code its owner's.
        expect(forced).toBe(users.length);
        expectAnswers(responses, Array(users.length).fill(200), 200);
        const issued = await Promise.all(users.map(async (u) => (await ambassadorRecord(u.id)).referralCode));
        expect(new Set(issued).size).toBe(users.length);
        expect(issued.filter((c) => c === 'ZEDSAM-0000')).toHaveLength(1);
        const codes = await codesOf(users.map((u) => u.id));
        for (const [i, user] of users.entries()) {
          expect(codes.get(user.id)).toEqual([issued[i]]);
          const redirect = await fetch(`${api.url}/r/${issued[i]}`, { redirect: 'manual' });
          expect(redirect.status).toBe(302);
        }
      },
    );

    it(
      `double review decision: six decisions on one version of each of ${scale.reviewedPosts} posts at once; one per post lands`,
      timeout,
      async () => {
        // Prepare: one ambassador with a post in each of several challenges.
        const rita = await w.ambassador('rita');
        const challengeIds = await Promise.all(
          times(scale.reviewedPosts, (i) => openChallenge(`Review race ${i}`)),
        );
        const submissionIds = await Promise.all(challengeIds.map((id) => post(rita.user, id)));
        const decisions = ['approve', 'reject', 'request_changes'] as const;

        // Act: each post gets every decision from each of two managers, all at once.
        const responses = await Promise.all(
          submissionIds.flatMap((id) =>
            [admin, manager].flatMap((by) =>
              decisions.map((decision) => send(() => review(by, id, decision))),
            ),
          ),
        );

        // Assess: per post one decision landed, the rest 409; the post, its one review record and
        // the ledger agree.
        const items = await programItems(programId);
        const ledger = await ledgerOf(rita.user.id);
        let approvals = 0;
        for (const [i, id] of submissionIds.entries()) {
          const six = responses.slice(6 * i, 6 * i + 6);
          expectAnswers(six, [200, 409, 409, 409, 409, 409], 200);
          for (const loser of six.filter((r) => r.status === 409)) expectError(loser, 409, 'conflict');
          const stored = ok(await api.call(admin, 'GET', `/api/programs/${programId}/submissions/${id}`));
          expect(stored.version).toBe(1);
          for (const winner of six.filter((r) => r.status === 200))
            expect(winner.body).toMatchObject({ status: stored.status, reviewedBy: stored.reviewedBy });
          const reviews = items.filter((item) => String(item.sk).startsWith(`SUBMISSION#${id}#REVIEW#`));
          expect(reviews.map((r) => r.to)).toEqual([stored.status]);
          const approved = stored.status === 'approved' ? 1 : 0;
          expect(entriesFrom(ledger.entries, `submission:${id}`)).toHaveLength(approved);
          approvals += approved;
        }
        expect(ledger.entries.map((e) => e.points)).toEqual(Array(approvals).fill(CHALLENGE_POINTS));
        expect(ledger.balance).toBe(CHALLENGE_POINTS * approvals);
      },
    );

    it(
      `the last slots: ${scale.slotAmbassadors} approvals at once for two slots, and as many for one, leave exactly three`,
      timeout,
      async () => {
        // Prepare: ambassadors, each with a post in a two-slot and a one-slot challenge.
        const ambassadors = await Promise.all(times(scale.slotAmbassadors, (i) => w.ambassador(`slot${i}`)));
        const two = await openChallenge('Two places', { slots: 2 });
        const one = await openChallenge('One place', { slots: 1 });
        const forTwo = await Promise.all(ambassadors.map((a) => post(a.user, two)));
        const forOne = await Promise.all(ambassadors.map((a) => post(a.user, one)));

        // Act: every approval at once, split between two managers.
        const responses = await Promise.all(
          [...forTwo, ...forOne].map((id, i) => send(() => review(i % 2 ? manager : admin, id, 'approve'))),
        );

        // Assess: two and one approvals landed; the rest are 409s naming the slots; the
        // challenges, the ledger and the approved posts agree.
        const n = scale.slotAmbassadors;
        expectAnswers(responses.slice(0, n), [200, 200, ...Array(n - 2).fill(409)], 200);
        expectAnswers(responses.slice(n), [200, ...Array(n - 1).fill(409)], 200);
        for (const loser of responses.filter((r) => r.status === 409)) {
          expectError(loser, 409, 'conflict');
          // Under stress a retried approval that had landed unseen finds itself decided.
          expect(loser.body.error.message).toMatch(scale.strict ? /slots/ : /slots|decided first/);
        }
        for (const [challengeId, slots] of [
          [two, 2],
          [one, 1],
        ] as const) {
          const view = ok(
            await api.call(admin, 'GET', `/api/programs/${programId}/challenges/${challengeId}`),
          );
          expect(view).toMatchObject({ slots, slotsUsed: slots });
        }
        const items = await programItems(programId);
        const ids = new Set([...forTwo, ...forOne]);
        const approved = ofEntity(items, 'submission')
          .filter((s) => ids.has(String(s.submissionId)) && s.status === 'approved')
          .map((s) => String(s.submissionId));
        expect(approved).toHaveLength(3);
        expect(approved.filter((id) => forTwo.includes(id))).toHaveLength(2);
        const awarded = ofEntity(items, 'ledgerEntry')
          .map((e) => String(e.source))
          .filter((source) => ids.has(source.replace('submission:', '')));
        expect(awarded.sort()).toEqual(approved.map((id) => `submission:${id}`).sort());
        for (const winner of responses.filter((r) => r.status === 200))
          expect(approved).toContain(winner.body.submissionId);
      },
    );

    it(
      `${scale.duplicates} duplicate conversions at once make one order, one commission line and one sale award`,
      timeout,
      async () => {
        // Act
        const body = { orderId: 'DUP-1', amount: 10_000, referralCode: anna.code, occurredAt: at() };
        const responses = await Promise.all(times(scale.duplicates, () => send(() => convert(body))));

        // Assess: one 201 and the rest 200 replays of it, all with the one stored order.
        expectAnswers(responses, [...Array(scale.duplicates - 1).fill(200), 201], 201);
        const items = await programItems(programId);
        const [stored, ...more] = ofEntity(items, 'conversion').filter((c) => c.orderId === 'DUP-1');
        expect(more).toEqual([]);
        for (const r of responses)
          expect(r.body).toMatchObject({
            recordedAt: stored?.recordedAt,
            commissionId: stored?.commissionId,
          });
        expect(ofEntity(items, 'commission').filter((c) => c.orderId === 'DUP-1')).toHaveLength(1);
        expect(ofEntity(items, 'orderLedger').filter((c) => c.orderId === 'DUP-1')).toHaveLength(1);
        expect(halfWritten(items)).toEqual([]);
        annaSales.add('DUP-1');
        await poller.drain();
        const ledger = await eventually(
          () => ledgerOf(anna.user.id),
          (l) => entriesFrom(l.entries, 'sale:DUP-1').length > 0,
        );
        expect(entriesFrom(ledger.entries, 'sale:DUP-1').map((e) => e.points)).toEqual([POINTS_PER_SALE]);
      },
    );

    it(
      `an order sent ${scale.contentCopies} times with one amount and as many with another, at once, is stored once; the other content is 409`,
      timeout,
      async () => {
        const body = { orderId: 'DUP-2', referralCode: anna.code, occurredAt: at() };
        const amountOf = (i: number) => (i % 2 ? 2_000 : 1_000);
        const responses = await Promise.all(
          times(2 * scale.contentCopies, (i) => send(() => convert({ ...body, amount: amountOf(i) }))),
        );
        const items = await programItems(programId);
        const [stored, ...more] = ofEntity(items, 'conversion').filter((c) => c.orderId === 'DUP-2');
        expect(more).toEqual([]);
        expect(responses.filter((r) => r.status === 201).length).toBeLessThanOrEqual(1);
        if (scale.strict) expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
        for (const [i, r] of responses.entries()) {
          if (amountOf(i) === stored?.amount) expect(r.body.recordedAt).toBe(stored?.recordedAt);
          else expectError(r, 409, 'conflict');
        }
        expect(ofEntity(items, 'commission').filter((c) => c.orderId === 'DUP-2')).toHaveLength(1);
        expect(halfWritten(items)).toEqual([]);
        annaSales.add('DUP-2');
      },
    );

    it(
      'refunds racing their orders: each refund counts once, before or after the order, and never past it',
      timeout,
      async () => {
        // Act: all at once: three orders sent several times each, their refunds several times each,
        // and a refund of an order that never comes. Many writers on one order's ledger can
        // outlast its retries: that 503 wrote nothing, and the client sends it again.
        const occurredAt = at();
        const share = 10_000 / scale.refundsOfOne;
        const refunds = [
          ...times(4, (i) => ['RR-1', `r1-${i}`, 1_000] as const),
          ...times(scale.refundsOfOne, (i) => ['RR-2', `r2-${i}`, share] as const),
          ['RR-3', 'r3-0', 2_500] as const,
          ['RR-4', 'r4-0', 700] as const,
        ];
        const orders = ['RR-1', 'RR-2', 'RR-3'];
        const responses = await Promise.all([
          ...orders.flatMap((orderId) =>
            times(scale.orderCopies, () =>
              asAClientWould(() => convert({ orderId, amount: 10_000, referralCode: anna.code, occurredAt })),
            ),
          ),
          ...refunds.flatMap(([orderId, refundId, amount]) =>
            times(scale.refundCopies, () => asAClientWould(() => refund(orderId, refundId, amount))),
          ),
        ]);

        // Assess: one 201 per order and per refund id; the rest replays.
        const copies = (n: number) => [...Array(n - 1).fill(200), 201];
        for (let i = 0; i < orders.length; i++) {
          const start = i * scale.orderCopies;
          expectAnswers(responses.slice(start, start + scale.orderCopies), copies(scale.orderCopies), 201);
        }
        for (let i = 0; i < refunds.length; i++) {
          const start = orders.length * scale.orderCopies + i * scale.refundCopies;
          expectAnswers(responses.slice(start, start + scale.refundCopies), copies(scale.refundCopies), 201);
        }
        const items = await programItems(programId);
        const stored = (orderId: string) =>
          ofEntity(items, 'conversion').filter((c) => c.orderId === orderId);
        const line = (orderId: string) => ofEntity(items, 'commission').filter((c) => c.orderId === orderId);
        expect(stored('RR-1')).toMatchObject([{ refundedAmount: 4_000 }]);
        expect(stored('RR-2')).toMatchObject([{ refundedAmount: 10_000 }]);
        expect(stored('RR-3')).toMatchObject([{ refundedAmount: 2_500 }]);
        const gross = 1_000; // 10 % of 10 000
        expect(line('RR-1')).toMatchObject([{ state: 'pending', amount: (gross * 6_000) / 10_000 }]);
        expect(line('RR-2')).toMatchObject([{ state: 'void', amount: 0 }]);
        expect(line('RR-3')).toMatchObject([{ state: 'pending', amount: (gross * 7_500) / 10_000 }]);
        expect(ofEntity(items, 'refund').filter((r) => r.orderId === 'RR-4')).toMatchObject([
          { status: 'pending', amount: 700 },
        ]);
        expect(halfWritten(items)).toEqual([]);
        for (const orderId of orders) annaSales.add(orderId);
        // No refund beyond the order, however they interleave.
        expect((await refund('RR-2', 'r2-extra', 1)).status).toBe(422);
      },
    );

    it(
      `a large refund sent ${scale.bigRefundCopies} times at once is one 201 and the rest replays, never a 422 for going past the order`,
      timeout,
      async () => {
        // Prepare: an order; a refund of more than half of it, so two applied copies would exceed it.
        ok(
          await convert({ orderId: 'RB-1', amount: 10_000, referralCode: anna.code, occurredAt: at() }),
          201,
        );
        annaSales.add('RB-1');

        // Act
        const responses = await Promise.all(
          times(scale.bigRefundCopies, () => send(() => refund('RB-1', 'big', 6_000))),
        );

        // Assess
        expectAnswers(responses, [...Array(scale.bigRefundCopies - 1).fill(200), 201], 201);
        const items = await programItems(programId);
        const stored = ofEntity(items, 'refund').filter((r) => r.orderId === 'RB-1');
        expect(stored).toHaveLength(1);
        for (const r of responses) expect(r.body.receivedAt).toBe(stored[0]?.receivedAt);
        expect(halfWritten(items)).toEqual([]);
      },
    );

    it(
      'duplicate Shopify deliveries at once, under one webhook id and under many, record one order and one refund',
      timeout,
      async () => {
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
          send(() =>
            api.call(undefined, 'POST', `/api/webhooks/shopify/${programId}`, body, {
              'content-type': 'application/json',
              'x-shopify-topic': topic,
              'x-shopify-hmac-sha256': createHmac('sha256', SHOPIFY_SECRET)
                .update(body, 'utf8')
                .digest('base64'),
              'x-shopify-shop-domain': SHOP,
              'x-shopify-webhook-id': webhookId,
            }),
          );
        const burst = (topic: string, body: string, tag: string) =>
          Promise.all([
            ...times(scale.shopifyCopies, () => deliver(topic, body, `${tag}-same`)),
            ...times(scale.shopifyCopies, (i) => deliver(topic, body, `${tag}-${i}`)),
          ]);

        // Act: the order's deliveries at once, then its refund's.
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
        annaSales.add(orderId);
      },
    );

    it(
      `${scale.sameVisitorClicks} clicks at once from one visitor count once; ${scale.visitors} visitors clicking twice at once count once each`,
      timeout,
      async () => {
        const click = (ip: string) =>
          send(async () => {
            const response = await w.visit(`/r/${anna.code}`, {
              userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
              ip,
            });
            return { status: response.status, body: undefined, headers: response.headers };
          });
        const responses = await Promise.all([
          ...times(scale.sameVisitorClicks, () => click('203.0.113.50')),
          ...times(2 * scale.visitors, (i) => click(`198.51.100.${10 + (i % scale.visitors)}`)),
        ]);
        expect(responses.map((r) => r.status)).toEqual(Array(responses.length).fill(302));
        countedClicks += 1 + scale.visitors;
        await poller.drain();
        const row = await eventually(
          () => rollupOf(programId, `A#${anna.user.id}`),
          (r) => r.clicks >= countedClicks,
        );
        expect(row.clicks).toBe(countedClicks);
      },
    );

    it(
      'after every race, the report rollups equal a recount of the stored orders and lines, and points their ledger',
      timeout,
      async () => {
        // Prepare: everything the races wrote has reached the aggregator.
        await poller.drain();
        await poller.drain();
        const items = await programItems(programId);
        const recount = recountSales(items);
        expect(recount.total.orders).toBe(annaSales.size);

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
        // Points: every ambassador's totals equal their ledger; Anna's are her recruits and sales.
        const points = recountPoints(items);
        for (const user of points) {
          expect(user.stats, user.userId).toMatchObject({
            points: user.ledger,
            lifetimePoints: user.lifetime,
          });
        }
        // RR-2 was refunded in full: its sale points were taken back, once.
        expect(points.find((p) => p.userId === anna.user.id)?.ledger).toBe(
          scale.recruits * POINTS_PER_RECRUIT + (annaSales.size - 1) * POINTS_PER_SALE,
        );
        expect(
          ofEntity(items, 'ledgerEntry')
            .filter((e) => e.userId === anna.user.id && e.kind === 'taken_back')
            .map((e) => e.source),
        ).toEqual(['sale:RR-2:refunded']);
        expect(halfWritten(items)).toEqual([]);
      },
    );
  });
}
