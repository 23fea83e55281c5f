import { describe, expect, it } from 'vitest';
import { toEvent } from '../local/gateway.ts';
import { ROUTES } from '../shared/platform/routes.ts';
import { handler } from './docs.handler.ts';

const catchAll = ROUTES.find((r) => r.method === 'ANY' && r.path === '/api/{proxy+}');
const documentRoute = ROUTES.find((r) => r.method === 'GET' && r.path === '/api/openapi.json');

const call = (method: string, route = catchAll) =>
  handler(
    toEvent(
      {
        method,
        url: new URL('http://localhost/api/openapi.json'),
        headers: { host: 'localhost' },
        body: Buffer.alloc(0),
      },
      route ?? (catchAll as never),
      route === catchAll ? { proxy: 'openapi.json' } : {},
    ) as never,
    {} as never,
  ) as Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>;

describe('the docs function', () => {
  it('serves the document on GET', async () => {
    const result = await call('GET', documentRoute);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body).openapi).toBe('3.1.0');
  });

  // Found by the document fuzz (test/document-fuzz.test.ts, seed 669122831, request #6658):
  // HEAD got the document's 200, though the document and the route table serve only GET there.
  it('answers a HEAD of the document, which reaches it through the catch-all, 405 with Allow: GET', async () => {
    const result = await call('HEAD');
    expect(result.statusCode).toBe(405);
    expect(result.headers?.allow).toBe('GET');
    // A HEAD answer has no body: the GET of a path no route serves shows the same refusal's shape.
    expect(result.body).toBe('');
  });
});
