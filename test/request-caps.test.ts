import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PATH_BYTES, MAX_QUERY_BYTES } from '../functions/http/create-app.ts';
import { importHandlers } from '../local/runtime.ts';
import { ROUTES } from '../shared/platform/routes.ts';
import { createFixture, type Fixture } from './fuzz/fixture.ts';
import {
  type Answer,
  authorize,
  bodyCapFor,
  buildRequest,
  type Documented,
  documentedInputs,
  type HostileRequest,
  inProcessSender,
  type Parts,
  paddedTo,
  paramNames,
  percentEncode,
  planRoute,
  ROUTE_INPUTS,
} from './fuzz/hostile-requests.ts';
import { type Api, startApi } from './helpers.ts';

/**
 * The caps every API request meets, route by route: body size (413), page size, query and path
 * length (414), and long path parameters; each from a caller that gets past authorization.
 */
let api: Api;
let fixture: Fixture;
let documented: Record<string, Documented>;
let send: (request: HostileRequest) => Promise<Answer>;

beforeAll(async () => {
  api = await startApi();
  fixture = await createFixture(api);
  documented = documentedInputs();
  send = inProcessSender(ROUTES, await importHandlers());
});
afterAll(() => api.close());

const apiRoutes = ROUTES.filter((r) => r.path.startsWith('/api/') && !r.path.includes('{proxy+}'));
const keyOf = (route: (typeof ROUTES)[number]) => `${route.method} ${route.path}`;
/** Routes that read a body: documented JSON, optional JSON, or a webhook's raw text. */
const bodyRoutes = apiRoutes.filter((route) => {
  const input = ROUTE_INPUTS[keyOf(route)];
  return input?.body !== undefined || input?.rawBody !== undefined;
});

async function call(route: (typeof ROUTES)[number], parts: Omit<Parts, 'kind'>) {
  const plan = planRoute(route, fixture, documented[keyOf(route)]?.query ?? []);
  const request = authorize(buildRequest(plan, { ...parts, kind: 'caps' }), plan.caller, fixture);
  const answer = await send(request);
  // CSV routes (the content library's export) answer text, not JSON.
  const body = answer.text?.startsWith('{') ? JSON.parse(answer.text) : undefined;
  return { status: answer.status, code: body?.error?.code as string | undefined, text: answer.text };
}

const seedOf = (route: (typeof ROUTES)[number]) => {
  const input = ROUTE_INPUTS[keyOf(route)];
  return input?.rawBody ? JSON.parse(input.rawBody()) : input?.body?.(fixture);
};

describe('body caps', () => {
  it('covers every route that reads a body', () => {
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(20);
  });

  for (const route of bodyRoutes) {
    const cap = bodyCapFor(route.path);
    it(`${keyOf(route)}: 413 past ${cap} bytes, not at ${cap}`, async () => {
      const at = await call(route, { body: paddedTo(seedOf(route), cap) });
      expect(at.status, at.text).not.toBe(413);
      expect(at.status).toBeLessThan(500);
      const over = await call(route, { body: paddedTo(seedOf(route), cap + 1) });
      expect([over.status, over.code], over.text).toEqual([413, 'payload_too_large']);
    });
  }

  it('counts the bytes that arrived, not the content-length claimed', async () => {
    const route = ROUTES.find((r) => keyOf(r) === 'POST /api/programs/{programId}/invitations');
    if (!route) throw new Error('no invitations route');
    const claimsLittle = await call(route, {
      body: paddedTo(seedOf(route), bodyCapFor(route.path) + 1),
      headers: { 'content-length': '10' },
    });
    expect(claimsLittle.status).toBe(413);
    const claimsMuch = await call(route, {
      body: JSON.stringify({ email: 'claims@example.com', role: 'brand' }),
      headers: { 'content-length': '99999999' },
    });
    expect(claimsMuch.status, claimsMuch.text).toBe(201);
  });

  it('refuses a claimed length over 6 MB at once, before the body, as API Gateway does', async () => {
    const { hostname, port } = new URL(api.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST /api/programs/${fixture.programId}/invitations HTTP/1.1\r\nHost: x\r\n` +
            'Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{"email":',
        );
      });
      let text = '';
      socket.setTimeout(5_000, () => reject(new Error('the gateway waited for the claimed body')));
      socket.on('data', (chunk) => {
        text += chunk.toString();
        if (text.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
  });
});

describe('page size caps', () => {
  const listRoutes = () => apiRoutes.filter((route) => documented[keyOf(route)]?.query.includes('limit'));

  it('finds the list routes in the OpenAPI document', () => {
    expect(listRoutes().map(keyOf)).toEqual(
      expect.arrayContaining([
        'GET /api/me/notifications',
        'GET /api/programs/{programId}/ambassadors',
        'GET /api/programs/{programId}/submissions',
        'GET /api/programs/{programId}/conversions',
        'GET /api/programs/{programId}/commissions',
      ]),
    );
  });

  it('every list route takes limit 1–100 and refuses anything else with 400 (no clamping)', async () => {
    for (const route of listRoutes()) {
      const plan = planRoute(route, fixture, documented[keyOf(route)]?.query ?? []);
      const query = (limit: string) =>
        Object.entries({ ...plan.query, limit })
          .map(([k, v]) => `${k}=${percentEncode(v)}`)
          .join('&');
      for (const limit of ['1', '100'])
        expect((await call(route, { query: query(limit) })).status, `${keyOf(route)} limit=${limit}`).toBe(
          200,
        );
      for (const limit of ['101', '1000000', '0', '-1', '1.5', 'NaN', 'Infinity', '1e309', 'ten', '']) {
        const answer = await call(route, { query: query(limit) });
        expect([answer.status, answer.code], `${keyOf(route)} limit=${limit}`).toEqual([400, 'bad_request']);
      }
    }
  });
});

describe('URL caps', () => {
  it(`every API route answers a query over ${MAX_QUERY_BYTES} bytes with 414, and takes one of exactly ${MAX_QUERY_BYTES}`, async () => {
    for (const route of apiRoutes) {
      const plan = planRoute(route, fixture, documented[keyOf(route)]?.query ?? []);
      const base = Object.entries(plan.query)
        .map(([k, v]) => `${k}=${percentEncode(v)}`)
        .concat('pad=')
        .join('&');
      const padded = (bytes: number) => `${base}${'q'.repeat(bytes - base.length)}`;
      const at = await call(route, { query: padded(MAX_QUERY_BYTES) });
      expect(at.status, `${keyOf(route)}: ${at.text}`).not.toBe(414);
      const over = await call(route, { query: padded(MAX_QUERY_BYTES + 1) });
      expect([over.status, over.code], keyOf(route)).toEqual([414, 'uri_too_long']);
    }
  });

  it('every path parameter over 100 characters gets a 4xx, and a path over 1 KB gets 414', async () => {
    for (const route of apiRoutes) {
      for (const name of paramNames(route.path)) {
        const long = await call(route, { params: { [name]: 'a'.repeat(101) } });
        expect(long.status, `${keyOf(route)} {${name}}: ${long.text}`).toBeGreaterThanOrEqual(400);
        expect(long.status).toBeLessThan(500);
        const huge = await call(route, { params: { [name]: 'a'.repeat(MAX_PATH_BYTES) } });
        expect([huge.status, huge.code], `${keyOf(route)} {${name}}`).toEqual([414, 'uri_too_long']);
      }
    }
  });
});
