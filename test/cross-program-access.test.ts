import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../shared/routes.ts';
import { type Api, createUser, programInput, startApi, type TestUser, validApplication } from './helpers.ts';

/**
 * Every program-scoped route, called by each kind of member of program A against program B.
 * A route added to the table without a row here fails the suite.
 */
type Expectation = { body?: unknown; query?: string; status: number; note?: string };
const CROSS_PROGRAM: Record<string, Expectation> = {
  'GET /api/programs/{programId}': { status: 200, note: 'public part only; asserted below' },
  'PATCH /api/programs/{programId}': { body: { name: 'Hijacked' }, status: 403 },
  'POST /api/programs/{programId}/invitations': {
    body: { email: 'mole@example.com', role: 'manager' },
    status: 403,
  },
  'POST /api/programs/{programId}/invitations/accept': { status: 404 },
  'GET /api/programs/{programId}/ambassadors': { status: 403 },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}': { status: 403 },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision': {
    body: { decision: 'approve' },
    status: 403,
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/suspend': { body: {}, status: 403 },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/reinstate': { body: {}, status: 403 },
  'POST /api/programs/{programId}/challenges': { body: { title: 'Mole', month: '2030-01' }, status: 403 },
  'GET /api/programs/{programId}/challenges': { status: 403 },
  'GET /api/programs/{programId}/challenges/{challengeId}': { status: 403 },
  'PATCH /api/programs/{programId}/challenges/{challengeId}': { body: { title: 'Hijacked' }, status: 403 },
  'POST /api/programs/{programId}/challenges/{challengeId}/publish': { status: 403 },
  'POST /api/programs/{programId}/challenges/{challengeId}/submissions': {
    body: { postUrl: 'https://www.instagram.com/p/MOLE123/', platform: 'instagram', caption: '#ad' },
    status: 403,
  },
  'GET /api/programs/{programId}/submissions': { status: 403 },
  'POST /api/programs/{programId}/uploads': { body: { contentType: 'image/png', size: 100 }, status: 403 },
  'GET /api/programs/{programId}/submissions/{submissionId}': { status: 403 },
  'PUT /api/programs/{programId}/submissions/{submissionId}': {
    body: { postUrl: 'https://www.instagram.com/p/MOLE456/', platform: 'instagram', caption: '#ad' },
    status: 403,
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/review': {
    body: { decision: 'approve', version: 1 },
    status: 403,
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/kudos': { status: 403 },
  'GET /api/programs/{programId}/gallery': { status: 403 },
  'GET /api/programs/{programId}/leaderboard': { status: 403 },
  'POST /api/programs/{programId}/links': {
    body: { destination: 'https://example.com/fiesta/x' },
    status: 403,
  },
  'GET /api/programs/{programId}/links': { status: 403 },
  'POST /api/programs/{programId}/api-keys': { body: { name: 'mole' }, status: 403 },
  'GET /api/programs/{programId}/api-keys': { status: 403 },
  'DELETE /api/programs/{programId}/api-keys/{keyId}': { status: 403 },
  'POST /api/programs/{programId}/signing-secrets': { status: 403 },
  'DELETE /api/programs/{programId}/signing-secrets/{secretId}': { status: 403 },
  // A user token is not an API key, whoever holds it.
  'POST /api/programs/{programId}/conversions': {
    body: { orderId: 'mole-1', amount: 100, currency: 'EUR', occurredAt: '2026-11-01T10:00:00Z' },
    status: 401,
  },
  'GET /api/programs/{programId}/conversions': { status: 403 },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/journey': { status: 403 },
  'GET /api/programs/{programId}/reports/monthly/{month}': { status: 403 },
  'GET /api/programs/{programId}/analytics/journey': { query: '?from=2026-01&to=2026-02', status: 403 },
  'GET /api/programs/{programId}/analytics/chains': { query: '?from=2026-01&to=2026-02', status: 403 },
  'POST /api/programs/{programId}/conversions/{orderId}/refunds': {
    body: { refundId: 'r', amount: 1 },
    status: 401,
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/ledger': { status: 403 },
  'GET /api/programs/{programId}/reports/referrals': { query: '?from=2026-11-01&to=2026-11-30', status: 403 },
  'GET /api/programs/{programId}/commissions': { status: 403 },
  'POST /api/programs/{programId}/payouts': { body: { commissionIds: ['x'] }, status: 403 },
  'PUT /api/programs/{programId}/integrations/shopify': {
    body: { shopDomain: 'mole.myshopify.com', webhookSecret: 'mole-secret-0123456789' },
    status: 403,
  },
  'GET /api/programs/{programId}/integrations/shopify': { status: 403 },
  // B has no shop connected; a user token is no Shopify signature either way.
  'POST /api/webhooks/shopify/{programId}': { body: { id: 1 }, status: 404 },
  // Applying is open to every signed-in user by design: it creates the caller's own record only.
  'POST /api/programs/{programId}/applications': { body: validApplication(), status: 201 },
};

/** Routes with no program in the path: not program-scoped, covered by their own tests. */
const NOT_PROGRAM_SCOPED = new Set([
  'GET /api/health',
  'GET /api/me',
  'GET /api/me/notifications',
  'POST /api/programs',
  'GET /api/public/programs/{slug}',
  'GET /api/openapi.json',
  'ANY /api/{proxy+}',
  'GET /r/{code}',
  'HEAD /r/{code}',
  'GET /r/{code}/{slug}',
  'HEAD /r/{code}/{slug}',
]);

let api: Api;
let programA: string;
let programB: string;
let callers: Record<string, TestUser>;
let pendingInB: TestUser;
let approvedInB: TestUser;
let challengeInB: string;
let submissionInB: string;

beforeAll(async () => {
  api = await startApi();
  const admin = await createUser({ admin: true });
  const create = async () =>
    (await api.call(admin, 'POST', '/api/programs', programInput())).body.programId as string;
  [programA, programB] = [await create(), await create()];

  const staff = async (role: 'manager' | 'brand') => {
    const user = await createUser({ name: role });
    await api.call(admin, 'POST', `/api/programs/${programA}/invitations`, { email: user.email, role });
    expect((await api.call(user, 'POST', `/api/programs/${programA}/invitations/accept`)).status).toBe(201);
    return user;
  };
  const ambassador = async (programId: string, approve: boolean) => {
    const user = await createUser({ name: 'amb' });
    expect(
      (await api.call(user, 'POST', `/api/programs/${programId}/applications`, validApplication())).status,
    ).toBe(201);
    if (approve)
      await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${user.id}/decision`, {
        decision: 'approve',
      });
    return user;
  };
  callers = {
    manager: await staff('manager'),
    brand: await staff('brand'),
    ambassador: await ambassador(programA, true),
    applicant: await ambassador(programA, false),
    stranger: await createUser(),
  };
  pendingInB = await ambassador(programB, false);
  approvedInB = await ambassador(programB, true);
  const now = Date.now();
  challengeInB = (
    await api.call(admin, 'POST', `/api/programs/${programB}/challenges`, {
      title: 'B only',
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    })
  ).body.challengeId;
  await api.call(admin, 'POST', `/api/programs/${programB}/challenges/${challengeInB}/publish`);
  const submitted = await api.call(
    approvedInB,
    'POST',
    `/api/programs/${programB}/challenges/${challengeInB}/submissions`,
    {
      postUrl: 'https://www.instagram.com/p/BPOST1/',
      platform: 'instagram',
      caption: 'Fun #ad',
    },
  );
  expect(submitted.status).toBe(201);
  submissionInB = submitted.body.submission.submissionId;
});
afterAll(() => api.close());

describe('cross-program access', () => {
  it('classifies every route in the table', () => {
    for (const route of ROUTES) {
      const key = `${route.method} ${route.path}`;
      expect(key in CROSS_PROGRAM || NOT_PROGRAM_SCOPED.has(key), `${key} has no cross-program row`).toBe(
        true,
      );
    }
  });

  for (const [key, expectation] of Object.entries(CROSS_PROGRAM)) {
    it(`${key}: members of another program get ${expectation.status}`, async () => {
      const [method, template] = key.split(' ') as [string, string];
      for (const [role, caller] of Object.entries(callers)) {
        for (const target of [pendingInB, approvedInB]) {
          const path = template
            .replace('{programId}', programB)
            .replace('{ambassadorId}', target.id)
            .replace('{challengeId}', challengeInB)
            .replace('{submissionId}', submissionInB)
            .replace('{keyId}', '01ABCDEFGHJKMNPQRSTVWXYZ00')
            .replace('{secretId}', '01ABCDEFGHJKMNPQRSTVWXYZ00')
            .replace('{orderId}', 'order-1')
            .replace('{month}', '2026-01')
            .concat(expectation.query ?? '');
          const response = await api.call(caller, method, path, expectation.body);
          const expected =
            key.endsWith('/applications') && response.status === 409 ? 409 : expectation.status;
          expect(response.status, `${role} → ${method} ${path}: ${JSON.stringify(response.body)}`).toBe(
            expected,
          );
          if (response.status >= 400) expect(response.body.error.requestId).toEqual(expect.any(String));
          if (key === 'GET /api/programs/{programId}') {
            expect(response.body.view).toBe('public');
            expect(response.body.program).not.toHaveProperty('landingUrl');
          }
        }
      }
    });
  }

  it('left program B as it was', async () => {
    const read = async (user: TestUser) =>
      (await api.call(user, 'GET', `/api/programs/${programB}/ambassadors/${user.id}`)).body as {
        status: string;
      };
    expect((await read(pendingInB)).status).toBe('pending');
    expect((await read(approvedInB)).status).toBe('approved');
    const program = await api.call(approvedInB, 'GET', `/api/programs/${programB}`);
    expect(program.body.program.name).not.toBe('Hijacked');
    const challenge = await api.call(
      approvedInB,
      'GET',
      `/api/programs/${programB}/challenges/${challengeInB}`,
    );
    expect(challenge.body).toMatchObject({ title: 'B only', status: 'open' });
    const submission = await api.call(
      approvedInB,
      'GET',
      `/api/programs/${programB}/submissions/${submissionInB}`,
    );
    expect(submission.body).toMatchObject({ status: 'pending', version: 1, kudos: 0 });
    expect(programA).not.toBe(programB);
  });
});
