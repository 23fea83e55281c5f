import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsApp } from '../functions/accounts/app.ts';
import { analyticsApp } from '../functions/analytics/app.ts';
import { challengesApp } from '../functions/challenges/app.ts';
import { contentApp } from '../functions/content/app.ts';
import { privacyApp } from '../functions/privacy/app.ts';
import { programsApp } from '../functions/programs/app.ts';
import { referralsApp } from '../functions/referrals/app.ts';
import { rewardsApp } from '../functions/rewards/app.ts';
import { shopifyCodesApp } from '../functions/shopify-codes/app.ts';
import { webhooksApp } from '../functions/webhooks/app.ts';
import type { StreamPoller } from '../local/stream-poller.ts';
import { ROUTES } from '../shared/platform/routes.ts';
import {
  CELLS,
  type Cell,
  checkCell,
  expectedStatus,
  fillPath,
  phaseOf,
  rolesFor,
  routeKey,
  type SentCell,
  scopesFor,
  sendCell,
} from './authorization/cells.ts';
import { EXCEPTIONS, type Exception, MACHINE_ROLES, USER_ROLES } from './authorization/expectations.ts';
import { buildWorld, freshTargets, type ProgramWorld, type World } from './authorization/fixture.ts';
import { keyPaths, storedSensitiveValues } from './authorization/response-scan.ts';
import { defaultParams, PHASES, ROUTE_CASES } from './authorization/route-cases.ts';
import {
  type Api,
  createUser,
  startApi,
  startStreamConsumers,
  type TestUser,
  validApplication,
} from './helpers.ts';

/**
 * The authorization matrix (issue 8 §1): every route of the table × every caller (anonymous, a
 * signed-in stranger, ambassador, another ambassador, manager, brand, owner, admin, a pending
 * applicant, a suspended ambassador, and program A's API key) × program A (same) or program B
 * (foreign); the machine routes also get a signed request and Shopify deliveries signed with the
 * right or a wrong secret. Each cell's status
 * comes from the route's `access` column through one pure rule, or from a commented exception
 * (./authorization/expectations.ts). Calls go through the real gateway and handlers to DynamoDB
 * Local. Then: the response shapes against a snapshot, and a scan of every response for values
 * it must never carry.
 */

type CellRecord = {
  cell: Cell;
  p: ProgramWorld;
  caller: TestUser | undefined;
  status: number;
  body: unknown;
  text: string;
  /** Secrets this response hands out legitimately (just created for the caller). */
  handedOut: Set<string>;
};

/** Routes whose responses may show managers the emails of the program's applicants and ambassadors. */
const APPLICANT_EMAILS_FOR_MANAGERS = new Set([
  'GET /api/programs/{programId}/ambassadors',
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}',
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision',
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/suspend',
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/reinstate',
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate',
  // The CSVs of what those screens show: the owner's per-ambassador report, the team's library.
  'GET /api/programs/{programId}/reports/referrals',
  'GET /api/programs/{programId}/content/export',
]);

/** Routes whose responses show the program's owners and managers the emails of its team. */
const TEAM_EMAILS_FOR_MANAGERS = new Set([
  'GET /api/programs/{programId}/members',
  'PATCH /api/programs/{programId}/members/{userId}',
  'POST /api/programs/{programId}/ownership',
]);

let api: Api;
let world: World;
let poller: StreamPoller;
const records: CellRecord[] = [];

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['rollups', 'activity']);
  world = await buildWorld(api);
  // Reports, journeys and chains read what the stream consumers derived: let them catch up.
  await poller.drain();
  await poller.drain();
});
afterAll(async () => {
  await poller?.stop();
  await api?.close();
});

/** Calls one cell and returns what is wrong with the answer, if anything. */
async function runCell(cell: Cell): Promise<string | undefined> {
  let sent: SentCell;
  try {
    sent = await sendCell(world, cell);
  } catch (error) {
    return (error as Error).message;
  }
  const { p, method, path, caller, response } = sent;
  const allowed = cell.outcome === 'allow';

  const record: CellRecord = {
    cell,
    p,
    caller,
    status: response.status,
    body: response.body,
    text: typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''),
    handedOut: new Set(),
  };
  records.push(record);
  const where = `${cell.role} (${cell.scope}) → ${method} ${path}`;
  const expected = expectedStatus(cell);
  if (response.status !== expected)
    return `${where}: expected ${expected}, got ${response.status} ${record.text.slice(0, 300)}`;
  if (response.status >= 400) {
    const error = (response.body as { error?: { code?: unknown; requestId?: unknown } } | undefined)?.error;
    if (typeof error?.code !== 'string' || typeof error.requestId !== 'string')
      return `${where}: ${response.status} without the error shape: ${record.text.slice(0, 200)}`;
  }
  if (!allowed) return undefined;
  const problem = await checkCell(world, cell, sent, (secret, label) => {
    for (const value of secretForms(secret)) {
      world.secrets.set(value, label);
      record.handedOut.add(value);
    }
  });
  return problem && `${where}: ${problem}`;
}

/** A secret and the parts that would betray it alone (an API key's secret half). */
function secretForms(secret: string): string[] {
  const half = /^emb_[0-9A-Z]{26}_(.+)$/.exec(secret)?.[1];
  return half ? [secret, half] : [secret];
}

describe('the matrix is built from the route table', () => {
  it('has request fixtures for every route, and nothing for routes that are gone', () => {
    const keys = new Set(ROUTES.map(routeKey));
    const missing = [...keys].filter((key) => !ROUTE_CASES[key]);
    expect(missing, 'routes without a request fixture in test/authorization/route-cases.ts').toEqual([]);
    expect(
      Object.keys(ROUTE_CASES).filter((key) => !keys.has(key)),
      'fixtures of routes not in ROUTES',
    ).toEqual([]);
    expect(
      Object.keys(EXCEPTIONS).filter((key) => !keys.has(key)),
      'exceptions of routes not in ROUTES',
    ).toEqual([]);
  });

  it('can fill every path parameter, and sends a body wherever a route declares one', () => {
    for (const route of ROUTES) {
      const routeCase = ROUTE_CASES[routeKey(route)];
      for (const p of [world.A, world.B])
        expect(() => fillPath(route.path, { ...defaultParams(p), ...routeCase?.params?.(p) })).not.toThrow();
    }
    const declared = [
      programsApp,
      challengesApp,
      referralsApp,
      rewardsApp,
      contentApp,
      analyticsApp,
      webhooksApp,
      shopifyCodesApp,
      privacyApp,
      accountsApp,
    ].flatMap((app) =>
      app.openAPIRegistry.definitions.flatMap((d) =>
        d.type === 'route' && d.route.request?.body
          ? [`${d.route.method.toUpperCase()} ${d.route.path}`]
          : [],
      ),
    );
    expect(declared.length).toBeGreaterThan(10);
    expect(
      declared.filter((key) => !ROUTE_CASES[key]?.body),
      'routes with a body the matrix does not send',
    ).toEqual([]);
  });

  it('gives every route its cells, uses every exception, and counts them', async () => {
    for (const route of ROUTES) {
      const cells = CELLS.filter((c) => c.route === route);
      expect(cells.length, routeKey(route)).toBe(rolesFor(route).length * scopesFor(route).length);
    }
    const used = new Set(CELLS.flatMap((c) => (c.exception ? [c.exception] : [])));
    const unused = Object.entries(EXCEPTIONS).flatMap(([key, list]) =>
      list.filter((e) => !used.has(e)).map((e) => `${key}: ${e.reason}`),
    );
    expect(unused, 'exceptions that decide no cell').toEqual([]);
    console.info(
      `authorization matrix: ${CELLS.length} cells over ${ROUTES.length} routes, ` +
        `${CELLS.filter((c) => c.exception).length} decided by ${used.size} exceptions`,
    );
    await expect(matrixTable()).toMatchFileSnapshot('./__snapshots__/authorization-matrix.md');
  });
});

for (const phase of PHASES) {
  // The phases run one after another; the routes of a phase run side by side.
  describe(`cells of the ${phase} routes`, () => {
    for (const route of ROUTES.filter((r) => phaseOf(r) === phase)) {
      const cells = CELLS.filter((c) => c.route === route);
      it.concurrent(`${routeKey(route)} (${route.access}): ${cells.length} cells`, async ({ expect }) => {
        const problems: string[] = [];
        // One after another: cells of one route may share a counter (two active signing secrets).
        for (const cell of cells) {
          const problem = await runCell(cell);
          if (problem) problems.push(problem);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

describe('what the responses carry', () => {
  it('has the snapshotted shape for every GET, per caller that may call it', async () => {
    const shapes = new Map<string, Map<string, string[]>>();
    for (const record of records) {
      const { cell } = record;
      const json = record.body !== null && typeof record.body === 'object';
      if (cell.route.method !== 'GET' || cell.outcome !== 'allow' || !json) continue;
      // The OpenAPI document is a contract of its own; its shape is the whole API.
      if (cell.routeKey === 'GET /api/openapi.json') continue;
      const shape = keyPaths(record.body).join('\n  ');
      const byShape = shapes.get(cell.routeKey) ?? new Map<string, string[]>();
      byShape.set(shape, [...(byShape.get(shape) ?? []), `${cell.role} (${cell.scope})`]);
      shapes.set(cell.routeKey, byShape);
    }
    const order = ROUTES.map(routeKey);
    const roleOrder = CELLS.map((c) => `${c.role} (${c.scope})`);
    const text = [...shapes.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .flatMap(([key, byShape]) =>
        [...byShape.entries()]
          .map(([shape, callers]) => ({
            shape,
            callers: callers.sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b)),
          }))
          .sort((a, b) => roleOrder.indexOf(a.callers[0] ?? '') - roleOrder.indexOf(b.callers[0] ?? ''))
          .map(({ shape, callers }) => `${key} as ${callers.join(', ')}\n  ${shape}\n`),
      )
      .join('\n');
    await expect(text).toMatchFileSnapshot('./__snapshots__/response-shapes.txt');
  });

  it('never carries another person’s email, a hashed IP or UA, or a secret', async () => {
    const forbidden = new Map(world.secrets);
    for (const [value, label] of [...forbidden])
      for (const form of secretForms(value)) forbidden.set(form, label);
    for (const [value, label] of await storedSensitiveValues()) forbidden.set(value, label);
    const kinds = new Set([...forbidden.values()].map((label) => label.split(' of ')[0]));
    // The scan must know values of every kind, or it proves nothing.
    for (const kind of [
      'ipHash',
      'uaHash',
      'customerEmailHash',
      'secretHash',
      'sealedSecret',
      'sealedDetails',
      'sealedAccount',
      'the IBAN',
    ])
      expect(kinds, kind).toContain(kind);

    const problems: string[] = [];
    // Sightings the rules allow: proof that the scan sees secrets and emails when they are there.
    let allowed = { secrets: 0, emails: 0 };
    for (const record of records) {
      const { cell, p, caller, text } = record;
      const where = `${cell.role} (${cell.scope}) ${cell.routeKey}`;
      for (const [value, label] of forbidden) {
        if (!text.includes(value)) continue;
        if (record.handedOut.has(value)) allowed = { ...allowed, secrets: allowed.secrets + 1 };
        else problems.push(`${where}: ${label}`);
      }
      const managing =
        cell.role === 'admin' ||
        (cell.scope === 'same' && (cell.role === 'manager' || cell.role === 'owner'));
      for (const user of world.users) {
        if (user.id === caller?.id || !text.toLowerCase().includes(user.email.toLowerCase())) continue;
        if (
          managing &&
          APPLICANT_EMAILS_FOR_MANAGERS.has(cell.routeKey) &&
          p.applicantEmails.has(user.email)
        ) {
          allowed = { ...allowed, emails: allowed.emails + 1 };
          continue;
        }
        if (managing && TEAM_EMAILS_FOR_MANAGERS.has(cell.routeKey) && p.teamEmails.has(user.email)) {
          allowed = { ...allowed, emails: allowed.emails + 1 };
          continue;
        }
        problems.push(`${where}: the email of ${user.email}`);
      }
    }
    expect(problems).toEqual([]);
    expect(allowed.secrets).toBeGreaterThan(0);
    expect(allowed.emails).toBeGreaterThan(0);
    expect(records.length).toBe(CELLS.length);
  });
});

/** The spare targets are still in the state the refused cells found them in. */
async function expectSparesUntouched(p: ProgramWorld): Promise<void> {
  const read = (path: string) => api.call(p.owner, 'GET', `/api/programs/${p.programId}${path}`);
  const status = async (user: TestUser) => (await read(`/ambassadors/${user.id}`)).body.status;
  expect(await status(p.spare.applicant)).toBe('pending');
  expect(await status(p.spare.ambassador)).toBe('approved');
  expect(await status(p.spare.suspended)).toBe('suspended');
  expect((await read(`/challenges/${p.spare.draftChallengeId}`)).body.published).toBe(false);
  expect((await read(`/submissions/${p.spare.pendingSubmissionId}`)).body.status).toBe('pending');
  expect((await read(`/submissions/${p.spare.changesSubmissionId}`)).body.status).toBe('changes_requested');
  const keys = (await read('/api-keys')).body.items as Array<{ id: string; revokedAt?: string }>;
  expect(keys.find((k) => k.id === p.spare.apiKeyId)?.revokedAt).toBeUndefined();
  const line = (await read('/commissions?state=approved')).body.items.find(
    (l: { commissionId: string }) => l.commissionId === p.spare.commissionId,
  );
  expect(line?.state).toBe('approved');
  expect((await read(`/payouts/${p.spare.payoutId}`)).body.status).toBe('ready');
}

describe('refused calls changed nothing', () => {
  it('left the spare targets as they were', async () => {
    await expectSparesUntouched(world.A);
    await expectSparesUntouched(world.B);
  });
});

describe('program B’s objects named through program A’s path (BOLA by id)', () => {
  /**
   * Callers who may act in A address B's objects by id under A's path. Every key includes the
   * program, so nothing of B is found: 404, or nothing of B in the answer.
   */
  type ByIdCase = {
    name: string;
    caller: () => TestUser | undefined;
    headers?: () => Record<string, string>;
    method: string;
    path: (a: ProgramWorld, b: ProgramWorld) => string;
    body?: (a: ProgramWorld, b: ProgramWorld) => unknown;
    status: number;
    /** For answers that are not 404: what shows nothing of B was touched or shown. */
    check?: (body: Record<string, unknown>, b: ProgramWorld) => void;
  };
  const A = () => world.A;
  const cases: ByIdCase[] = [
    {
      name: 'a manager of A reads B’s ambassador',
      caller: () => A().manager,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.amb1.user.id}`,
      status: 404,
    },
    {
      name: 'a manager of A approves B’s applicant',
      caller: () => A().manager,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.spare.applicant.id}/decision`,
      body: () => ({ decision: 'approve' }),
      status: 404,
    },
    {
      name: 'a manager of A suspends B’s ambassador',
      caller: () => A().manager,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.spare.ambassador.id}/suspend`,
      body: () => ({}),
      status: 404,
    },
    {
      name: 'a manager of A reinstates B’s suspended ambassador',
      caller: () => A().manager,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.spare.suspended.id}/reinstate`,
      body: () => ({}),
      status: 404,
    },
    {
      name: 'a manager of A reads the owner’s membership as if an ambassador’s',
      caller: () => A().manager,
      method: 'GET',
      path: (a) => `/api/programs/${a.programId}/ambassadors/${a.owner.id}`,
      status: 404,
    },
    {
      name: 'a manager of A suspends the brand user as if an ambassador',
      caller: () => A().manager,
      method: 'POST',
      path: (a) => `/api/programs/${a.programId}/ambassadors/${a.brand.id}/suspend`,
      body: () => ({}),
      status: 404,
    },
    {
      name: 'a manager of A decides on the owner as if an applicant',
      caller: () => A().manager,
      method: 'POST',
      path: (a) => `/api/programs/${a.programId}/ambassadors/${a.owner.id}/decision`,
      body: () => ({ decision: 'reject', reason: 'coup' }),
      status: 404,
    },
    {
      name: 'an ambassador of A reads B’s challenge',
      caller: () => A().amb1.user,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/challenges/${b.challengeId}`,
      status: 404,
    },
    {
      name: 'a manager of A edits B’s challenge',
      caller: () => A().manager,
      method: 'PATCH',
      path: (a, b) => `/api/programs/${a.programId}/challenges/${b.challengeId}`,
      body: () => ({ brief: 'Hijacked' }),
      status: 404,
    },
    {
      name: 'a manager of A publishes B’s draft',
      caller: () => A().manager,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/challenges/${b.spare.draftChallengeId}/publish`,
      status: 404,
    },
    {
      name: 'an ambassador of A submits to B’s challenge',
      caller: () => A().amb1.user,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/challenges/${b.challengeId}/submissions`,
      body: () => ({
        postUrl: 'https://www.instagram.com/p/BYIDMOLE1/',
        platform: 'instagram',
        caption: '#ad',
      }),
      status: 404,
    },
    {
      name: 'a manager of A reads B’s submission',
      caller: () => A().manager,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/submissions/${b.submissionId}`,
      status: 404,
    },
    {
      name: 'B’s author resubmits their own B submission through A’s path',
      caller: () => world.B.amb1.user,
      method: 'PUT',
      path: (a, b) => `/api/programs/${a.programId}/submissions/${b.spare.changesSubmissionId}`,
      body: () => ({
        postUrl: 'https://www.instagram.com/p/BYIDMOLE2/',
        platform: 'instagram',
        caption: '#ad',
      }),
      status: 404,
    },
    {
      name: 'a manager of A reviews B’s pending submission',
      caller: () => A().manager,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/submissions/${b.spare.pendingSubmissionId}/review`,
      body: () => ({ decision: 'approve', version: 1 }),
      status: 404,
    },
    {
      name: 'an ambassador of A gives kudos to B’s post',
      caller: () => A().amb2.user,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/submissions/${b.submissionId}/kudos`,
      status: 404,
    },
    {
      name: 'a manager of A reads B’s ambassador’s journey',
      caller: () => A().manager,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.amb1.user.id}/journey`,
      status: 404,
    },
    {
      // No ledger of that person in A: an empty one, not B's.
      name: 'a manager of A reads B’s ambassador’s ledger',
      caller: () => A().manager,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.amb1.user.id}/ledger`,
      status: 200,
      check: (body) => expect(body).toEqual({ balance: 0, lifetime: 0, entries: [] }),
    },
    {
      name: 'the brand of A revokes B’s API key',
      caller: () => A().brand,
      method: 'DELETE',
      path: (a, b) => `/api/programs/${a.programId}/api-keys/${b.spare.apiKeyId}`,
      status: 404,
    },
    {
      name: 'the brand of A revokes B’s signing secret',
      caller: () => A().brand,
      method: 'DELETE',
      path: (a, b) => `/api/programs/${a.programId}/signing-secrets/${b.signingSecret.id}`,
      status: 404,
    },
    {
      name: 'the brand of A names B’s ambassador in a payout',
      caller: () => A().brand,
      method: 'POST',
      path: (a) => `/api/programs/${a.programId}/payouts`,
      body: (_a, b) => ({ ambassadorIds: [b.amb1.user.id] }),
      status: 409,
      check: (body, b) =>
        expect((body.error as { details: unknown }).details).toMatchObject({
          skipped: [{ ambassadorId: b.amb1.user.id, reason: 'no_approved_lines' }],
        }),
    },
    {
      name: 'the brand of A reads B’s payout',
      caller: () => A().brand,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/payouts/${b.payoutId}`,
      status: 404,
    },
    {
      name: 'the brand of A exports B’s payout',
      caller: () => A().brand,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/payouts/${b.payoutId}/export?format=csv`,
      status: 404,
    },
    {
      name: 'the brand of A confirms B’s payout',
      caller: () => A().brand,
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/payouts/${b.spare.payoutId}/confirm`,
      body: () => ({ sentOn: '2026-12-01', reference: 'IDOR' }),
      status: 404,
    },
    {
      name: 'the brand of A reads B’s ambassador’s payout details',
      caller: () => A().brand,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/ambassadors/${b.amb1.user.id}/payout-details`,
      status: 404,
    },
    {
      name: 'the brand of A lists B’s ambassador’s commissions',
      caller: () => A().brand,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/commissions?ambassadorId=${b.amb1.user.id}`,
      status: 200,
      check: (body) => expect(body.items).toEqual([]),
    },
    {
      name: 'a manager of A filters A’s review queue by B’s challenge',
      caller: () => A().manager,
      method: 'GET',
      path: (a, b) => `/api/programs/${a.programId}/submissions?status=approved&challengeId=${b.challengeId}`,
      status: 200,
      check: (body) => expect(body.items).toEqual([]),
    },
    {
      name: 'an ambassador of A makes a link for B’s challenge',
      caller: () => A().amb1.user,
      method: 'POST',
      path: (a) => `/api/programs/${a.programId}/links`,
      body: (_a, b) => ({ destination: 'https://example.com/fiesta/x', challengeId: b.challengeId }),
      status: 422,
    },
    {
      name: 'an ambassador of A submits with B’s ambassador’s proof image key',
      caller: () => A().amb1.user,
      method: 'POST',
      path: (a) => `/api/programs/${a.programId}/challenges/${a.challengeId}/submissions`,
      body: (_a, b) => ({
        postUrl: 'https://www.instagram.com/p/BYIDMOLE3/',
        platform: 'instagram',
        caption: '#ad',
        proofImageKey: `proofs/${b.programId}/${b.amb1.user.id}/proof.png`,
      }),
      status: 422,
    },
    {
      // A refund may arrive before its order, so A keeps it as pending; B's order is untouched.
      name: 'A’s shop server refunds B’s order through A’s path',
      caller: () => undefined,
      headers: () => ({ authorization: `Bearer ${A().apiKey.key}` }),
      method: 'POST',
      path: (a, b) => `/api/programs/${a.programId}/conversions/${b.orderId}/refunds`,
      body: () => ({ refundId: 'by-id-refund', amount: 1 }),
      status: 201,
      check: (body, b) =>
        expect(body).toMatchObject({ status: 'pending', orderId: b.orderId, refundedTotal: 1 }),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const [a, b] = [world.A, world.B];
    const body = c.body?.(a, b);
    const response = await api.call(c.caller(), c.method, c.path(a, b), body, c.headers?.());
    expect(response.status, JSON.stringify(response.body)).toBe(c.status);
    if (response.status >= 400) expect(response.body.error.requestId).toEqual(expect.any(String));
    c.check?.(response.body, b);
  });

  it('left B’s objects as they were', async () => {
    const b = world.B;
    await expectSparesUntouched(b);
    const read = (path: string) => api.call(b.owner, 'GET', `/api/programs/${b.programId}${path}`);
    expect((await read(`/challenges/${b.challengeId}`)).body.brief).not.toBe('Hijacked');
    expect((await read(`/submissions/${b.submissionId}`)).body.kudos).toBe(0);
    const orders = (await read('/conversions?limit=100')).body.items as Array<{
      orderId: string;
      refundedAmount: number;
    }>;
    expect(orders.find((o) => o.orderId === b.orderId)?.refundedAmount).toBe(0);
  });
});

describe('an invitation works only for the account it names', () => {
  it('is refused to another account and taken, once, by its addressee', async () => {
    const a = world.A;
    const [addressee, other] = await Promise.all([
      createUser({ name: 'addressee' }),
      createUser({ name: 'other' }),
    ]);
    world.users.push(addressee, other);
    const accept = (user: TestUser) =>
      api.call(user, 'POST', `/api/programs/${a.programId}/invitations/accept`);
    expect(
      (
        await api.call(a.owner, 'POST', `/api/programs/${a.programId}/invitations`, {
          email: addressee.email,
          role: 'manager',
        })
      ).status,
    ).toBe(201);
    expect((await accept(other)).status).toBe(404);

    const taken = await accept(addressee);
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body).toMatchObject({ userId: addressee.id, role: 'manager', status: 'active' });
    expect((await accept(addressee)).status).toBe(404); // used up
  });
});

describe('fields a caller may not set (API3, property level)', () => {
  /** Rejected: 422 in the error shape, naming the field. Ignored: accepted, and the stored value is not the one sent. */
  type Verdict = 'rejected' | 'ignored';
  type FieldCase = {
    endpoint: string;
    caller: () => TestUser | undefined;
    headers?: () => Record<string, string>;
    method: string;
    path: () => string;
    /** A valid body for the call; each field is added to a fresh copy. */
    base: () => Record<string, unknown>;
    fields: () => Record<string, unknown>;
    verdict: Verdict;
    /** After the calls: proves nothing the fields asked for was stored. */
    stored: () => Promise<void>;
  };
  const A = () => world.A;
  const at = (path: string) => `/api/programs/${A().programId}${path}`;
  const read = async (user: TestUser, path: string) => {
    const response = await api.call(user, 'GET', at(path));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  /** What an ambassador would most like to set on themself or their posts. */
  const AMBASSADOR_WISHES = () => ({
    status: 'approved',
    points: 1_000_000,
    tier: 'expert',
    referralCode: 'MINE-0000',
    commissionRate: { kind: 'percent', basisPoints: 10_000 },
    role: 'owner',
    ambassadorId: A().amb2.user.id,
    userId: A().amb2.user.id,
    programId: world.B.programId,
    approved: true,
    kudos: 999,
    version: 99,
    reviewedBy: A().manager.id,
    email: A().amb2.user.email,
    isAdmin: true,
  });
  let applicant: TestUser;
  let invitee: TestUser;
  let cheerer: TestUser;
  let before: { submissions: number; links: number; kudos: number; program: Record<string, unknown> };

  beforeAll(async () => {
    const fresh = freshTargets(world);
    [applicant, invitee, cheerer] = await Promise.all([
      createUser({ name: 'hopeful' }),
      (async () => {
        const user = await createUser({ name: 'invitee' });
        const invited = await api.call(A().owner, 'POST', at('/invitations'), {
          email: user.email,
          role: 'brand',
        });
        expect(invited.status).toBe(201);
        return user;
      })(),
      fresh.ambassador(A()),
    ]);
    world.users.push(applicant, invitee);
    before = {
      submissions: (await read(A().amb1.user, '/submissions?limit=100')).items.length,
      links: (await read(A().amb1.user, '/links')).links.length,
      kudos: (await read(A().amb1.user, `/submissions/${A().submissionId}`)).kudos,
      program: (await read(A().owner, '')).program,
    };
  });

  const cases: FieldCase[] = [
    {
      endpoint: 'POST /api/programs/{programId}/applications',
      caller: () => applicant,
      method: 'POST',
      path: () => at('/applications'),
      base: () => validApplication(),
      fields: () => ({
        ...AMBASSADOR_WISHES(),
        decision: { decision: 'approve' },
        recruitedBy: 'someone',
        applicationCount: 0,
        suspension: null,
      }),
      verdict: 'rejected',
      stored: async () => {
        // Every attempt was refused: the hopeful has no membership at all.
        expect((await api.call(applicant, 'GET', at(`/ambassadors/${applicant.id}`))).status).toBe(404);
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/challenges/{challengeId}/submissions',
      caller: () => A().amb1.user,
      method: 'POST',
      path: () => at(`/challenges/${A().challengeId}/submissions`),
      base: () => ({
        postUrl: `https://www.instagram.com/p/FIELD${Date.now()}/`,
        platform: 'instagram',
        caption: '#ad',
      }),
      fields: () => ({
        ...AMBASSADOR_WISHES(),
        pointsAwarded: 500,
        flags: [],
        feedback: 'great',
        submissionId: 'X',
      }),
      verdict: 'rejected',
      stored: async () => {
        expect((await read(A().amb1.user, '/submissions?limit=100')).items.length).toBe(before.submissions);
      },
    },
    {
      endpoint: 'PUT /api/programs/{programId}/submissions/{submissionId}',
      caller: () => A().amb1.user,
      method: 'PUT',
      path: () => at(`/submissions/${A().spare.changesSubmissionId}`),
      base: () => ({
        postUrl: `https://www.instagram.com/p/FIELDPUT${Date.now()}/`,
        platform: 'instagram',
        caption: '#ad',
      }),
      fields: () => ({ ...AMBASSADOR_WISHES(), pointsAwarded: 500, flags: [], feedback: 'great' }),
      verdict: 'rejected',
      stored: async () => {
        const submission = await read(A().amb1.user, `/submissions/${A().spare.changesSubmissionId}`);
        expect(submission).toMatchObject({ status: 'changes_requested', version: 1, kudos: 0 });
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/links',
      caller: () => A().amb1.user,
      method: 'POST',
      path: () => at('/links'),
      base: () => ({ destination: 'https://example.com/fiesta/fields' }),
      fields: () => ({ ...AMBASSADOR_WISHES(), code: A().amb2.code, url: 'https://evil.example' }),
      verdict: 'rejected',
      stored: async () => {
        expect((await read(A().amb1.user, '/links')).links.length).toBe(before.links);
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/uploads',
      caller: () => A().amb1.user,
      method: 'POST',
      path: () => at('/uploads'),
      base: () => ({ contentType: 'image/png', size: 1000 }),
      fields: () => ({
        ...AMBASSADOR_WISHES(),
        key: `proofs/${A().programId}/${A().amb2.user.id}/x.png`,
        bucket: 'other',
      }),
      verdict: 'rejected',
      stored: async () => undefined, // nothing is stored before the upload itself
    },
    {
      // The route takes no body: whatever is sent is not read. One kudos, from the caller.
      endpoint: 'POST /api/programs/{programId}/submissions/{submissionId}/kudos',
      caller: () => cheerer,
      method: 'POST',
      path: () => at(`/submissions/${A().submissionId}/kudos`),
      base: () => ({}),
      fields: () => ({ kudos: 1000, userId: A().amb2.user.id, points: 500 }),
      verdict: 'ignored',
      stored: async () => {
        expect((await read(A().amb1.user, `/submissions/${A().submissionId}`)).kudos).toBe(before.kudos + 1);
      },
    },
    {
      // The role comes from the invitation, whatever the body says.
      endpoint: 'POST /api/programs/{programId}/invitations/accept',
      caller: () => invitee,
      method: 'POST',
      path: () => at('/invitations/accept'),
      base: () => ({}),
      fields: () => ({ role: 'owner', status: 'active', programId: world.B.programId, userId: A().owner.id }),
      verdict: 'ignored',
      stored: async () => {
        const me = await api.call(invitee, 'GET', '/api/me');
        expect(me.body.memberships).toEqual([
          expect.objectContaining({ programId: A().programId, role: 'brand', status: 'active' }),
        ]);
        expect((await api.call(invitee, 'PATCH', at(''), { name: 'Mine now' })).status).toBe(403);
      },
    },
    {
      endpoint: 'PATCH /api/programs/{programId} (manager)',
      caller: () => A().manager,
      method: 'PATCH',
      path: () => at(''),
      base: () => ({ description: 'Fields test' }),
      fields: () => ({
        ownerId: A().manager.id,
        createdBy: A().manager.id,
        owner: A().manager.id,
        role: 'owner',
        programId: world.B.programId,
        createdAt: '2000-01-01T00:00:00.000Z',
        members: [{ userId: A().manager.id, role: 'owner' }],
      }),
      verdict: 'rejected',
      stored: async () => {
        const program = (await read(A().owner, '')).program;
        expect(program).toMatchObject({
          programId: A().programId,
          createdBy: before.program.createdBy,
          createdAt: before.program.createdAt,
          description: before.program.description,
        });
        const me = await api.call(A().manager, 'GET', '/api/me');
        const inA = me.body.memberships.filter((m: { programId: string }) => m.programId === A().programId);
        expect(inA).toEqual([expect.objectContaining({ role: 'manager', status: 'active' })]);
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/invitations (owner)',
      caller: () => A().owner,
      method: 'POST',
      path: () => at('/invitations'),
      base: () => ({ email: 'fields-invitee@example.org', role: 'manager' }),
      fields: () => ({
        isAdmin: true,
        owner: true,
        programId: world.B.programId,
        invitedBy: A().manager.id,
        status: 'active',
      }),
      verdict: 'rejected',
      stored: async () => undefined,
    },
    {
      endpoint: 'POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision (manager)',
      caller: () => A().manager,
      method: 'POST',
      path: () => at(`/ambassadors/${A().spare.applicant.id}/decision`),
      base: () => ({ decision: 'approve' }),
      fields: () => ({
        tier: 'expert',
        referralCode: 'BOSS-0000',
        points: 100,
        role: 'manager',
        commissionRate: 5000,
      }),
      verdict: 'rejected',
      stored: async () => {
        expect((await read(A().owner, `/ambassadors/${A().spare.applicant.id}`)).status).toBe('pending');
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/submissions/{submissionId}/review (manager)',
      caller: () => A().manager,
      method: 'POST',
      path: () => at(`/submissions/${A().spare.pendingSubmissionId}/review`),
      base: () => ({ decision: 'approve', version: 1 }),
      fields: () => ({
        points: 9999,
        pointsAwarded: 9999,
        reviewedBy: A().owner.id,
        userId: A().amb2.user.id,
      }),
      verdict: 'rejected',
      stored: async () => {
        expect((await read(A().owner, `/submissions/${A().spare.pendingSubmissionId}`)).status).toBe(
          'pending',
        );
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/challenges (manager)',
      caller: () => A().manager,
      method: 'POST',
      path: () => at('/challenges'),
      base: () => ({ title: 'Fields test', month: '2031-01' }),
      fields: () => ({
        createdBy: A().owner.id,
        slotsUsed: -5,
        published: true,
        status: 'open',
        programId: world.B.programId,
      }),
      verdict: 'rejected',
      stored: async () => {
        const month = (await read(A().owner, '/challenges?month=2031-01')).items;
        expect(month).toEqual([]);
      },
    },
    {
      endpoint: 'POST /api/programs/{programId}/conversions (the shop’s server)',
      caller: () => undefined,
      headers: () => ({ authorization: `Bearer ${A().apiKey.key}` }),
      method: 'POST',
      path: () => at('/conversions'),
      base: () => ({
        orderId: 'fields-order',
        amount: 100,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      }),
      fields: () => ({
        commissionRate: { kind: 'percent', basisPoints: 10_000 },
        ambassadorId: A().amb1.user.id,
        status: 'attributed',
        commissionId: 'X',
        attribution: { via: 'code', code: A().amb1.code, ambassadorId: A().amb1.user.id },
        flags: [],
      }),
      verdict: 'rejected',
      stored: async () => {
        const orders = (await read(A().owner, '/conversions?limit=100')).items as Array<{ orderId: string }>;
        expect(orders.some((o) => o.orderId === 'fields-order')).toBe(false);
      },
    },
  ];

  it.each(cases.map((c) => [c.endpoint, c] as const))('%s', async (_endpoint, c) => {
    const send = (fields: Record<string, unknown>) =>
      api.call(c.caller(), c.method, c.path(), { ...c.base(), ...fields }, c.headers?.());
    const fields = c.fields();
    const verdicts: Record<string, string> = {};
    if (c.verdict === 'ignored') {
      // The action can be done once (one kudos, one membership): every field rides on that one call.
      const response = await send(fields);
      for (const field of Object.keys(fields))
        verdicts[field] =
          response.status < 300 ? 'ignored' : `${response.status} ${JSON.stringify(response.body)}`;
    } else {
      for (const [field, value] of Object.entries(fields)) {
        const response = await send({ [field]: value });
        const issues = (response.body?.error?.details?.issues ?? []) as Array<{
          code: string;
          message: string;
        }>;
        const named = issues.some((i) => i.code === 'unrecognized_keys' && i.message.includes(`"${field}"`));
        verdicts[field] =
          response.status === 422 && response.body.error.code === 'validation_failed' && named
            ? 'rejected'
            : `${response.status} ${JSON.stringify(response.body)}`;
      }
    }
    expect(verdicts).toEqual(Object.fromEntries(Object.keys(fields).map((field) => [field, c.verdict])));
    await c.stored();
  });

  it('lets no one invite an owner or an admin, and a manager no one at all', async () => {
    for (const role of ['owner', 'admin', 'ambassador']) {
      const response = await api.call(A().owner, 'POST', at('/invitations'), {
        email: 'o@example.org',
        role,
      });
      expect(response.status, role).toBe(422);
      expect(response.body.error.details.issues[0].path).toBe('role');
    }
    // A manager is refused whatever the role: by validation first for "owner", by role for the rest.
    expect(
      (await api.call(A().manager, 'POST', at('/invitations'), { email: 'o@example.org', role: 'owner' }))
        .status,
    ).toBe(422);
    expect(
      (await api.call(A().manager, 'POST', at('/invitations'), { email: 'o@example.org', role: 'manager' }))
        .status,
    ).toBe(403);
  });

  it('reads query fields naming someone else as the caller’s own, or refuses them', async () => {
    const mine = await read(
      A().amb1.user,
      `/submissions?userId=${A().amb2.user.id}&ambassadorId=${A().amb2.user.id}`,
    );
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((s: { userId: string }) => s.userId))).toEqual(new Set([A().amb1.user.id]));
    const own = await read(A().amb1.user, `/commissions?ambassadorId=${A().amb1.user.id}`);
    expect(own.items.length).toBeGreaterThan(0);
    for (const line of own.items as Array<{
      ambassadorId: string;
      history: Array<Record<string, unknown>>;
    }>) {
      expect(line.ambassadorId).toBe(A().amb1.user.id);
      // Who paid or changed a line is the team's business.
      for (const event of line.history) expect(event).not.toHaveProperty('by');
    }
    const theirs = await api.call(A().amb2.user, 'GET', at(`/commissions?ambassadorId=${A().amb1.user.id}`));
    expect(theirs.status).toBe(403);
    for (const item of mine.items) expect(item).not.toHaveProperty('reviewedBy');
  });
});

/** The expected matrix as a Markdown table: the review copy of what the cells assert. */
function matrixTable(): string {
  const roles = [...USER_ROLES, ...MACHINE_ROLES];
  const exceptions: Exception[] = [];
  const mark = (cell: Cell | undefined) => {
    if (!cell) return '';
    const status = String(expectedStatus(cell));
    if (!cell.exception) return status;
    if (!exceptions.includes(cell.exception)) exceptions.push(cell.exception);
    return `${status}<sup>${exceptions.indexOf(cell.exception) + 1}</sup>`;
  };
  const rows = ROUTES.map((route) => {
    const cells = CELLS.filter((c) => c.route === route);
    const columns = roles.map((role) =>
      scopesFor(route)
        .map((scope) => mark(cells.find((c) => c.role === role && c.scope === scope)))
        .filter(Boolean)
        .join(' / '),
    );
    return `| \`${routeKey(route)}\` | ${route.access} | ${columns.join(' | ')} |`;
  });
  return [
    `# Authorization matrix (generated by test/authorization-matrix.test.ts)`,
    '',
    `${CELLS.length} cells over ${ROUTES.length} routes. Each cell is "program A / program B" (the caller's own`,
    'program / another one) or one status for routes without a program. Callers are members of A. `apiKey` is',
    "A's API key as a Bearer token; `signature`, `shopHmac` and `shopHmacWrong` (A's signing secret, A's shop",
    'secret, a wrong one) are tried on the machine routes only. A superscript marks an exception (listed below).',
    '',
    `| Route | access | ${roles.join(' | ')} |`,
    `| --- | --- | ${roles.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    '## Exceptions',
    '',
    ...exceptions.map((e, i) => {
      const key = Object.entries(EXCEPTIONS).find(([, list]) => list.includes(e))?.[0];
      const scopes = e.scopes ? ` in ${e.scopes.map((s) => (s === 'same' ? 'A' : 'B')).join(', ')}` : '';
      return `${i + 1}. \`${key}\`, ${e.roles.join(', ')}${scopes}: ${e.status}. ${e.reason}.`;
    }),
    '',
  ].join('\n');
}
