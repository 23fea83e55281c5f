import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../shared/platform/routes.ts';
import { compileRoutes, createGateway, matchRoute } from './gateway.ts';

const compiled = compileRoutes(ROUTES);
const match = (method: string, path: string) => {
  const found = matchRoute(compiled, method, path);
  return found && { key: `${found.route.method} ${found.route.path}`, params: found.pathParameters };
};

describe('local gateway route matching', () => {
  it('prefers the most specific route, as API Gateway does', () => {
    expect(match('GET', '/api/programs/P1')).toEqual({
      key: 'GET /api/programs/{programId}',
      params: { programId: 'P1' },
    });
    expect(match('POST', '/api/programs/P1/invitations/accept')?.key).toBe(
      'POST /api/programs/{programId}/invitations/accept',
    );
    expect(match('GET', '/api/programs/P1/ambassadors/A%2F1')?.params).toEqual({
      programId: 'P1',
      ambassadorId: 'A/1',
    });
  });

  it('sends unknown API paths and methods to the greedy fallback, and nothing else', () => {
    expect(match('GET', '/api/nothing/here')).toEqual({
      key: 'ANY /api/{proxy+}',
      params: { proxy: 'nothing/here' },
    });
    expect(match('DELETE', '/api/programs/P1')?.key).toBe('ANY /api/{proxy+}');
    expect(match('GET', '/r/ANNA-7K2Q')).toEqual({ key: 'GET /r/{code}', params: { code: 'ANNA-7K2Q' } });
    expect(match('GET', '/r/ANNA-7K2Q/summer')).toEqual({
      key: 'GET /r/{code}/{slug}',
      params: { code: 'ANNA-7K2Q', slug: 'summer' },
    });
    expect(match('HEAD', '/r/ANNA-7K2Q')?.key).toBe('HEAD /r/{code}');
    // Under /r/, what is no link goes to the catch-all too (an error-shaped 404, or 405 with Allow).
    expect(match('GET', '/r/a/b/c')).toEqual({ key: 'ANY /r/{proxy+}', params: { proxy: 'a/b/c' } });
    expect(match('POST', '/r/ANNA-7K2Q')?.key).toBe('ANY /r/{proxy+}');
    expect(match('GET', '/index.html')).toBeUndefined();
  });
});

describe('local gateway paths', () => {
  it('refuses an API path whose dot segments would leave /api, in the error shape, instead of serving a file', async () => {
    // Prepare: a gateway with no handlers (the request must not reach one) on an ephemeral port.
    const server = createGateway({ routes: ROUTES, handlers: {} as never, webRoot: '/nonexistent' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // Act: fetch() would resolve the dots itself, so send the raw path.
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, method: 'POST', path: '/api/%2e%2e/%2e%2e' },
          (res) => {
            let body = '';
            res.on('data', (chunk) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });

      // Assess
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: 'bad_request', message: 'The path has dot segments', requestId: expect.any(String) },
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('answers a write to a dashboard path 405 with Allow: GET, HEAD', async () => {
    // Prepare: a gateway with no handlers on an ephemeral port.
    const server = createGateway({ routes: ROUTES, handlers: {} as never, webRoot: '/nonexistent' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // Act
      const answer = await fetch(`http://127.0.0.1:${port}/index.html`, { method: 'DELETE' });

      // Assess
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
