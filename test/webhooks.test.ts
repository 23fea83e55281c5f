import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { startReceiver, verifyStandardWebhook } from './webhook-receiver.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

// The receivers run on this machine: the flag `npm start` may be given for local development.
vi.hoisted(() => {
  process.env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK = 'true';
});

const { handler: sender } = await import('../functions/webhook-sender.handler.ts');

/**
 * Outbound webhooks end to end: endpoints made through the API, events from the table's stream
 * (the sender fed by the stream poller, as `npm start` runs it), signed the Standard Webhooks
 * way and checked by an independent verifier and the reference library, retried on the clock
 * (the sweep, called with the time a later run would have) under the same webhook-id, and an
 * endpoint that keeps failing disabled with its owner told.
 */
let api: Api;
let w: ProgramWorld;
let brand: TestUser;
let anna: Member;
let poller: StreamPoller;
const receivers: Array<{ close: () => Promise<void> }> = [];

const path = (rest: string) => `/api/programs/${w.programId}${rest}`;
type Endpoint = { id: string; secret: string; status: string; consecutiveFailures: number };
type Delivery = {
  id: string;
  status: string;
  attempts: number;
  attemptLog: Array<{ responseStatus?: number }>;
};

async function receiver(options: Parameters<typeof startReceiver>[0] = {}) {
  const started = await startReceiver(options);
  receivers.push(started);
  return started;
}

async function endpoint(url: string, eventTypes: string[]): Promise<Endpoint> {
  return ok(await api.call(brand, 'POST', path('/webhooks'), { url, eventTypes }), 201) as Endpoint;
}

const deliveries = async (endpointId: string) =>
  ok(await api.call(brand, 'GET', path(`/webhooks/${endpointId}/deliveries?limit=100`))).items as Delivery[];

/** The sweep as a run of the clock `minutes` from now would make it. */
const sweepAt = (minutes: number) => sender({ time: new Date(Date.now() + minutes * 60_000).toISOString() });

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  brand = await w.staff('brand');
  anna = await w.ambassador('anna');
  await w.apiKey(brand);
  poller = await startStreamConsumers(['webhookSender']);
});

afterAll(async () => {
  await poller?.stop();
  for (const started of receivers) await started.close();
  await api?.close();
});

describe('a receiver registered for submission.approved and conversion.created', () => {
  it('gets each event once, signed so an independent verifier and the reference library accept it', async () => {
    // Prepare
    const hooks = await receiver();
    const created = await endpoint(hooks.url, ['submission.approved', 'conversion.created']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const challenge = await w.challenge();

    // Act: a post approved, an order through Anna's code, and an event it did not ask for
    const post = await w.post(anna.user, challenge.challengeId);
    ok(
      await api.call(w.admin, 'POST', path(`/submissions/${post.submissionId}/review`), {
        decision: 'approve',
        version: post.version,
      }),
    );
    ok(
      await w.order({
        orderId: 'WH-1',
        amount: 4_200,
        referralCode: anna.code,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    await w.ambassador('ben');

    // Assess
    await eventually(
      async () => hooks.received.length,
      (n) => n >= 2,
      100,
    );
    const bodies = hooks.received.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies.map((b) => b.type).sort()).toEqual(['conversion.created', 'submission.approved']);
    const approved = bodies.find((b) => b.type === 'submission.approved') as Record<string, unknown>;
    expect(approved).toMatchObject({
      programId: w.programId,
      data: { submissionId: post.submissionId, status: 'approved' },
    });
    expect(Object.keys(approved).sort()).toEqual(['createdAt', 'data', 'id', 'programId', 'type']);
    const sale = bodies.find((b) => b.type === 'conversion.created') as Record<string, unknown>;
    expect(sale).toMatchObject({
      data: { orderId: 'WH-1', amount: 4_200, attribution: { code: anna.code } },
    });
    for (const request of hooks.received) {
      expect(verifyStandardWebhook(created.secret, request.headers, request.body)).toBe(true);
      expect(() =>
        new Webhook(created.secret).verify(request.body, request.headers as Record<string, string>),
      ).not.toThrow();
      expect(request.headers['webhook-id']).toBe((JSON.parse(request.body) as { id: string }).id);
      // Not with another secret, nor a body changed by one byte.
      expect(
        verifyStandardWebhook(
          `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
          request.headers,
          request.body,
        ),
      ).toBe(false);
      expect(verifyStandardWebhook(created.secret, request.headers, request.body.replace('}', ' }'))).toBe(
        false,
      );
    }
    const log = await deliveries(created.id);
    expect(log.map((d) => [d.status, d.attempts])).toEqual([
      ['succeeded', 1],
      ['succeeded', 1],
    ]);
  });
});

describe('retries', () => {
  it('a receiver that answers 500 three times then 200 gets the event on the fourth attempt, under one webhook-id', async () => {
    // Prepare
    const hooks = await receiver({ script: [500, 500, 500], afterwards: 200 });
    const created = await endpoint(hooks.url, ['payout.confirmed']);

    // Act: a test event, then the clock's runs after each retry's delay
    const sent = ok(await api.call(brand, 'POST', path(`/webhooks/${created.id}/test`)), 202) as {
      id: string;
    };
    await eventually(
      async () => hooks.received.length,
      (n) => n >= 1,
    );
    for (const [minutes, expected] of [
      [2, 2],
      [10, 3],
      // Each retry waits its delay ±20 %: the third is 24 to 36 minutes after the attempt at +10.
      [50, 4],
    ] as const) {
      await sweepAt(minutes);
      expect(hooks.received).toHaveLength(expected);
    }
    // A later run finds nothing due: it was delivered.
    await sweepAt(24 * 60);

    // Assess
    expect(hooks.received).toHaveLength(4);
    expect(new Set(hooks.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([sent.id]));
    for (const request of hooks.received)
      expect(verifyStandardWebhook(created.secret, request.headers, request.body)).toBe(true);
    const [delivery] = await deliveries(created.id);
    expect(delivery).toMatchObject({ id: sent.id, type: 'webhook.test', status: 'succeeded', attempts: 4 });
    expect(delivery?.attemptLog.map((a) => a.responseStatus)).toEqual([500, 500, 500, 200]);
  });

  it('a delivery that never gets through ends failed after eight attempts, and a replay sends it again', async () => {
    // Prepare
    const hooks = await receiver({ afterwards: 503 });
    const created = await endpoint(hooks.url, ['payout.confirmed']);
    const sent = ok(await api.call(brand, 'POST', path(`/webhooks/${created.id}/test`)), 202) as {
      id: string;
    };
    await eventually(
      async () => hooks.received.length,
      (n) => n >= 1,
    );

    // Act: the clock goes round the whole schedule (1 min … 10 h), a day apart to be safe
    for (let day = 1; day <= 8; day++) await sweepAt(day * 24 * 60);

    // Assess
    expect(hooks.received).toHaveLength(8);
    const failed = ok(await api.call(brand, 'GET', path(`/webhooks/${created.id}/deliveries?status=failed`)))
      .items as Delivery[];
    expect(failed.map((d) => [d.id, d.attempts])).toEqual([[sent.id, 8]]);

    // Act: the receiver is fixed; the brand replays the dead letter
    hooks.answer(200);
    ok(await api.call(brand, 'POST', path(`/webhooks/${created.id}/deliveries/${sent.id}/replay`)), 202);
    await eventually(
      async () => hooks.received.length,
      (n) => n >= 9,
    );

    // Assess
    expect(hooks.received.at(-1)?.headers['webhook-id']).toBe(sent.id);
    const [replayed] = await deliveries(created.id);
    expect(replayed).toMatchObject({ status: 'succeeded', attempts: 9 });
  });

  it('an endpoint that always fails is disabled after 20 attempts, and the owner is told once', async () => {
    // Prepare
    const hooks = await receiver({ afterwards: 500 });
    const created = await endpoint(hooks.url, ['payout.confirmed']);

    // Act: twenty test events, each failing its first attempt
    for (let i = 0; i < 20; i++) ok(await api.call(brand, 'POST', path(`/webhooks/${created.id}/test`)), 202);
    const listed = await eventually(
      async () =>
        (ok(await api.call(brand, 'GET', path('/webhooks'))).items as Endpoint[]).find(
          (e) => e.id === created.id,
        ),
      (e) => e?.status === 'disabled',
      150,
    );

    // Assess
    expect(hooks.received).toHaveLength(20);
    expect(listed).toMatchObject({ status: 'disabled', disabledReason: 'failing', consecutiveFailures: 20 });
    const told = (
      ok(await api.call(w.admin, 'GET', '/api/me/notifications?limit=100')).items as Array<{ type: string }>
    ).filter((n) => n.type === 'webhook_endpoint_disabled');
    expect(told).toHaveLength(1);
    // The retries due later find the endpoint off: nothing more is sent.
    await sweepAt(24 * 60);
    expect(hooks.received).toHaveLength(20);
    expect((await api.call(brand, 'POST', path(`/webhooks/${created.id}/test`))).status).toBe(409);

    // Act: turned back on, it starts again from zero
    const enabled = ok(await api.call(brand, 'PATCH', path(`/webhooks/${created.id}`), { enabled: true }));
    expect(enabled).toMatchObject({ status: 'enabled', consecutiveFailures: 0 });
    expect(enabled).not.toHaveProperty('disabledReason');
  });
});

describe('secrets', () => {
  it('after a rotation with an overlap, each delivery verifies with the old secret and with the new', async () => {
    // Prepare
    const hooks = await receiver();
    const created = await endpoint(hooks.url, ['payout.confirmed']);

    // Act
    const rotated = ok(
      await api.call(brand, 'POST', path(`/webhooks/${created.id}/secret-rotations`), { overlapHours: 24 }),
    ) as Endpoint & { secrets: Array<{ expiresAt?: string }> };
    ok(await api.call(brand, 'POST', path(`/webhooks/${created.id}/test`)), 202);
    await eventually(
      async () => hooks.received.length,
      (n) => n >= 1,
    );

    // Assess
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.secrets).toHaveLength(2);
    expect(rotated.secrets[0]?.expiresAt).toBeDefined();
    const [request] = hooks.received;
    if (!request) throw new Error('nothing received');
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifyStandardWebhook(created.secret, request.headers, request.body)).toBe(true);
    expect(verifyStandardWebhook(rotated.secret, request.headers, request.body)).toBe(true);
    // No answer shows a secret again.
    expect(JSON.stringify(ok(await api.call(brand, 'GET', path('/webhooks'))))).not.toContain(rotated.secret);
  });
});

describe('who manages endpoints', () => {
  it('the owner and brand users do; a manager and an ambassador are refused', async () => {
    const manager = await w.staff('manager');
    const body = { url: 'https://hooks.example.com/x', eventTypes: ['payout.created'] };
    expect((await api.call(manager, 'POST', path('/webhooks'), body)).status).toBe(403);
    expect((await api.call(anna.user, 'GET', path('/webhooks'))).status).toBe(403);
  });
});
