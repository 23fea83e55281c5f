import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../shared/identity/auth-user.ts';
import { attemptDelivery, fanOutEvents } from '../shared/webhooks/deliver-webhooks.service.ts';
import { addressAllowed, type Resolver } from '../shared/webhooks/destination.ts';
import { createWebhookEndpoint } from '../shared/webhooks/manage-webhooks.service.ts';
import { findDelivery } from '../shared/webhooks/webhook-delivery.store.ts';
import { type Api, ok, startApi, type TestUser } from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/**
 * Where a webhook may go, with the loopback flag off as the stack runs: only https to public
 * unicast addresses, at creation and again at each attempt, so a name that later resolves
 * somewhere private is caught before anything connects.
 */
let api: Api;
let w: ProgramWorld;
let brand: TestUser;
let brandUser: AuthUser;

const path = (rest: string) => `/api/programs/${w.programId}${rest}`;
const create = (url: string) =>
  api.call(brand, 'POST', path('/webhooks'), { url, eventTypes: ['conversion.created'] });

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  brand = await w.staff('brand');
  brandUser = { id: brand.id, email: brand.email, emailVerified: true, groups: [], isAdmin: false };
});

afterAll(async () => {
  await api?.close();
});

describe('at creation', () => {
  it.each([
    ['http://hooks.example.com/embassy', 'not_https'],
    ['https://127.0.0.1/hook', 'private_address'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://[::1]/hook', 'private_address'],
    ['https://10.0.0.1/hook', 'private_address'],
    // A name: resolved now, and it resolves to loopback.
    ['https://localhost/hook', 'private_address'],
    ['https://2130706433/hook', 'private_address'],
    ['https://0x7f.1/hook', 'private_address'],
    ['https://[::ffff:10.0.0.1]/hook', 'private_address'],
    ['https://user:pass@93.184.215.14/hook', 'bad_url'],
    ['https://no-such-host.invalid/hook', 'unresolvable'],
  ])('%s is refused (%s)', async (url, reason) => {
    // Act
    const response = await create(url);

    // Assess
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', details: { reason } });
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('a public address is taken, and nothing is listed for the refused ones', async () => {
    // Act
    const made = ok(await create('https://93.184.215.14/embassy'), 201);

    // Assess
    const listed = ok(await api.call(brand, 'GET', path('/webhooks'))).items as Array<{
      id: string;
      url: string;
    }>;
    expect(listed.map((e) => e.url)).toEqual(['https://93.184.215.14/embassy']);
    expect(listed[0]?.id).toBe(made.id);
  });
});

describe('addresses', () => {
  it.each([
    ['93.184.215.14', true],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false], // multicast
    ['192.0.2.1', false], // documentation
    ['::1', false],
    ['::', false],
    ['fe80::1', false], // link-local
    ['fc00::1', false], // unique local
    ['fd00:ec2::254', false], // the metadata service over IPv6
    ['::ffff:127.0.0.1', false],
    ['::ffff:169.254.169.254', false],
    ['64:ff9b::a00:1', false], // NAT64 of 10.0.0.1
    ['2002:a00:1::', false], // 6to4 of 10.0.0.1
    ['not-an-address', false],
  ])('%s allowed: %s', (address, allowed) => {
    expect(addressAllowed(address, false)).toBe(allowed);
  });

  it('the local flag lets loopback in, and nothing else', () => {
    expect(addressAllowed('127.0.0.1', true)).toBe(true);
    expect(addressAllowed('::1', true)).toBe(true);
    expect(addressAllowed('10.0.0.1', true)).toBe(false);
    expect(addressAllowed('169.254.169.254', true)).toBe(false);
  });
});

describe('at delivery', () => {
  it('a name that resolved to a public address at creation and to a private one later is not sent to', async () => {
    // Prepare: hooks.example.com answers a public address when the endpoint is made
    let answer = ['93.184.215.14'];
    const resolve: Resolver = async () => answer;
    const made = await createWebhookEndpoint(
      brandUser,
      w.programId,
      { url: 'https://hooks.example.com/embassy', eventTypes: ['conversion.created'] },
      { resolve },
    );
    const event = {
      eventName: 'INSERT',
      eventId: `destinations-${made.id}`,
      oldImage: undefined,
      newImage: {
        entity: 'conversion',
        programId: w.programId,
        ...(await sampleConversion()),
      },
    };
    await fanOutEvents([event]);
    const queued = await deliveriesOf(made.id);
    expect(queued).toHaveLength(1);
    const { id: eventId } = queued[0] as { id: string };

    // Act: the name now answers the metadata service, then a private one beside a public one
    answer = ['169.254.169.254'];
    const first = await attemptDelivery(
      { programId: w.programId, endpointId: made.id, eventId },
      new Date(),
      {
        resolve,
      },
    );
    answer = ['93.184.215.14', '10.0.0.1'];
    const second = await attemptDelivery(
      { programId: w.programId, endpointId: made.id, eventId },
      new Date(Date.now() + 10 * 60_000),
      { resolve },
    );

    // Assess: both attempts failed before connecting, and say why
    expect([first, second]).toEqual(['retrying', 'retrying']);
    const delivery = await findDelivery({ programId: w.programId, endpointId: made.id, eventId });
    expect(delivery?.attemptLog.map((a) => [a.error, a.responseStatus])).toEqual([
      ['private_address', undefined],
      ['private_address', undefined],
    ]);
  });

  it('the same table change read twice (a redelivered stream record) makes one delivery', async () => {
    // Prepare
    const made = await createWebhookEndpoint(
      brandUser,
      w.programId,
      { url: 'https://93.184.215.14/twice', eventTypes: ['conversion.created'] },
      { resolve: async () => ['93.184.215.14'] },
    );
    const change = {
      eventName: 'INSERT',
      eventId: `redelivered-${made.id}`,
      oldImage: undefined,
      newImage: { entity: 'conversion', programId: w.programId, ...(await sampleConversion()) },
    };

    // Act
    await fanOutEvents([change]);
    await fanOutEvents([change, change]);

    // Assess
    expect(await deliveriesOf(made.id)).toHaveLength(1);
  });
});

/** The endpoint's deliveries through the API, as the brand sees them. */
async function deliveriesOf(endpointId: string) {
  return ok(await api.call(brand, 'GET', path(`/webhooks/${endpointId}/deliveries`))).items as Array<{
    id: string;
  }>;
}

/** A conversion as the table holds it: recorded through the API, then read back. */
let recorded: Record<string, unknown> | undefined;
async function sampleConversion(): Promise<Record<string, unknown>> {
  if (recorded) return recorded;
  const anna = await w.ambassador('anna');
  await w.apiKey(brand);
  const body = ok(
    await w.order({
      orderId: 'DEST-1',
      amount: 2_500,
      referralCode: anna.code,
      occurredAt: new Date().toISOString(),
    }),
    201,
  ) as Record<string, unknown>;
  recorded = body;
  return body;
}
