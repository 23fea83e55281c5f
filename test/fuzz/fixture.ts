import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type Api, createUser, ok, type TestUser } from '../helpers.ts';
import { world } from '../world.ts';

/** Who calls: a user of each role in the fuzzed program, its API key, or its Shopify shop. */
export type Caller =
  | 'anonymous'
  | 'admin'
  | 'manager'
  | 'brand'
  | 'ambassador'
  | 'stranger'
  /** An approved ambassador who is there to leave the program (and has left once that route ran). */
  | 'leaver'
  | 'apiKey'
  | 'shopify';

/** One program with a member of every role and one of every record a route can name. */
export type Fixture = {
  users: Record<'admin' | 'manager' | 'brand' | 'ambassador' | 'stranger' | 'leaver', TestUser>;
  /** Whoever calls `DELETE /api/me` is deleted: the fuzz sends it as this user, whom nothing else needs. */
  spent: TestUser;
  apiKey: string;
  programId: string;
  slug: string;
  landingUrl: string;
  allowedDomains: string[];
  /** The calling ambassador's referral code and one of their tracked links. */
  code: string;
  linkSlug: string;
  /** Another approved ambassador: the target of suspensions and reads. */
  ambassadorId: string;
  /** A pending applicant: the target of decisions. */
  applicantId: string;
  challengeId: string;
  draftChallengeId: string;
  submissionId: string;
  /** Another ambassador's approved post: the one kudos go to. */
  approvedSubmissionId: string;
  /** The calling ambassador's approved post, and a report of its figures. */
  ownApprovedSubmissionId: string;
  metricsReportId: string;
  /** An outbound webhook endpoint at a public address (nothing answers it), and a test event's delivery. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
  spareKeyId: string;
  spareSecretId: string;
  orderId: string;
  /** A perk (approval needed) the calling ambassador has points for, and their requested redemption of it. */
  rewardId: string;
  redemptionId: string;
  shop: { domain: string; secret: string };
};

export const SHOP_SECRET = 'shpss_fuzz_0123456789abcdef0123456789';
export const SHOP_DOMAIN = 'fuzz-shop.myshopify.com';

/** The Shopify orders/paid payload Shopify documents: the seed of the webhook's bodies. */
export const shopifyOrderText = () =>
  readFileSync(new URL('../fixtures/shopify/orders-paid.json', import.meta.url), 'utf8');

/** Builds the fuzzed program through the real API. */
export async function createFixture(api: Api): Promise<Fixture> {
  const admin = await createUser({ admin: true, name: 'fuzz-admin' });
  const landingUrl = 'https://example.com/fiesta?utm_source=embassy';
  const allowedDomains = ['shop.example.com'];
  const program = await world(api).program({ landingUrl, allowedDomains }, { owner: admin });
  const { programId } = program;
  const manager = await program.staff('manager');
  const brand = await program.staff('brand');
  const { user: ambassador, code } = await program.ambassador('fuzz-amb');
  const { user: other } = await program.ambassador('fuzz-other');
  const { user: leaver } = await program.ambassador('fuzz-leaver');
  const applicant = await createUser({ name: 'fuzz-applicant' });
  await program.apply(applicant);
  const stranger = await createUser({ name: 'fuzz-stranger' });
  const spent = await createUser({ name: 'fuzz-spent' });

  const now = Date.now();
  const { challengeId } = await program.challenge({
    title: 'Fuzz open',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 60 * 86_400_000).toISOString(),
    maxSubmissionsPerAmbassador: 20,
  });
  const draftChallengeId: string = ok(
    await api.call(admin, 'POST', `/api/programs/${programId}/challenges`, {
      title: 'Fuzz draft',
      month: '2030-01',
    }),
    201,
  ).challengeId;
  const seed = (n: number) => ({ postUrl: `https://www.instagram.com/p/FUZZSEED${n}/`, caption: 'Seed #ad' });
  const { submissionId } = await program.post(ambassador, challengeId, seed(1));
  const { submissionId: approvedSubmissionId } = await program.post(other, challengeId, seed(2));
  ok(
    await api.call(admin, 'POST', `/api/programs/${programId}/submissions/${approvedSubmissionId}/review`, {
      decision: 'approve',
      version: 1,
    }),
  );
  const { submissionId: ownApprovedSubmissionId } = await program.post(ambassador, challengeId, seed(3));
  ok(
    await api.call(
      admin,
      'POST',
      `/api/programs/${programId}/submissions/${ownApprovedSubmissionId}/review`,
      {
        decision: 'approve',
        version: 1,
      },
    ),
  );
  const metricsReportId: string = ok(
    await api.call(
      ambassador,
      'POST',
      `/api/programs/${programId}/submissions/${ownApprovedSubmissionId}/metrics`,
      {
        views: 1000,
        likes: 40,
      },
    ),
    201,
  ).reportId;
  const linkSlug = 'fuzz-seed';
  ok(
    await api.call(ambassador, 'POST', `/api/programs/${programId}/links`, {
      destination: 'https://shop.example.com/summer',
      slug: linkSlug,
    }),
    201,
  );

  const apiKey = await program.apiKey(brand, 'Fuzz shop');
  const spareKeyId: string = ok(
    await api.call(brand, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Spare' }),
    201,
  ).id;
  const spareSecretId: string = ok(
    await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`),
    201,
  ).id;
  const orderId = 'fuzz-order-1';
  ok(
    await program.order({
      orderId,
      amount: 10_000,
      referralCode: code,
      occurredAt: new Date().toISOString(),
    }),
    201,
  );
  const rewardId: string = ok(
    await api.call(manager, 'POST', `/api/programs/${programId}/rewards`, {
      title: 'Fuzz perk',
      kind: 'perk',
      costPoints: 1,
    }),
    201,
  ).rewardId;
  ok(
    await api.call(
      manager,
      'POST',
      `/api/programs/${programId}/ambassadors/${ambassador.id}/points-adjustments`,
      {
        points: 1_000_000,
        reason: 'Points to spend in the fuzz',
      },
    ),
    201,
  );
  const redemptionId: string = ok(
    await api.call(
      ambassador,
      'POST',
      `/api/programs/${programId}/rewards/${rewardId}/redemptions`,
      {},
      { 'idempotency-key': 'fuzz-fixture-redemption' },
    ),
    201,
  ).redemptionId;
  const webhookEndpointId: string = ok(
    await api.call(brand, 'POST', `/api/programs/${programId}/webhooks`, {
      url: 'https://93.184.215.14/fuzz-hooks',
      eventTypes: ['conversion.created'],
    }),
    201,
  ).id;
  const webhookDeliveryId: string = ok(
    await api.call(brand, 'POST', `/api/programs/${programId}/webhooks/${webhookEndpointId}/test`),
    202,
  ).id;
  const shop = { domain: SHOP_DOMAIN, secret: SHOP_SECRET };
  await connectShop(api, brand, programId);
  expect(code).toMatch(/^[A-Z]{2,6}-/);
  return {
    users: { admin, manager, brand, ambassador, stranger, leaver },
    spent,
    apiKey,
    programId,
    slug: program.slug,
    landingUrl,
    allowedDomains,
    code,
    linkSlug,
    ambassadorId: other.id,
    applicantId: applicant.id,
    challengeId,
    draftChallengeId,
    submissionId,
    approvedSubmissionId,
    ownApprovedSubmissionId,
    metricsReportId,
    webhookEndpointId,
    webhookDeliveryId,
    spareKeyId,
    spareSecretId,
    orderId,
    rewardId,
    redemptionId,
    shop,
  };
}

/** (Re)connects the fixture's shop with the known secret: the fuzz of the settings route may change it. */
export async function connectShop(api: Api, brand: TestUser, programId: string): Promise<void> {
  ok(
    await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
      shopDomain: SHOP_DOMAIN,
      webhookSecret: SHOP_SECRET,
    }),
  );
}
