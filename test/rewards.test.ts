import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createUser, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Rewards end to end through the real API on DynamoDB Local: the catalogue, code pools,
 * redemptions under concurrency (the balance, the stock and the codes never go wrong), the
 * decision and fulfilment steps, and spending that leaves lifetime points, tiers and ranks alone.
 */
let api: Api;
let w: ProgramWorld;
let admin: TestUser;
let manager: TestUser;
let programId: string;

const ADDRESS = {
  name: 'Anna Muster',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

const path = (rest: string) => `/api/programs/${programId}${rest}`;
let keys = 0;
const key = () => `key-${Date.now().toString(36)}-${++keys}`;

const grant = (member: Member, points: number, reason = 'Welcome gift') =>
  api.call(manager, 'POST', path(`/ambassadors/${member.user.id}/points-adjustments`), { points, reason });
const ledgerOf = async (member: Member) =>
  ok(await api.call(member.user, 'GET', path(`/ambassadors/${member.user.id}/ledger`))) as {
    balance: number;
    lifetime: number;
    entries: Array<{ points: number; kind: string; source: string }>;
  };
const redeem = (member: Member, rewardId: string, body: object = {}, idempotencyKey = key()) =>
  api.call(member.user, 'POST', path(`/rewards/${rewardId}/redemptions`), body, {
    'idempotency-key': idempotencyKey,
  });
const createReward = async (body: object) => ok(await api.call(manager, 'POST', path('/rewards'), body), 201);

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program({
    tiers: [
      { id: 'bronze', name: 'Bronze', minPoints: 0 },
      { id: 'silver', name: 'Silver', minPoints: 100 },
    ],
  } as never);
  ({ admin, programId } = w);
  manager = await w.staff('manager');
});
afterAll(async () => {
  await api.close();
});

describe('the catalogue', () => {
  it('lets managers create and edit rewards, and refuses ambassadors', async () => {
    const reward = await createReward({ title: 'Tote bag', kind: 'product', costPoints: 50, stock: 3 });
    expect(reward).toMatchObject({
      kind: 'product',
      stock: 3,
      requiresApproval: true,
      active: true,
      redeemed: 0,
    });
    const edited = ok(
      await api.call(manager, 'PATCH', path(`/rewards/${reward.rewardId}`), { costPoints: 60, stock: null }),
    );
    expect(edited.costPoints).toBe(60);
    expect(edited.stock).toBeUndefined();
    const anna = await w.ambassador('cat-anna');
    expect(
      (await api.call(anna.user, 'POST', path('/rewards'), { title: 'x', kind: 'perk', costPoints: 1 }))
        .status,
    ).toBe(403);
    const outsider = await createUser({ name: 'outsider' });
    expect((await api.call(outsider, 'GET', path('/rewards'))).status).toBe(403);
    expect(
      (
        await api.call(manager, 'POST', path('/rewards'), {
          title: 'x',
          kind: 'perk',
          costPoints: 1,
          minTier: 'gold',
        })
      ).status,
    ).toBe(422);
  });

  it('tells an ambassador what they can afford, the points to go and why a reward is locked', async () => {
    const cheap = await createReward({ title: 'Sticker', kind: 'perk', costPoints: 10 });
    const dear = await createReward({ title: 'Jacket', kind: 'perk', costPoints: 500 });
    const silver = await createReward({
      title: 'Silver dinner',
      kind: 'perk',
      costPoints: 10,
      minTier: 'silver',
    });
    const later = await createReward({
      title: 'Next year',
      kind: 'perk',
      costPoints: 10,
      availableFrom: '2099-01-01',
    });
    const gone = await createReward({
      title: 'Last year',
      kind: 'perk',
      costPoints: 10,
      availableUntil: '2020-01-01',
    });
    const empty = await createReward({ title: 'Sold out', kind: 'perk', costPoints: 10, stock: 0 });
    const off = await createReward({ title: 'Hidden', kind: 'perk', costPoints: 10, active: false });
    const ben = await w.ambassador('cat-ben');
    ok(await grant(ben, 40), 201);
    const list = ok(await api.call(ben.user, 'GET', path('/rewards?limit=100'))).items as Array<{
      rewardId: string;
      affordable: boolean;
      pointsToGo: number;
      locked?: { reason: string; message: string; tier?: string; at?: string };
    }>;
    const view = (id: string) => list.find((r) => r.rewardId === id);
    expect(view(cheap.rewardId)).toMatchObject({ affordable: true, pointsToGo: 0 });
    expect(view(cheap.rewardId)?.locked).toBeUndefined();
    expect(view(dear.rewardId)).toMatchObject({ affordable: false, pointsToGo: 460 });
    // Each reason with the values a reader's own words are built from.
    expect(view(silver.rewardId)?.locked).toMatchObject({ reason: 'tier', tier: 'silver' });
    expect(view(later.rewardId)?.locked).toMatchObject({ reason: 'not_yet', at: later.availableFrom });
    expect(view(gone.rewardId)?.locked).toMatchObject({ reason: 'ended', at: gone.availableUntil });
    expect(view(empty.rewardId)?.locked?.reason).toBe('out_of_stock');
    expect(view(off.rewardId)).toBeUndefined();
    // The manager sees them all, the inactive one too.
    const all = ok(await api.call(manager, 'GET', path('/rewards?limit=100'))).items as Array<{
      rewardId: string;
    }>;
    expect(all.map((r) => r.rewardId)).toContain(off.rewardId);
    const refused = await redeem(ben, silver.rewardId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('tier');
  });
});

describe('a code reward with 5 codes, redeemed by 20 ambassadors at once', () => {
  it('gives exactly 5 codes, each to one ambassador, and debits nobody it refused', async () => {
    const reward = await createReward({ title: 'Gift card', kind: 'code', costPoints: 100 });
    const codes = ['GC-AAAA-0001', 'GC-AAAA-0002', 'GC-AAAA-0003', 'GC-AAAA-0004', 'GC-AAAA-0005'];
    expect(
      (await api.call(manager, 'POST', path(`/rewards/${reward.rewardId}/codes`), { codes: ['X1', 'X1'] }))
        .status,
    ).toBe(422);
    expect(
      ok(await api.call(manager, 'POST', path(`/rewards/${reward.rewardId}/codes`), { codes }), 201),
    ).toEqual({
      added: 5,
      left: 5,
    });
    const again = await api.call(manager, 'POST', path(`/rewards/${reward.rewardId}/codes`), {
      codes: [codes[0]],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.duplicates).toEqual([codes[0]]);

    const members: Member[] = [];
    for (let i = 0; i < 20; i++) members.push(await w.ambassador(`code-${i}`));
    for (const member of members) ok(await grant(member, 150), 201);

    const answers = await Promise.all(members.map((member) => redeem(member, reward.rewardId)));
    const won = answers.filter((a) => a.status === 201);
    const lost = answers.filter((a) => a.status !== 201);
    expect(won).toHaveLength(5);
    expect(lost.map((a) => a.status)).toEqual(Array(15).fill(409));
    for (const answer of lost) expect(answer.body.error.details.reason).toBe('out_of_stock');
    const given = won.map((a) => a.body.code as string).sort();
    expect(given).toEqual([...codes].sort());
    for (const answer of won) expect(answer.body.status).toBe('fulfilled');

    const balances = await Promise.all(members.map(async (m) => (await ledgerOf(m)).balance));
    expect(balances.filter((b) => b === 50)).toHaveLength(5);
    expect(balances.filter((b) => b === 150)).toHaveLength(15);

    // The team sees the codes masked; the reward shows none left.
    const queue = ok(await api.call(manager, 'GET', path('/redemptions?status=fulfilled&limit=100')))
      .items as Array<{
      rewardId: string;
      code: string;
    }>;
    const mine = queue.filter((r) => r.rewardId === reward.rewardId);
    expect(mine).toHaveLength(5);
    for (const r of mine) expect(codes).not.toContain(r.code);
    expect(ok(await api.call(manager, 'GET', path(`/rewards/${reward.rewardId}`)))).toMatchObject({
      stock: 0,
      redeemed: 5,
    });
  });
});

describe('the balance under concurrency', () => {
  it('lets one of two 100-point redemptions through a 150 balance, never below zero', async () => {
    const reward = await createReward({
      title: 'Cap',
      kind: 'perk',
      costPoints: 100,
      requiresApproval: false,
    });
    const cara = await w.ambassador('bal-cara');
    ok(await grant(cara, 150), 201);
    const answers = await Promise.all([redeem(cara, reward.rewardId), redeem(cara, reward.rewardId)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body.error.details).toMatchObject({
      reason: 'not_enough_points',
      balance: 50,
      pointsToGo: 50,
    });
    const ledger = await ledgerOf(cara);
    expect(ledger.balance).toBe(50);
    expect(ledger.lifetime).toBe(150);
  });

  it('redeems once for the same Idempotency-Key sent 10 times at once', async () => {
    const reward = await createReward({ title: 'Mug', kind: 'perk', costPoints: 30 });
    const dan = await w.ambassador('idem-dan');
    ok(await grant(dan, 100), 201);
    const same = key();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => redeem(dan, reward.rewardId, {}, same)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.body.redemptionId)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    const ledger = await ledgerOf(dan);
    expect(ledger.balance).toBe(70);
    expect(ledger.entries.filter((e) => e.kind === 'spent')).toMatchObject([
      { reason: 'Redeemed: Mug', code: 'redeemed', values: { reward: 'Mug' } },
    ]);
    // A manager's grant is worded by the manager: no code, its reason shown as written.
    expect(ledger.entries.find((e) => e.kind === 'adjusted')).not.toHaveProperty('code');
    // The key is the caller's for this reward: another reward with it is refused.
    const other = await createReward({ title: 'Pen', kind: 'perk', costPoints: 1 });
    expect((await redeem(dan, other.rewardId, {}, same)).status).toBe(422);
    const keyless = await api.call(dan.user, 'POST', path(`/rewards/${reward.rewardId}/redemptions`), {});
    expect(keyless.status).toBe(400);
    expect(keyless.body.error.message).toMatch(/idempotency-key/i);
  });
});

describe('a product with a stock of 3 and a limit of 1 per member', () => {
  it('needs an address, refunds a rejection once, gives the stock back and keeps lifetime, tier and rank', async () => {
    const reward = await createReward({
      title: 'Hoodie',
      kind: 'product',
      costPoints: 120,
      stock: 3,
      perMemberLimit: 1,
    });
    const eva = await w.ambassador('prod-eva');
    const fay = await w.ambassador('prod-fay');
    ok(await grant(eva, 300), 201);
    ok(await grant(fay, 200), 201);
    expect((await redeem(eva, reward.rewardId)).status).toBe(422);
    expect(
      (await redeem(eva, reward.rewardId, { shippingAddress: { ...ADDRESS, country: 'XX' } })).status,
    ).toBe(422);

    const board = async () =>
      ok(await api.call(eva.user, 'GET', path('/leaderboard?period=all&limit=100'))) as {
        entries: Array<{ userId: string; rank: number; points: number; tier?: string }>;
        me: { rank: number; points: number };
      };
    const before = await board();
    const first = ok(await redeem(eva, reward.rewardId, { shippingAddress: ADDRESS }), 201);
    expect(first.status).toBe('requested');
    expect(first.shippingAddress).toEqual(ADDRESS);
    const limit = await redeem(eva, reward.rewardId, { shippingAddress: ADDRESS });
    expect(limit.status).toBe(409);
    expect(limit.body.error.details.reason).toBe('limit_reached');
    expect(ok(await api.call(manager, 'GET', path(`/rewards/${reward.rewardId}`))).stock).toBe(2);

    // Spending moved the balance only.
    const spent = await ledgerOf(eva);
    expect(spent).toMatchObject({ balance: 180, lifetime: 300 });
    const after = await board();
    expect(after.me).toEqual(before.me);
    expect(after.entries.find((e) => e.userId === eva.user.id)).toEqual(
      before.entries.find((e) => e.userId === eva.user.id),
    );
    const member = ok(await api.call(manager, 'GET', path(`/ambassadors/${eva.user.id}`)));
    expect(member.tier).toBe('silver');

    // Managers hear of the request.
    const told = ok(await api.call(manager, 'GET', '/api/me/notifications?limit=50')).items as Array<{
      type: string;
    }>;
    expect(told.some((n) => n.type === 'redemption_requested')).toBe(true);

    // A rejection needs a reason; sent twice at once, one is a 200 and one a 409.
    expect(
      (
        await api.call(manager, 'POST', path(`/redemptions/${first.redemptionId}/decision`), {
          decision: 'reject',
        })
      ).status,
    ).toBe(422);
    const decisions = await Promise.all(
      [1, 2].map(() =>
        api.call(manager, 'POST', path(`/redemptions/${first.redemptionId}/decision`), {
          decision: 'reject',
          reason: 'Out of this size',
        }),
      ),
    );
    expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    const refunded = await ledgerOf(eva);
    expect(refunded).toMatchObject({ balance: 300, lifetime: 300 });
    expect(refunded.entries.filter((e) => e.kind === 'returned')).toMatchObject([
      { code: 'returned', values: { reward: reward.title, status: 'rejected' } },
    ]);
    expect(ok(await api.call(manager, 'GET', path(`/rewards/${reward.rewardId}`)))).toMatchObject({
      stock: 3,
      redeemed: 0,
    });
    const notes = ok(await api.call(eva.user, 'GET', '/api/me/notifications?limit=50')).items as Array<{
      type: string;
      body: string;
    }>;
    expect(notes.find((n) => n.type === 'redemption_rejected')?.body).toContain('Out of this size');

    // The limit counts live redemptions: after the rejection she may redeem again.
    const second = ok(await redeem(eva, reward.rewardId, { shippingAddress: ADDRESS }), 201);
    ok(
      await api.call(manager, 'POST', path(`/redemptions/${second.redemptionId}/decision`), {
        decision: 'approve',
      }),
    );
    expect(
      (await api.call(eva.user, 'POST', path(`/redemptions/${second.redemptionId}/cancel`))).status,
    ).toBe(409);
    const fulfilled = ok(
      await api.call(manager, 'POST', path(`/redemptions/${second.redemptionId}/fulfil`), {
        trackingUrl: 'https://tracking.example.com/parcel/123',
        note: 'DHL',
      }),
    );
    expect(fulfilled).toMatchObject({
      status: 'fulfilled',
      trackingUrl: 'https://tracking.example.com/parcel/123',
    });
    const mine = ok(await api.call(eva.user, 'GET', path('/redemptions'))).items as Array<{
      redemptionId: string;
    }>;
    expect(mine.map((r) => r.redemptionId)).toEqual([second.redemptionId, first.redemptionId]);
    const news = ok(await api.call(eva.user, 'GET', '/api/me/notifications?limit=50')).items as Array<{
      type: string;
      body: string;
    }>;
    expect(news.find((n) => n.type === 'redemption_fulfilled')?.body).toContain('tracking.example.com');
    // In German for a German reader: the rejection with its reason, the parcel with its tracking link.
    const german = ok(
      await api.call(eva.user, 'GET', '/api/me/notifications?limit=50', undefined, {
        'accept-language': 'de',
      }),
    ).items as Array<{ type: string; title: string; body: string }>;
    expect(german.find((n) => n.type === 'redemption_rejected')?.body).toMatch(
      /^Ihre Anfrage wurde abgelehnt: Out of this size\. Sie haben Ihre \d+ Punkte? zurück\.$/,
    );
    expect(german.find((n) => n.type === 'redemption_fulfilled')?.body).toMatch(
      /^Sendungsverfolgung: https:\/\/tracking\.example\.com\/parcel\/123 DHL/,
    );
    // Fay cannot read or cancel Eva's.
    expect((await api.call(fay.user, 'GET', path(`/redemptions/${second.redemptionId}`))).status).toBe(404);
  });

  it('lets an ambassador cancel a request, once, with the points back', async () => {
    const reward = await createReward({ title: 'Call with the team', kind: 'perk', costPoints: 20 });
    const gus = await w.ambassador('cancel-gus');
    ok(await grant(gus, 20), 201);
    const asked = ok(await redeem(gus, reward.rewardId), 201);
    expect((await ledgerOf(gus)).balance).toBe(0);
    const cancels = await Promise.all(
      [1, 2].map(() => api.call(gus.user, 'POST', path(`/redemptions/${asked.redemptionId}/cancel`))),
    );
    expect(cancels.map((c) => c.status).sort()).toEqual([200, 409]);
    expect((await ledgerOf(gus)).balance).toBe(20);
  });
});

describe('points adjustments', () => {
  it('grants and deducts with a reason, audited, never below zero', async () => {
    const hal = await w.ambassador('adj-hal');
    const granted = ok(await grant(hal, 40, 'Great event'), 201);
    expect(granted).toMatchObject({ balance: 40, lifetime: 40, entry: { kind: 'adjusted', by: manager.id } });
    expect((await grant(hal, -50, 'Too much')).status).toBe(409);
    ok(await grant(hal, -15, 'Duplicate post'), 201);
    expect(await ledgerOf(hal)).toMatchObject({ balance: 25, lifetime: 25 });
    expect(
      (
        await api.call(hal.user, 'POST', path(`/ambassadors/${hal.user.id}/points-adjustments`), {
          points: 5,
          reason: 'me',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call(admin, 'POST', path('/ambassadors/nobody/points-adjustments'), {
          points: 5,
          reason: 'x',
        })
      ).status,
    ).toBe(404);
  });
});

describe('points that stay honest after a refund', () => {
  it('takes back a fully refunded sale’s points once, keeps a partial refund’s, and never goes below zero', async () => {
    const poller = await startStreamConsumers();
    try {
      const shop = await world(api).program({ pointsPerSale: 25 });
      const brand = await shop.staff('brand');
      await shop.apiKey(brand);
      const ivy = await shop.ambassador('refund-ivy');
      const ledger = async () =>
        ok(
          await api.call(
            ivy.user,
            'GET',
            `/api/programs/${shop.programId}/ambassadors/${ivy.user.id}/ledger`,
          ),
        ) as {
          balance: number;
          lifetime: number;
          entries: Array<{ points: number; kind: string; source: string; reason: string }>;
        };
      const occurredAt = new Date().toISOString();
      for (const orderId of ['HR-1', 'HR-2', 'HR-3'])
        ok(await shop.order({ orderId, referralCode: ivy.code, amount: 4_000, occurredAt }), 201);
      await poller.drain();
      expect(await ledger()).toMatchObject({ balance: 75, lifetime: 75 });

      // Ivy spends 60 of her 75 points.
      const perk = ok(
        await api.call(shop.admin, 'POST', `/api/programs/${shop.programId}/rewards`, {
          title: 'Backstage pass',
          kind: 'perk',
          costPoints: 60,
          requiresApproval: false,
        }),
        201,
      );
      ok(
        await api.call(
          ivy.user,
          'POST',
          `/api/programs/${shop.programId}/rewards/${perk.rewardId}/redemptions`,
          {},
          {
            'idempotency-key': key(),
          },
        ),
        201,
      );

      // A partial refund keeps the points; a full one (in two parts, one sent twice) takes them back once.
      ok(await shop.refund('HR-1', 'part', 1_000), 201);
      ok(await shop.refund('HR-2', 'a', 2_500), 201);
      await Promise.all([shop.refund('HR-2', 'b', 1_500), shop.refund('HR-2', 'b', 1_500)]);
      await poller.drain();
      await poller.drain();
      const afterOne = await ledger();
      expect(afterOne).toMatchObject({ balance: 0, lifetime: 60 });
      const taken = afterOne.entries.filter((e) => e.kind === 'taken_back');
      expect(taken).toHaveLength(1);
      // Only 15 were left to take: the rest was spent already, and the balance stays at zero.
      expect(taken[0]).toMatchObject({ source: 'sale:HR-2:refunded', points: -15 });
      expect(taken[0]?.reason).toContain('10 of its 25 points were spent already');

      ok(await shop.refund('HR-3', 'all', 4_000), 201);
      await poller.drain();
      await poller.drain();
      const afterTwo = await ledger();
      expect(afterTwo.balance).toBe(0);
      expect(afterTwo.entries.filter((e) => e.kind === 'taken_back')).toHaveLength(2);
      expect(afterTwo.balance).toBe(afterTwo.entries.reduce((sum, e) => sum + e.points, 0));

      // A full refund that arrives before its order: the order is stored refunded already, and
      // its points are earned and taken back in the same pass, so the ledger tells both.
      ok(await shop.refund('HR-4', 'early', 4_000), 201);
      ok(await shop.order({ orderId: 'HR-4', referralCode: ivy.code, amount: 4_000, occurredAt }), 201);
      await poller.drain();
      await poller.drain();
      const afterEarly = await ledger();
      expect(afterEarly.entries.filter((e) => e.source.startsWith('sale:HR-4')).map((e) => e.points)).toEqual(
        expect.arrayContaining([25, -25]),
      );
      expect(afterEarly).toMatchObject({ balance: 0, lifetime: 60 });
    } finally {
      await poller.stop();
    }
  });
});

describe('gifts that ask for a post', () => {
  it('gives the gift a deadline, reminds once, links the post and counts gifts sent against posted', async () => {
    const challenge = await w.challenge({ title: 'Show the hoodie' }, manager);
    const gift = await createReward({
      title: 'Seeded hoodie',
      kind: 'product',
      costPoints: 10,
      followUpChallengeId: challenge.challengeId,
      postWithinDays: 7,
    });
    const jo = await w.ambassador('gift-jo');
    ok(await grant(jo, 10), 201);
    const asked = ok(await redeem(jo, gift.rewardId, { shippingAddress: ADDRESS }), 201);
    ok(
      await api.call(manager, 'POST', path(`/redemptions/${asked.redemptionId}/decision`), {
        decision: 'approve',
      }),
    );
    const sent = ok(await api.call(manager, 'POST', path(`/redemptions/${asked.redemptionId}/fulfil`), {}));
    const due = Date.parse(sent.followUp.dueAt);
    expect(Math.round((due - Date.parse(sent.updatedAt)) / 86_400_000)).toBe(7);
    expect(sent.flags).toBeUndefined();
    const journey = async () =>
      ok(await api.call(jo.user, 'GET', path(`/ambassadors/${jo.user.id}/journey`))) as {
        next: Array<{ action: string; reason: string; link?: string }>;
        flags?: string[];
      };
    const before = await journey();
    expect(before.next[0]).toMatchObject({
      action: 'post_about_gift',
      code: 'post_about_gift',
      rewardTitle: 'Seeded hoodie',
      dueAt: sent.followUp.dueAt,
      link: `/programs/${programId}/challenges/${challenge.challengeId}`,
    });
    expect(before.next[0]?.reason).toContain('Seeded hoodie');
    expect(before.flags).toBeUndefined();

    // Five days on, the scheduler reminds her, once.
    const { handler: scheduler } = await import('../functions/scheduler.handler.ts');
    const later = new Date(Date.now() + 5 * 86_400_000).toISOString();
    await scheduler({ time: later });
    await scheduler({ time: later });
    const notes = ok(await api.call(jo.user, 'GET', '/api/me/notifications?limit=50')).items as Array<{
      type: string;
    }>;
    expect(notes.filter((n) => n.type === 'gift_post_due')).toHaveLength(1);

    const view = async () =>
      ok(await api.call(manager, 'GET', path(`/challenges/${challenge.challengeId}`))) as {
        giftsSent?: number;
        giftsPosted?: number;
      };
    expect(await view()).toMatchObject({ giftsSent: 1 });
    expect((await view()).giftsPosted).toBeUndefined();
    const post = await w.post(jo.user, challenge.challengeId);
    expect(await view()).toMatchObject({ giftsSent: 1, giftsPosted: 1 });
    expect((await journey()).next.map((n) => n.action)).not.toContain('post_about_gift');
    const linked = ok(await api.call(jo.user, 'GET', path(`/redemptions/${asked.redemptionId}`)));
    expect(linked.followUp).toMatchObject({ submissionId: post.submissionId, postedAt: post.submittedAt });
  });
});

describe('requests the hostile-input and document fuzz found answered wrongly', () => {
  it('refuses postWithinDays with the follow-up cleared in the same change (was a 500)', async () => {
    // Prepare
    const { challengeId } = await w.challenge({ title: 'Show the gift' }, manager);
    const gift = await createReward({ title: 'Sneakers', kind: 'product', costPoints: 10, stock: 5 });
    const at = path(`/rewards/${gift.rewardId}`);

    // Act: a follow-up without a deadline of its own, then both cleared, then cleared with a deadline.
    const followed = await api.call(manager, 'PATCH', at, {
      followUpChallengeId: challengeId,
      postWithinDays: null,
    });
    const cleared = await api.call(manager, 'PATCH', at, { followUpChallengeId: null });
    const both = await api.call(manager, 'PATCH', at, { followUpChallengeId: null, postWithinDays: 5 });

    // Assess: DynamoDB refuses an update that sets and removes one field, which answered 500.
    expect(ok(followed)).toMatchObject({ followUpChallengeId: challengeId });
    expect(ok(cleared).followUpChallengeId).toBeUndefined();
    expect(cleared.body.postWithinDays).toBeUndefined();
    expect(both.status).toBe(422);
    expect(both.body.error.details.field).toBe('postWithinDays');
    expect(ok(await api.call(manager, 'GET', at)).postWithinDays).toBeUndefined();
  });

  it('refuses an Idempotency-Key that is not ASCII, which the Lambda adapter passed on percent-encoded', async () => {
    // Prepare
    const reward = await createReward({ title: 'Bottle', kind: 'perk', costPoints: 5 });
    const jo = await w.ambassador('key-jo');
    ok(await grant(jo, 20), 201);

    // Act
    const answers = await Promise.all(
      ['schlüssel-1', 'KËY', '100%', '%C3%8B'].map((k) => redeem(jo, reward.rewardId, {}, k)),
    );

    // Assess: each is refused as the document says, and nothing was spent.
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    for (const answer of answers) expect(answer.body.error.details.in).toBe('header');
    expect((await ledgerOf(jo)).balance).toBe(20);
  });

  it('refuses a code with a space around it rather than trimming it into another code', async () => {
    // Prepare
    const reward = await createReward({ title: 'Voucher', kind: 'code', costPoints: 5 });
    const at = path(`/rewards/${reward.rewardId}/codes`);

    // Act
    const spaced = await api.call(manager, 'POST', at, { codes: ['VC-0001', ' VC-0002', 'VC-0003 '] });

    // Assess: the document says printable ASCII without spaces; the server took them trimmed.
    expect(spaced.status).toBe(422);
    expect(ok(await api.call(manager, 'GET', path(`/rewards/${reward.rewardId}`))).stock).toBe(0);
    expect(ok(await api.call(manager, 'POST', at, { codes: ['VC-0001', 'VC-0002'] }), 201)).toEqual({
      added: 2,
      left: 2,
    });
  });
});
