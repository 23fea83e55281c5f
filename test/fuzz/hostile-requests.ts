import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import {
  MAX_BODY_BYTES,
  MAX_PATH_BYTES,
  MAX_QUERY_BYTES,
  MAX_WEBHOOK_BODY_BYTES,
} from '../../functions/http/create-app.ts';
import { buildOpenApiDocument } from '../../functions/http/openapi-document.ts';
import {
  type CompiledRoute,
  compileRoutes,
  invokeRoute,
  type LambdaHandler,
  matchRoute,
} from '../../local/gateway.ts';
import { ERROR_STATUS } from '../../shared/errors.ts';
import { signUnsubscribeToken } from '../../shared/notifications/unsubscribe-token.ts';
import type { Access, FunctionName, RouteDefinition } from '../../shared/platform/routes.ts';
import { contract } from '../contract/openapi-contract.ts';
import { programInput, validApplication } from '../helpers.ts';
import { type Caller, type Fixture, shopifyOrderText } from './fixture.ts';
import {
  CONTENT_TYPES,
  CONTROL_OR_INVISIBLE,
  deepNesting,
  HOSTILE_URLS,
  hostileJson,
  hugeString,
  invalidJsonText,
  NUMBER_TOKENS,
  NUMBERISH_STRINGS,
  oddString,
} from './hostile-values.ts';

/** One request as a hostile caller sends it: path and query already encoded, body as bytes. */
export type HostileRequest = {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: Buffer;
  /** What the case tries, for the report. */
  kind: string;
};

export type Answer = { status: number; headers: Record<string, string>; text: string };

/** What a route takes: a valid body and query to mutate, and who may call it. */
export type RouteInput = {
  /** Overrides the caller the route's access implies. */
  caller?: Caller;
  /** A valid JSON body (declared or read as optional JSON). */
  body?: (f: Fixture) => unknown;
  /** The body is optional JSON (the route reads it without declaring it). */
  optionalBody?: true;
  /** A valid query. */
  query?: (f: Fixture) => Record<string, string>;
  /** Path parameters other than the fixture's defaults. */
  params?: (f: Fixture) => Record<string, string>;
  /** Headers the route reads (fuzzed too), besides authorization. */
  headers?: (f: Fixture) => Record<string, string>;
  /** A raw text body, signed per request (webhooks). */
  rawBody?: () => string;
};

/** The caller each access level needs to get past authorization. */
export const CALLER_BY_ACCESS: Record<Access, Caller> = {
  public: 'anonymous',
  signedIn: 'ambassador',
  admin: 'admin',
  member: 'ambassador',
  manager: 'manager',
  owner: 'admin',
  selfOrManager: 'manager',
  self: 'ambassador',
  selfOrSales: 'brand',
  sales: 'brand',
  staff: 'brand',
  apiKey: 'apiKey',
  shopify: 'shopify',
};

/** A one-click unsubscribe token, as the notifier signs them. */
export const UNSUBSCRIBE_TOKEN = await signUnsubscribeToken('fuzz-user', 'challenge_opened');

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString();

/**
 * Every route of the table, with a valid body and query to mutate. A route added to the table
 * without a row here fails the suite: write its row.
 */
export const ROUTE_INPUTS: Record<string, RouteInput> = {
  'GET /api/health': {},
  'GET /api/me': {},
  'GET /api/me/notifications': { query: () => ({ limit: '10' }) },
  'GET /api/me/export': {},
  'DELETE /api/me': { body: () => ({ confirm: true }) },
  'POST /api/me/notifications/read': { body: () => ({}), optionalBody: true },
  'GET /api/me/notification-preferences': {},
  'PUT /api/me/notification-preferences': {
    body: () => ({ preferences: { challenge_opened: 'in_app', kudos_received: 'off' } }),
  },
  'POST /api/unsubscribe': { query: () => ({ token: UNSUBSCRIBE_TOKEN }) },
  'GET /api/programs/{programId}/waiting': {},
  'POST /api/programs': { body: () => programInput() },
  'GET /api/programs/{programId}': {},
  'GET /api/public/programs/{slug}': { query: (f) => ({ ref: f.code }) },
  'PATCH /api/programs/{programId}': {
    body: () => ({
      name: 'Fiesta Agents',
      description: 'Monthly missions.',
      termsVersion: '1',
      termsUrl: 'https://example.com/terms',
      reapplyCooldownDays: 30,
      attributionWindowDays: 30,
      commission: {
        rate: { kind: 'percent', basisPoints: 1000 },
        byTier: {},
        firstOrderOnly: false,
        holdingDays: 30,
      },
      pointsPerSale: 50,
    }),
  },
  'POST /api/programs/{programId}/invitations': {
    body: () => ({ email: 'fuzz@example.com', role: 'manager' }),
  },
  'POST /api/programs/{programId}/invitations/accept': { caller: 'stranger' },
  // The team routes address no one on the team: the requests reach the service, which answers 404.
  'GET /api/programs/{programId}/invitations': {},
  'POST /api/programs/{programId}/invitations/revoke': {
    body: () => ({ email: 'nobody-invited@example.org' }),
  },
  'GET /api/programs/{programId}/members': {},
  'PATCH /api/programs/{programId}/members/{userId}': { body: () => ({ role: 'brand' }) },
  'DELETE /api/programs/{programId}/members/{userId}': {},
  'POST /api/programs/{programId}/ownership': { body: () => ({ userId: 'fuzz-nobody' }) },
  'GET /api/programs/{programId}/audit': {
    query: () => ({
      type: 'member.invited',
      from: '2026-01-01T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
      limit: '10',
    }),
  },
  'POST /api/programs/{programId}/applications': { caller: 'stranger', body: () => validApplication() },
  'GET /api/programs/{programId}/ambassadors': { query: () => ({ status: 'approved', limit: '10' }) },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}': {},
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision': {
    body: () => ({ decision: 'reject', reason: 'Not now' }),
    params: (f) => ({ ambassadorId: f.applicantId }),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/suspend': {
    body: () => ({ reason: 'Spam' }),
    optionalBody: true,
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/reinstate': {
    body: () => ({ reason: 'Fine again' }),
    optionalBody: true,
  },
  // An ambassador of their own leaves: the first valid request leaves, the rest are 409s.
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/leave': {
    caller: 'leaver',
    params: (f) => ({ ambassadorId: f.users.leaver.id }),
    body: () => ({ reason: 'Moving on' }),
    optionalBody: true,
  },
  // A grace of days: the fixture's code keeps attributing for the rest of the run.
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate': {
    body: () => ({ graceDays: 7 }),
  },
  'POST /api/programs/{programId}/challenges': {
    body: () => ({
      title: 'Summer',
      brief: 'Post a photo',
      month: '2030-02',
      points: 100,
      requirements: {
        platforms: ['instagram'],
        hashtags: ['#fiesta'],
        mentions: ['@fiesta'],
        disclosureRequired: true,
      },
      maxSubmissionsPerAmbassador: 2,
      slots: 10,
      prerequisites: [],
    }),
  },
  'GET /api/programs/{programId}/challenges': { query: () => ({ month: '2026-01', status: 'open' }) },
  'GET /api/programs/{programId}/challenges/{challengeId}': {},
  'PATCH /api/programs/{programId}/challenges/{challengeId}': {
    body: () => ({
      title: 'New title',
      brief: 'b',
      points: 10,
      slots: 5,
      opensAt: iso(1),
      closesAt: iso(20),
    }),
    params: (f) => ({ challengeId: f.draftChallengeId }),
  },
  'POST /api/programs/{programId}/challenges/{challengeId}/publish': {
    params: (f) => ({ challengeId: f.draftChallengeId }),
  },
  'POST /api/programs/{programId}/challenges/{challengeId}/submissions': {
    body: () => ({
      postUrl: 'https://www.instagram.com/p/FUZZ123/',
      platform: 'instagram',
      caption: 'Fun #ad',
    }),
  },
  'POST /api/programs/{programId}/uploads': { body: () => ({ contentType: 'image/png', size: 1000 }) },
  'GET /api/programs/{programId}/submissions': {
    query: (f) => ({ status: 'pending', challengeId: f.challengeId, limit: '10' }),
  },
  'GET /api/programs/{programId}/submissions/{submissionId}': {},
  'PUT /api/programs/{programId}/submissions/{submissionId}': {
    body: () => ({
      postUrl: 'https://www.tiktok.com/@fiesta/video/1234567890',
      platform: 'tiktok',
      caption: '#ad',
    }),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/review': {
    body: () => ({ decision: 'request_changes', feedback: 'More light', version: 1 }),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/kudos': {
    params: (f) => ({ submissionId: f.approvedSubmissionId }),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/metrics': {
    params: (f) => ({ submissionId: f.ownApprovedSubmissionId }),
    body: () => ({ views: 2000, impressions: 5000, reach: 1500, likes: 80, note: 'Read from Insights' }),
  },
  'GET /api/programs/{programId}/submissions/{submissionId}/metrics': {
    params: (f) => ({ submissionId: f.ownApprovedSubmissionId }),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/metrics/{reportId}/verification': {
    params: (f) => ({ submissionId: f.ownApprovedSubmissionId, reportId: f.metricsReportId }),
    body: () => ({ status: 'disputed', reason: 'The screenshot shows fewer views' }),
  },
  'GET /api/programs/{programId}/metrics-reports': { query: () => ({ status: 'flagged', limit: '10' }) },
  'GET /api/programs/{programId}/content': {
    query: (f) => ({
      rights: 'granted',
      scope: 'organic',
      platform: 'tiktok',
      challengeId: f.challengeId,
      ambassadorId: f.ambassadorId,
      minReach: '0',
      limit: '10',
    }),
  },
  'POST /api/programs/{programId}/webhooks': {
    body: () => ({
      url: 'https://93.184.215.14/crm',
      eventTypes: ['submission.approved', 'conversion.created'],
      description: 'The CRM',
    }),
  },
  'GET /api/programs/{programId}/webhooks': {},
  'PATCH /api/programs/{programId}/webhooks/{endpointId}': {
    body: () => ({ eventTypes: ['conversion.created', 'conversion.refunded'], description: 'Sales feed' }),
  },
  'DELETE /api/programs/{programId}/webhooks/{endpointId}': {},
  'POST /api/programs/{programId}/webhooks/{endpointId}/secret-rotations': {
    body: () => ({ overlapHours: 1 }),
    optionalBody: true,
  },
  'GET /api/programs/{programId}/webhooks/{endpointId}/deliveries': {
    query: () => ({ status: 'pending', limit: '10' }),
  },
  'POST /api/programs/{programId}/webhooks/{endpointId}/deliveries/{deliveryId}/replay': {},
  'POST /api/programs/{programId}/webhooks/{endpointId}/test': {},
  'GET /api/programs/{programId}/content/export': {
    query: (f) => ({ rights: 'none', challengeId: f.challengeId }),
  },
  'DELETE /api/programs/{programId}/submissions/{submissionId}/rights': {},
  'GET /api/programs/{programId}/gallery': { query: (f) => ({ challengeId: f.challengeId, limit: '10' }) },
  'GET /api/programs/{programId}/leaderboard': { query: () => ({ period: '2026-01', limit: '10' }) },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/ledger': {},
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/points-adjustments': {
    body: () => ({ points: 5, reason: 'Great event' }),
  },
  'POST /api/programs/{programId}/rewards': {
    body: (f) => ({
      title: 'Hoodie',
      description: 'Warm',
      kind: 'product',
      costPoints: 100,
      stock: 3,
      perMemberLimit: 1,
      minTier: 'member',
      availableFrom: '2026-12-01',
      availableUntil: '2026-12-31T18:00',
      requiresApproval: true,
      active: true,
      followUpChallengeId: f.challengeId,
      postWithinDays: 14,
    }),
  },
  'GET /api/programs/{programId}/rewards': { query: () => ({ limit: '10' }) },
  'GET /api/programs/{programId}/rewards/{rewardId}': {},
  'PATCH /api/programs/{programId}/rewards/{rewardId}': {
    body: () => ({ description: 'Now warmer', stock: null, availableUntil: '2030-01-01T00:00:00Z' }),
  },
  'POST /api/programs/{programId}/rewards/{rewardId}/codes': {
    body: () => ({ codes: ['FUZZ-1', 'FUZZ-2'] }),
  },
  'POST /api/programs/{programId}/rewards/{rewardId}/redemptions': {
    body: () => ({}),
    headers: () => ({ 'idempotency-key': 'fuzz-redeem-1' }),
  },
  'GET /api/programs/{programId}/redemptions': { query: () => ({ status: 'requested', limit: '10' }) },
  'GET /api/programs/{programId}/redemptions/{redemptionId}': {},
  'POST /api/programs/{programId}/redemptions/{redemptionId}/decision': {
    caller: 'manager',
    body: () => ({ decision: 'reject', reason: 'Out of stock' }),
  },
  'POST /api/programs/{programId}/redemptions/{redemptionId}/fulfil': {
    body: () => ({ trackingUrl: 'https://track.example.com/1', note: 'DHL' }),
  },
  'POST /api/programs/{programId}/redemptions/{redemptionId}/cancel': {},
  'POST /api/programs/{programId}/links': {
    body: (f) => ({
      destination: 'https://shop.example.com/p/1',
      slug: 'summer',
      challengeId: f.challengeId,
    }),
  },
  'GET /api/programs/{programId}/links': {},
  'POST /api/programs/{programId}/api-keys': { body: () => ({ name: 'Shop' }) },
  'GET /api/programs/{programId}/api-keys': {},
  'DELETE /api/programs/{programId}/api-keys/{keyId}': {},
  'POST /api/programs/{programId}/signing-secrets': {},
  'DELETE /api/programs/{programId}/signing-secrets/{secretId}': {},
  'POST /api/programs/{programId}/conversions': {
    body: (f) => ({
      orderId: 'fuzz-order-2',
      amount: 12_999,
      currency: 'EUR',
      referralCode: f.code,
      clickId: '01JABCDEFGHJKMNPQRSTVWXYZ0',
      customerEmail: 'buyer@example.com',
      occurredAt: '2026-01-15T10:00:00Z',
      items: [{ sku: 'S1', quantity: 1, amount: 12_999 }],
    }),
    headers: () => ({ 'embassy-signature': 't=1,v1=00' }),
  },
  'GET /api/programs/{programId}/conversions': {
    query: () => ({ from: '2026-01-01', to: '2026-01-31', limit: '10' }),
  },
  'POST /api/programs/{programId}/conversions/{orderId}/refunds': {
    body: () => ({ refundId: 'fuzz-refund', amount: 100 }),
  },
  'GET /api/programs/{programId}/reports/referrals': {
    query: () => ({ from: '2026-01-01', to: '2026-01-31', groupBy: 'ambassador', format: 'json' }),
    headers: () => ({ accept: 'text/csv' }),
  },
  'GET /api/programs/{programId}/commissions': {
    query: (f) => ({ state: 'pending', ambassadorId: f.ambassadorId, limit: '10' }),
  },
  'POST /api/programs/{programId}/payouts': {
    body: (f) => ({ ambassadorIds: [f.ambassadorId], dryRun: true }),
  },
  'GET /api/programs/{programId}/payouts': { query: () => ({ limit: '10' }) },
  'GET /api/programs/{programId}/payouts/{payoutId}': {},
  'GET /api/programs/{programId}/payouts/{payoutId}/export': {
    query: () => ({ format: 'sepa', executionDate: '2026-12-04' }),
  },
  'POST /api/programs/{programId}/payouts/{payoutId}/confirm': {
    body: () => ({ sentOn: '2026-12-03', reference: 'BANK-REF-1' }),
  },
  'PUT /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details': {
    body: () => ({
      method: 'bank',
      accountHolder: 'Fuzz Payee',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
    }),
    params: (f) => ({ ambassadorId: f.users.ambassador.id }),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details': {},
  'PUT /api/programs/{programId}/payout-account': {
    body: () => ({ name: 'Fuzz brand', iban: 'FR1420041010050500013M02606', bic: 'BNPAFRPPXXX' }),
  },
  'GET /api/programs/{programId}/payout-account': {},
  'PUT /api/programs/{programId}/integrations/shopify': {
    body: (f) => ({
      shopDomain: f.shop.domain,
      webhookSecret: f.shop.secret,
      adminAccessToken: 'shpat_fuzz0123456789abcdef0123',
      discount: { type: 'percentage', value: 10, oncePerCustomer: true },
    }),
  },
  'GET /api/programs/{programId}/integrations/shopify': {},
  'GET /api/programs/{programId}/integrations/shopify/codes': {
    query: () => ({ status: 'failed', limit: '10' }),
  },
  'POST /api/programs/{programId}/integrations/shopify/codes/{code}/retry': {},
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/shopify-code': {},
  'POST /api/webhooks/shopify/{programId}': {
    rawBody: shopifyOrderText,
    headers: (f) => ({
      'x-shopify-topic': 'orders/paid',
      'x-shopify-shop-domain': f.shop.domain,
      'x-shopify-webhook-id': 'fuzz-webhook',
      'x-shopify-hmac-sha256': 'signed per request',
    }),
  },
  'GET /api/me/profile': {},
  'PATCH /api/me/profile': {
    body: () => ({
      displayName: 'Fuzz Ambassador',
      handles: { instagram: 'fuzz.amb', tiktok: 'fuzz_amb', youtube: 'fuzz-amb', x: 'fuzzamb' },
      language: 'de',
      timeZone: 'Europe/Paris',
    }),
  },
  'POST /api/me/avatar-uploads': { body: () => ({ contentType: 'image/png', size: 1000 }) },
  'GET /api/programs/{programId}/public-page': {},
  'PUT /api/programs/{programId}/public-page': { body: (f) => ({ enabled: true, picks: [f.linkSlug] }) },
  'GET /api/public/ambassadors/{referralCode}': {},
  'POST /api/public/ambassadors/{referralCode}/visits': {},
  'GET /api/programs/{programId}/analytics/journey': {
    query: () => ({ from: '2026-01', to: '2026-03', by: 'challenge' }),
  },
  'GET /api/programs/{programId}/reports/monthly/{month}': {
    query: () => ({ format: 'json' }),
    headers: () => ({ accept: 'text/csv' }),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/journey': {},
  'GET /api/programs/{programId}/analytics/chains': { query: () => ({ from: '2026-01', to: '2026-03' }) },
  'GET /api/openapi.json': {},
  'ANY /api/{proxy+}': {},
  'ANY /r/{proxy+}': {},
  'GET /r/{code}': { headers: redirectHeaders },
  'HEAD /r/{code}': { headers: redirectHeaders },
  'GET /r/{code}/{slug}': { headers: redirectHeaders, params: (f) => ({ slug: f.linkSlug }) },
  'HEAD /r/{code}/{slug}': { headers: redirectHeaders, params: (f) => ({ slug: f.linkSlug }) },
};

function redirectHeaders(): Record<string, string> {
  return {
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
    'x-forwarded-for': '203.0.113.7',
    'cloudfront-viewer-country': 'DE',
    'cloudfront-viewer-address': '203.0.113.7:443',
  };
}

export type Documented = { query: string[]; requiredQuery: string[]; body: boolean };

/** The query parameters and body each route documents in the OpenAPI document. */
export function documentedInputs(): Record<string, Documented> {
  const document = buildOpenApiDocument() as unknown as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: Array<{ in: string; name: string; required?: boolean }>; requestBody?: unknown }
      >
    >;
  };
  const found: Record<string, Documented> = {};
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
      found[`${method.toUpperCase()} ${path}`] = {
        query: query.map((p) => p.name),
        requiredQuery: query.filter((p) => p.required).map((p) => p.name),
        body: operation.requestBody !== undefined,
      };
    }
  }
  return found;
}

/** The value a path parameter takes when the case does not fuzz it. */
export function paramValue(name: string, f: Fixture): string {
  const values: Record<string, string> = {
    programId: f.programId,
    slug: f.slug,
    ambassadorId: f.ambassadorId,
    challengeId: f.challengeId,
    submissionId: f.submissionId,
    keyId: f.spareKeyId,
    secretId: f.spareSecretId,
    orderId: f.orderId,
    rewardId: f.rewardId,
    redemptionId: f.redemptionId,
    reportId: f.metricsReportId,
    endpointId: f.webhookEndpointId,
    deliveryId: f.webhookDeliveryId,
    // No such payout: the requests reach the service, which answers 404.
    payoutId: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    month: '2026-01',
    code: f.code,
    referralCode: f.code,
    userId: 'fuzz-nobody',
    proxy: 'nothing/here',
  };
  const value = values[name];
  if (value === undefined) throw new Error(`No fixture value for the path parameter {${name}}: add one`);
  return value;
}

/** Path parameter names of a route template. */
export const paramNames = (path: string) => [...path.matchAll(/\{(\w+)\+?\}/g)].map((m) => m[1] as string);

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** Percent-encodes every byte of the UTF-8 form except the unreserved characters. */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out +=
      byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Raw escapes that are not valid UTF-8 or not valid escapes at all. */
const RAW_ESCAPES = [
  '%',
  '%zz',
  '%ED%A0%80',
  '%C0%AF',
  '%FF',
  '%E0%A4%A',
  '%00',
  '%2F',
  '%5C',
  '%23',
  '%3F',
  '%0D%0A',
];

/**
 * A hostile path segment, already encoded so it stays one segment; at most about 8 KB, as API
 * Gateway refuses a request line and headers over 10 KB itself.
 */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: oddString.map(percentEncode) },
  {
    weight: 2,
    arbitrary: fc
      .record({ length: fc.constantFrom(65, 101, 300, 1_000, 1_300), unit: fc.constantFrom('a', 'é', '0') })
      .map(({ length, unit }) => percentEncode(unit.repeat(length))),
  },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_ESCAPES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '.',
      '..',
      '%2e%2e',
      '%2e',
      '...',
      '+',
      '*',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'prototype',
      '-1',
      '0',
      '1e999',
      'NaN',
      'PROGRAM%23x',
      '2026-13',
      '9999-12',
      '2026-1',
      'ANNA-7K2Q',
      'anna-7k2q',
      'ZZZZZZ-ZZZZ',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERISH_STRINGS.filter(Boolean)).map(percentEncode) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).map(percentEncode) },
);

const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: oddString.map(percentEncode) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH_STRINGS).map(percentEncode) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...NUMBER_TOKENS,
      '-1',
      '0',
      '100',
      '101',
      '1e3',
      '0x10',
      '1.5',
      '99999999999999999999',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_ESCAPES, '+', '%2B', '=', '==', '&', '&&') },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS).map(percentEncode) },
  {
    weight: 1,
    arbitrary: fc
      .record({ length: fc.constantFrom(21, 65, 101, 1_025, 2_000), unit: fc.constantFrom('a', 'é') })
      .map(({ length, unit }) => percentEncode(unit.repeat(length))),
  },
);

const HOSTILE_QUERY_NAMES = [
  '__proto__',
  '__proto__[polluted]',
  '__proto__.polluted',
  'constructor[prototype][polluted]',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'limit[]',
  'limit[0]',
  'limit.x',
  '',
  '%00',
  '%ED%A0%80',
];

/** A header value a proxy would pass: visible ASCII and Latin-1, some of it long. */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 60,
  }),
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c < 0x7f || c > 0x9f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 30,
  }),
  fc.constantFrom('', ' ', 'x'.repeat(2_100), 'a,b', 'NaN', '-1', 'Bearer', 'Bearer ', 't=,v1=', 'text/csv'),
  fc.constantFrom(...HOSTILE_URLS.filter((u) => /^[\x20-\x7e]*$/.test(u))),
);

type JsonPath = Array<string | number>;

/** Paths to every value inside a JSON seed (not the root), and to every object in it (the root included). */
export function pathsOf(
  value: unknown,
  at: JsonPath = [],
): { values: JsonPath[]; objects: JsonPath[]; strings: JsonPath[]; numbers: JsonPath[] } {
  const found = {
    values: [] as JsonPath[],
    objects: [] as JsonPath[],
    strings: [] as JsonPath[],
    numbers: [] as JsonPath[],
  };
  const walk = (v: unknown, path: JsonPath) => {
    if (path.length) found.values.push(path);
    if (typeof v === 'string') found.strings.push(path);
    if (typeof v === 'number') found.numbers.push(path);
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, [...path, i]);
    } else if (v && typeof v === 'object') {
      found.objects.push(path);
      for (const [key, item] of Object.entries(v)) walk(item, [...path, key]);
    }
  };
  walk(value, at);
  return found;
}

const HOLE = '\u0000hole\u0000';
const HOLE_KEY = '\u0000key\u0000';

function setAt(root: unknown, path: JsonPath, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}

/** The seed as JSON text with the value at `path` replaced by a raw fragment. */
export function withFragment(seed: unknown, path: JsonPath, fragment: string): string {
  if (path.length === 0) return fragment;
  const copy = structuredClone(seed);
  setAt(copy, path, HOLE);
  return JSON.stringify(copy).replace(JSON.stringify(HOLE), () => fragment);
}

/** The seed as JSON text with one more key (raw JSON string text) in the object at `path`. */
export function withKey(seed: unknown, path: JsonPath, keyJson: string, fragment: string): string {
  const copy = structuredClone(seed) as Record<string, unknown>;
  let node = copy;
  for (const step of path) node = node[step] as Record<string, unknown>;
  node[HOLE_KEY] = HOLE;
  return JSON.stringify(copy).replace(
    `${JSON.stringify(HOLE_KEY)}:${JSON.stringify(HOLE)}`,
    () => `${keyJson}:${fragment}`,
  );
}

/** A body of exactly `bytes` bytes: the seed with a padding string in its top-level object. */
export function paddedTo(seed: unknown, bytes: number): string {
  const base = withKey(seed, [], '"pad"', '""');
  return base.replace(
    '"pad":""',
    () => `"pad":"${'a'.repeat(Math.max(0, bytes - Buffer.byteLength(base)))}"`,
  );
}

export const bodyCapFor = (path: string) =>
  path.startsWith('/api/webhooks/') ? MAX_WEBHOOK_BODY_BYTES : MAX_BODY_BYTES;

export type Parts = {
  params?: Record<string, string>;
  query?: string;
  body?: string | Buffer;
  contentType?: string | undefined;
  headers?: Record<string, string>;
  method?: string;
  kind: string;
};

/** Per-route knowledge the generators need, resolved against the fixture. */
export type RoutePlan = {
  route: RouteDefinition;
  key: string;
  input: RouteInput;
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, string>;
  queryNames: string[];
  body: unknown;
  bodyText: string | undefined;
  headers: Record<string, string>;
};

/** Resolves a route's row against the fixture and the OpenAPI document's query parameters. */
export function planRoute(route: RouteDefinition, f: Fixture, documentedQuery: string[]): RoutePlan {
  const key = `${route.method} ${route.path}`;
  const input = ROUTE_INPUTS[key];
  if (!input) throw new Error(`${key} has no row in ROUTE_INPUTS: say what a valid request looks like`);
  const overrides = input.params?.(f) ?? {};
  const params = Object.fromEntries(paramNames(route.path).map((n) => [n, overrides[n] ?? paramValue(n, f)]));
  const query = input.query?.(f) ?? {};
  const body = input.body?.(f);
  return {
    route,
    key,
    input,
    caller: input.caller ?? CALLER_BY_ACCESS[route.access],
    params,
    query,
    queryNames: [...new Set([...Object.keys(query), ...documentedQuery])],
    body,
    bodyText: input.rawBody ? input.rawBody() : body === undefined ? undefined : JSON.stringify(body),
    headers: input.headers?.(f) ?? {},
  };
}

const encodeQuery = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');

/** The arbitrary of hostile requests for one route. */
export function hostileRequests(plan: RoutePlan): fc.Arbitrary<HostileRequest> {
  const { route, query, queryNames, params, body, bodyText } = plan;
  const names = Object.keys(params).filter((n) => n !== 'proxy');
  const validQuery = encodeQuery(query);
  const kinds: Array<{ weight: number; arbitrary: fc.Arbitrary<Parts> }> = [];

  if (names.length) {
    kinds.push({
      weight: 3,
      arbitrary: fc
        .record({ name: fc.constantFrom(...names), value: hostileSegment })
        .map(({ name, value }) => ({ params: { [name]: value }, kind: `param ${name}` })),
    });
  }
  if (route.path.endsWith('{proxy+}')) {
    kinds.push({
      weight: 6,
      arbitrary: fc
        .record({
          // API Gateway refuses a request line and headers over 10 KB itself.
          segments: fc
            .array(hostileSegment, { minLength: 1, maxLength: 4 })
            .filter((segments) => segments.join('/').length < 8_000),
          method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        })
        .map(({ segments, method }) => ({
          params: { proxy: segments.join('/') },
          method,
          kind: 'unknown path',
        })),
    });
  }
  kinds.push(
    {
      weight: 2,
      arbitrary: fc
        .record({
          name: fc.constantFrom(...queryNames, ...HOSTILE_QUERY_NAMES),
          value: hostileQueryValue,
          keep: fc.boolean(),
        })
        .map(({ name, value, keep }) => {
          const rest = Object.fromEntries(Object.entries(query).filter(([k]) => keep || k !== name));
          const pair = `${name.startsWith('%') ? name : percentEncode(name)}=${value}`;
          return { query: [encodeQuery(rest), pair].filter(Boolean).join('&'), kind: 'query value' };
        }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(-100, 0, 1, 2_000).map((over) => ({
        query: `${validQuery ? `${validQuery}&` : ''}pad=${'q'.repeat(Math.max(0, MAX_QUERY_BYTES + over - validQuery.length - 5))}`,
        kind: 'query length',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: fc.constantFrom('accept', 'authorization', ...Object.keys(plan.headers)),
          value: hostileHeaderValue,
        })
        .map(({ name, value }) => ({ headers: { [name]: value }, kind: `header ${name}` })),
    },
  );

  if (bodyText !== undefined) {
    const seed = plan.input.rawBody ? JSON.parse(bodyText) : body;
    const { values, objects, strings, numbers } = pathsOf(seed);
    kinds.push(
      {
        weight: 6,
        arbitrary: fc
          .record({ path: fc.constantFrom(...(values.length ? values : [[]])), value: hostileJson })
          .map(({ path, value }) => ({
            body: withFragment(seed, path, value),
            kind: `body ${path.join('.')}`,
          })),
      },
      ...(numbers.length
        ? [
            {
              weight: 2,
              arbitrary: fc
                .record({
                  path: fc.constantFrom(...numbers),
                  value: fc.oneof(
                    fc.constantFrom(...NUMBER_TOKENS),
                    fc.constantFrom(...NUMBERISH_STRINGS).map((n) => JSON.stringify(n)),
                  ),
                })
                .map(({ path, value }) => ({
                  body: withFragment(seed, path, value),
                  kind: `number ${path.join('.')}`,
                })),
            },
          ]
        : []),
      ...(strings.length
        ? [
            {
              weight: 3,
              arbitrary: fc
                .record({ path: fc.constantFrom(...strings), value: oddString })
                .map(({ path, value }) => ({
                  body: withFragment(seed, path, JSON.stringify(value)),
                  kind: `odd text ${path.join('.')}`,
                })),
            },
          ]
        : []),
      {
        weight: 2,
        arbitrary: fc
          .record({
            path: fc.constantFrom(...(objects.length ? objects : [[]])),
            key: fc.oneof(
              fc.constantFrom(
                '"__proto__"',
                '"constructor"',
                '"prototype"',
                '"__proto__ "',
                '"\\u005f_proto__"',
              ),
              oddString.map((s) => JSON.stringify(s)),
            ),
            value: hostileJson,
          })
          .map(({ path, key, value }) => ({
            body: withKey(seed, path, key, value),
            kind: `body key ${key}`,
          })),
      },
      {
        weight: 2,
        arbitrary: hostileJson.map((value) => ({ body: value, kind: 'body wholly' })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(`[${bodyText}]`, `[${bodyText},${bodyText}]`, JSON.stringify(bodyText))
          .map((b) => ({
            body: b,
            kind: 'array for object',
          })),
      },
      {
        weight: 1,
        arbitrary: deepNesting().map((deep) => ({
          body: withKey(seed, [], '"deep"', deep),
          kind: 'deep nesting',
        })),
      },
      {
        weight: 2,
        arbitrary: invalidJsonText(bodyText).map((text) => ({ body: text, kind: 'invalid JSON' })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            Buffer.from([0xc3, 0x28]),
            Buffer.from([0xed, 0xa0, 0x80]),
            Buffer.from([0xff, 0xfe, 0x7b, 0x00]),
            Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
            Buffer.from(bodyText, 'utf16le'),
          )
          .map((bytes) => ({ body: bytes, kind: 'invalid UTF-8' })),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({
          body: bodyText,
          contentType,
          kind: `content-type ${contentType ?? 'none'}`,
        })),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(-1_000, -1, 0, 1, 10_000).map((over) => ({
          body: paddedTo(seed, bodyCapFor(route.path) + over),
          kind: `body size cap${over >= 0 ? '+' : ''}${over}`,
        })),
      },
    );
  } else {
    // Routes without a body still receive one now and then.
    kinds.push({
      weight: 1,
      arbitrary: fc
        .oneof(
          hostileJson,
          invalidJsonText('{"a":1}'),
          hugeString.map((s) => JSON.stringify(s)),
        )
        .map((value) => ({ body: value, kind: 'unexpected body' })),
    });
  }
  if (plan.input.optionalBody)
    kinds.push({ weight: 1, arbitrary: fc.constant({ body: '', kind: 'empty body' }) });

  return fc.oneof(...kinds).map((parts) => buildRequest(plan, parts));
}

/** The valid request of a route: its seed body and query, its caller's credentials. */
export function validRequest(plan: RoutePlan): HostileRequest {
  return buildRequest(plan, { kind: 'valid' });
}

/** A route's valid request with some parts replaced (params and query as encoded text). */
export function buildRequest(plan: RoutePlan, parts: Parts): HostileRequest {
  const { route } = plan;
  const allParams = {
    ...Object.fromEntries(
      Object.entries(plan.params).map(([k, v]) => [k, k === 'proxy' ? v : percentEncode(v)]),
    ),
    ...parts.params,
  };
  const path = route.path.replace(/\{(\w+)\+?\}/g, (_, name: string) => allParams[name] ?? '');
  const query = parts.query ?? encodeQuery(plan.query);
  const body =
    parts.body === undefined
      ? Buffer.from(plan.bodyText ?? '')
      : typeof parts.body === 'string'
        ? Buffer.from(parts.body, 'utf8')
        : parts.body;
  const contentType =
    'contentType' in parts ? parts.contentType : body.length ? 'application/json' : undefined;
  return {
    method: parts.method ?? (route.method === 'ANY' ? 'GET' : route.method),
    target: `${path}${query ? `?${query}` : ''}`,
    headers: {
      ...plan.headers,
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
      ...parts.headers,
    },
    body,
    kind: parts.kind,
  };
}

/** Adds the caller's credentials: a user's ID token, the API key, or Shopify's HMAC of the body. */
export function authorize(request: HostileRequest, caller: Caller, f: Fixture): HostileRequest {
  const headers = { ...request.headers };
  const set = (name: string, value: string) => {
    if (!(name in headers) || request.kind !== `header ${name}`) headers[name] = value;
  };
  if (caller === 'apiKey') set('authorization', `Bearer ${f.apiKey}`);
  else if (caller === 'shopify') {
    set('x-shopify-hmac-sha256', createHmac('sha256', f.shop.secret).update(request.body).digest('base64'));
    set('x-shopify-webhook-id', `fuzz-${Math.random().toString(36).slice(2)}`);
  } else if (caller !== 'anonymous') {
    // The first valid deletion deletes its caller; the rest are answered 401, which is fine here.
    const deletesCaller = request.method === 'DELETE' && /^\/api\/me(\?|$)/.test(request.target);
    set('authorization', `Bearer ${(deletesCaller ? f.spent : f.users[caller]).token}`);
  }
  if (request.kind !== 'header embassy-signature') delete headers['embassy-signature'];
  return { ...request, headers };
}

/** Runs `work` over `items`, at most `width` at once. */
export async function inParallel<T>(
  items: T[],
  work: (item: T) => Promise<unknown>,
  width = 4,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** Sends requests in-process: the gateway's own routing, event and result handling, without a socket. */
export function inProcessSender(
  routes: readonly RouteDefinition[],
  handlers: Record<FunctionName, LambdaHandler>,
) {
  const compiled = compileRoutes(routes);
  return async (request: HostileRequest): Promise<Answer> => {
    const url = new URL(request.target, 'http://localhost');
    const response = await invokeRoute(compiled, handlers, {
      method: request.method,
      url,
      headers: {
        host: 'localhost',
        ...(request.body.length ? { 'content-length': String(request.body.length) } : {}),
        ...request.headers,
      },
      body: request.body,
    });
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
    );
    return {
      status: response.status,
      headers,
      text: Buffer.isBuffer(response.body) ? response.body.toString('utf8') : response.body,
    };
  };
}

/** Sends requests over real HTTP to the local gateway (node:http: a GET may carry a body). */
export function httpSender(baseUrl: string) {
  const base = new URL(baseUrl);
  return (request: HostileRequest) =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          method: request.method,
          path: request.target,
          // A fresh connection each time: a kept-alive one the server is closing resets mid-request.
          agent: false,
          headers: { ...request.headers, 'content-length': String(request.body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: Object.fromEntries(
                Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
              ),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(request.body);
    });
}

/** Text that gives away internals: stack frames, source paths, error class prefixes. */
const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /(?:^|\\n|\n)\s*at [\w$.<>[\] ]*\(?(?:file:|node:|\/)/],
  ['a stack frame', /\bat (?:async )?[\w$.<>]+ \((?:file:|node:|\/)/],
  ['a source position', /\.(?:ts|js|mjs|cjs):\d+/],
  ['node_modules', /node_modules/],
  ['an error class prefix', /\b(?:[A-Z]\w*)?Error: /],
  ['a source path', /\/(?:var\/task|work|home|Users|tmp)\//],
];

/** The route API Gateway would pick for a request, if any. */
export function routeOf(compiled: CompiledRoute[], request: HostileRequest) {
  return matchRoute(compiled, request.method, new URL(request.target, 'http://localhost').pathname)?.route;
}

/** What is wrong with an answer to a hostile request; empty when it is what the API promises. */
export function problemsWith(
  request: HostileRequest,
  answer: Answer,
  context: {
    compiled: CompiledRoute[];
    fixture: Fixture;
    /** Hold a redirect's Location to the fixture's domains (off where the fuzz may change them). */
    redirects?: boolean;
  },
): string[] {
  const problems: string[] = [];
  const { status, text } = answer;
  const url = new URL(request.target, 'http://localhost');
  const route = routeOf(context.compiled, request);
  if (status >= 500 || status < 100) problems.push(`status ${status}`);
  // Every answer, in-process or over HTTP, is one the OpenAPI document describes.
  problems.push(
    ...contract().check({
      method: request.method,
      url: request.target,
      requestHeaders: request.headers,
      requestBody: request.body,
      status,
      headers: answer.headers,
      body: text,
    }),
  );
  for (const [what, pattern] of LEAKS) if (pattern.test(text)) problems.push(`the body shows ${what}`);

  const isApi = url.pathname.startsWith('/api/');
  const queryBytes = url.search.length > 0 ? url.search.length - 1 : 0;
  const urlTooLong = queryBytes > MAX_QUERY_BYTES || url.pathname.length > MAX_PATH_BYTES;
  if (isApi && urlTooLong && status !== 414)
    problems.push(`a ${queryBytes}-byte query or ${url.pathname.length}-byte path got ${status}, not 414`);
  const cap = bodyCapFor(url.pathname);
  const bodyless = request.method === 'GET' || request.method === 'HEAD';
  if (isApi && !urlTooLong && bodyless && request.body.length > 0 && status !== 400)
    problems.push(`a ${request.method} with a body got ${status}, not 400`);
  if (isApi && !urlTooLong && !bodyless) {
    if (request.body.length > cap && status !== 413)
      problems.push(`a ${request.body.length}-byte body got ${status}, not 413`);
    if (request.body.length <= cap && status === 413)
      problems.push(`a ${request.body.length}-byte body got 413`);
  }
  if (route && !route.path.endsWith('{proxy+}')) {
    const match = matchRoute(context.compiled, request.method, url.pathname);
    for (const [name, value] of Object.entries(match?.pathParameters ?? {})) {
      // Characters as zod and JSON Schema count them (code points): 64 emoji are 64 characters,
      // within an id's 64, though JavaScript's length says 128.
      const characters = [...value].length;
      if (characters > 100 && status < 400)
        problems.push(`a ${characters}-character {${name}} got ${status}`);
    }
  }

  // A HEAD answer has no body to inspect: HTTP drops it on the way.
  if (request.method === 'HEAD') return problems;
  if (status >= 400) {
    if (!route && status === 404 && text === JSON.stringify({ message: 'Not Found' })) return problems;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(`a ${status} body that is not JSON: ${text.slice(0, 80)}`);
      return problems;
    }
    const error = (body as { error?: Record<string, unknown> } | null)?.error;
    const keys = body && typeof body === 'object' ? Object.keys(body) : [];
    if (!error || keys.length !== 1 || typeof error !== 'object') {
      problems.push(`a ${status} body not in the error shape: ${text.slice(0, 120)}`);
      return problems;
    }
    const extra = Object.keys(error).filter((k) => !['code', 'message', 'requestId', 'details'].includes(k));
    if (extra.length) problems.push(`error body has extra keys ${extra.join(',')}`);
    const code = error.code as keyof typeof ERROR_STATUS;
    if (typeof code !== 'string' || ERROR_STATUS[code] !== status)
      problems.push(`error code ${String(code)} does not go with status ${status}`);
    if (typeof error.message !== 'string' || error.message.length === 0)
      problems.push('error without a message');
    if (typeof error.requestId !== 'string' || error.requestId.length === 0)
      problems.push('error without a requestId');
    else if (answer.headers['apigw-requestid'] && error.requestId !== answer.headers['apigw-requestid'])
      problems.push('the error quotes another request id than the gateway');
  } else if (status >= 300 && status < 400) {
    if (context.redirects !== false)
      problems.push(...redirectProblems(answer.headers.location, context.fixture));
  } else if (
    status !== 204 &&
    request.method !== 'HEAD' &&
    (answer.headers['content-type'] ?? '').includes('json')
  ) {
    try {
      JSON.parse(text);
    } catch {
      problems.push(`a ${status} JSON body that does not parse`);
    }
  }
  return problems;
}

/** A redirect may only lead to an https page on the program's landing host or allowed domains. */
export function redirectProblems(
  location: string | undefined,
  f: Pick<Fixture, 'landingUrl' | 'allowedDomains'>,
): string[] {
  if (!location) return ['a redirect without a Location'];
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return [`a Location that is not an absolute URL: ${location}`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`a ${url.protocol} Location`);
  if (url.username || url.password) problems.push('a Location with credentials');
  if (url.port) problems.push('a Location with a port');
  const host = url.hostname;
  const allowed =
    host === new URL(f.landingUrl).hostname ||
    f.allowedDomains.some((d) => host === d || host.endsWith(`.${d}`));
  if (!allowed) problems.push(`a Location off the program's domains: ${host}`);
  if (CONTROL_OR_INVISIBLE.test(location))
    problems.push('a Location with control or invisible characters or spaces');
  return problems;
}

/** Own keys of the built-in prototypes: a polluted one has more after the run. */
export function prototypeSnapshot(): string {
  return JSON.stringify(
    [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype].map((proto) =>
      Object.getOwnPropertyNames(proto).sort(),
    ),
  );
}
