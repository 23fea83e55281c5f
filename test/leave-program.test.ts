import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { findReferralCode } from '../shared/referrals/redirect.store.ts';
import {
  type Api,
  createUser,
  eventually,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
  validApplication,
} from './helpers.ts';
import { startReceiver, verifyStandardWebhook } from './webhook-receiver.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

// The brand's webhook receiver runs on this machine (as in test/webhooks.test.ts).
vi.hoisted(() => {
  process.env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK = 'true';
});

/**
 * An ambassador leaves a program (issue 17 §4), through the real handlers on DynamoDB Local:
 * the membership and the codes change in one transaction, the code stops attributing at once,
 * what they earned stays, and they may apply again.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let manager: TestUser;
let brand: TestUser;
let hooks: Awaited<ReturnType<typeof startReceiver>>;
let hookSecret: string;

const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const refOf = (response: Response) =>
  new URL(response.headers.get('location') ?? '').searchParams.get('ref') ?? undefined;
const leave = (who: TestUser, ambassadorId: string, body?: unknown) =>
  api.call(who, 'POST', `/api/programs/${w.programId}/ambassadors/${ambassadorId}/leave`, body);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['webhookSender']);
  w = await world(api).program({ commission: { rate: { kind: 'percent', basisPoints: 1000 } } });
  manager = await w.staff('manager');
  brand = await w.staff('brand');
  await w.apiKey(brand);
  hooks = await startReceiver();
  hookSecret = ok(
    await api.call(brand, 'POST', `/api/programs/${w.programId}/webhooks`, {
      url: hooks.url,
      eventTypes: ['ambassador.left', 'referral_code.rotated'],
    }),
    201,
  ).secret;
});
afterAll(async () => {
  await poller?.stop();
  await hooks?.close();
  await api?.close();
});

describe('leaving a program', () => {
  let anna: Member;

  it('ends the code at once and keeps what was earned: points, orders, commissions, payout details', async () => {
    // Prepare: Anna has a click, an order with its commission, points, and payout details.
    anna = await w.ambassador('anna');
    const rid = await w.click(anna.code, { userAgent: BROWSER, ip: '198.51.100.20' });
    const earned = ok(
      await w.order({
        orderId: 'ANNA-1',
        amount: 10_000,
        clickId: rid,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(earned.attribution).toMatchObject({ ambassadorId: anna.user.id });
    ok(
      await api.call(
        manager,
        'POST',
        `/api/programs/${w.programId}/ambassadors/${anna.user.id}/points-adjustments`,
        {
          points: 40,
          reason: 'Welcome gift',
        },
      ),
      201,
    );

    // Act
    const left = ok(await leave(anna.user, anna.user.id, { reason: 'Moving abroad' }));

    // Assess: the membership says when, from what and why; the code retired at that instant.
    expect(left).toMatchObject({
      status: 'left',
      referralCode: anna.code,
      leaving: { from: 'approved', reason: 'Moving abroad' },
    });
    expect(left.leaving.at).toBe(left.statusAt);
    expect(await findReferralCode(anna.code)).toMatchObject({ retiresAt: left.statusAt, active: true });
    // Her link still reaches the shop, without attribution.
    const visit = await w.visit(`/r/${anna.code}`, { userAgent: BROWSER });
    expect(visit.status).toBe(302);
    expect(refOf(visit)).toBeUndefined();
    // An order with her code after she left is recorded for no one.
    const late = ok(
      await w.order({
        orderId: 'ANNA-LATE',
        amount: 5_000,
        referralCode: anna.code,
        occurredAt: new Date(Date.now() + 1_000).toISOString(),
      }),
      201,
    );
    expect(late).toMatchObject({ status: 'unattributed', flags: ['retired_code'] });
    // One placed before she left and reported late is still hers, as earned.
    const reportedLate = ok(
      await w.order({ orderId: 'ANNA-2', amount: 2_000, referralCode: anna.code, occurredAt: minutesAgo(2) }),
      201,
    );
    expect(reportedLate.attribution).toMatchObject({ ambassadorId: anna.user.id });
    // Her commissions stay, pending, to be approved and paid as earned.
    const lines = ok(
      await api.call(brand, 'GET', `/api/programs/${w.programId}/commissions?ambassadorId=${anna.user.id}`),
    ).items as Array<{ orderId: string; state: string; amount: number }>;
    expect(lines.map((l) => [l.orderId, l.state, l.amount]).sort()).toEqual([
      ['ANNA-1', 'pending', 1_000],
      ['ANNA-2', 'pending', 200],
    ]);
    // Her points ledger stays.
    const ledger = ok(
      await api.call(manager, 'GET', `/api/programs/${w.programId}/ambassadors/${anna.user.id}/ledger`),
    );
    expect(JSON.stringify(ledger)).toContain('Welcome gift');
    // She can still say where she is paid.
    const details = ok(
      await api.call(
        anna.user,
        'PUT',
        `/api/programs/${w.programId}/ambassadors/${anna.user.id}/payout-details`,
        {
          method: 'paypal',
          email: 'anna@example.net',
        },
      ),
    );
    expect(details).toMatchObject({ method: 'paypal', ambassadorId: anna.user.id });
    // The team sees her among those who left.
    const gone = ok(await api.call(manager, 'GET', `/api/programs/${w.programId}/ambassadors?status=left`));
    expect(gone.items.map((m: { userId: string }) => m.userId)).toContain(anna.user.id);
  });

  it('lets only the ambassador leave, once', async () => {
    const ben = await w.ambassador('ben');
    for (const someone of [manager, brand, w.admin, anna.user]) {
      const refused = await leave(someone, ben.user.id);
      expect(refused.status, 'someone else').toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    expect(ok(await leave(ben.user, ben.user.id)).status).toBe('left');
    const again = await leave(ben.user, ben.user.id);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('You have already left this program');
    // Nothing to leave: someone who never applied, and a rejected applicant.
    const stranger = await createUser({ name: 'stranger' });
    expect((await leave(stranger, stranger.id)).status).toBe(404);
    const rejected = await createUser({ name: 'rejected' });
    await w.apply(rejected);
    ok(
      await api.call(manager, 'POST', `/api/programs/${w.programId}/ambassadors/${rejected.id}/decision`, {
        decision: 'reject',
        reason: 'Not now',
      }),
    );
    expect((await leave(rejected, rejected.id)).status).toBe(409);
    // A reason too long is a 422, and nothing changes.
    const cara = await w.ambassador('cara');
    const long = await leave(cara.user, cara.user.id, { reason: 'x'.repeat(1001) });
    expect(long.status).toBe(422);
    expect((await findReferralCode(cara.code))?.retiresAt).toBeUndefined();
  });

  it('ends the grace of a rotated code too, and a suspended ambassador can leave', async () => {
    // Prepare: Dave's code was rotated with 3 days' grace, then he was suspended.
    const dave = await w.ambassador('dave');
    const rotated = ok(
      await api.call(
        manager,
        'POST',
        `/api/programs/${w.programId}/ambassadors/${dave.user.id}/referral-code/rotate`,
        { graceDays: 3 },
      ),
    );
    const newCode = String(rotated.referralCode);
    ok(await api.call(manager, 'POST', `/api/programs/${w.programId}/ambassadors/${dave.user.id}/suspend`));

    // Act
    const left = ok(await leave(dave.user, dave.user.id));

    // Assess: both codes retire now; a reinstatement cannot bring him back.
    expect(left.leaving).toMatchObject({ from: 'suspended' });
    expect(left.codeHistory[0]).toMatchObject({ code: dave.code, retiresAt: left.statusAt });
    expect((await findReferralCode(dave.code))?.retiresAt).toBe(left.statusAt);
    expect((await findReferralCode(newCode))?.retiresAt).toBe(left.statusAt);
    const reinstate = await api.call(
      manager,
      'POST',
      `/api/programs/${w.programId}/ambassadors/${dave.user.id}/reinstate`,
    );
    expect(reinstate.status).toBe(409);
  });

  it('lets a pending applicant withdraw, and anyone who left apply again at once for a new code', async () => {
    // A pending applicant withdraws: no code to retire.
    const eve = await createUser({ name: 'eve' });
    await w.apply(eve);
    const withdrawn = ok(await leave(eve, eve.id));
    expect(withdrawn).toMatchObject({ status: 'left', leaving: { from: 'pending' } });
    expect(withdrawn.referralCode).toBeUndefined();

    // Anna applies again: pending at once, and the team sees that she left, with her old code.
    const again = ok(
      await api.call(anna.user, 'POST', `/api/programs/${w.programId}/applications`, validApplication()),
      201,
    );
    expect(again).toMatchObject({
      status: 'pending',
      applicationCount: 2,
      leaving: { from: 'approved', reason: 'Moving abroad' },
      codeHistory: [{ code: anna.code }],
    });
    expect(again.referralCode).toBeUndefined();
    const newCode = await w.approve(anna.user, manager);
    expect(newCode).not.toBe(anna.code);
    expect(refOf(await w.visit(`/r/${newCode}`, { userAgent: BROWSER }))).toBe(newCode);
    expect(refOf(await w.visit(`/r/${anna.code}`, { userAgent: BROWSER }))).toBeUndefined();
  });

  it('sends ambassador.left to the brand’s endpoints, and no referral_code.rotated for a leave', async () => {
    await poller.drain();
    const bodies = await eventually(
      async () => {
        await poller.drain();
        return hooks.received.map((r) => {
          expect(verifyStandardWebhook(hookSecret, r.headers, r.body)).toBe(true);
          return JSON.parse(r.body) as { type: string; data: { userId?: string; code?: string } };
        });
      },
      (all) => all.filter((b) => b.type === 'ambassador.left').length >= 4,
    );
    const left = bodies.filter((b) => b.type === 'ambassador.left').map((b) => b.data.userId);
    // Anna, Ben, Dave and Eve, once each.
    expect(left).toHaveLength(4);
    expect(new Set(left).size).toBe(4);
    expect(left).toContain(anna.user.id);
    // Dave's rotation is the only one: leaving retired codes without a next one.
    expect(bodies.filter((b) => b.type === 'referral_code.rotated')).toHaveLength(1);
  });
});
