import { describe, expect, it } from 'vitest';
import { toEvent } from '../../local/gateway.ts';
import { createApp } from './create-app.ts';
import { handleApi } from './handle-api.ts';

const app = createApp();
// GET /api/echo – answers 200; POST /api/echo – echoes the JSON body
app.get('/api/echo', (c) => c.json({ ok: true }));
app.post('/api/echo', async (c) => c.json(await c.req.json()));
const handler = handleApi(app);

const call = (method: string, body = '') =>
  handler(
    toEvent(
      {
        method,
        url: new URL('http://localhost/api/echo'),
        headers: { 'content-type': 'application/json', host: 'localhost' },
        body: Buffer.from(body),
      },
      { operationId: 'echo', method: 'ANY', path: '/api/echo', function: 'docs', access: 'public' },
      {},
    ) as never,
  );

describe('handleApi', () => {
  it('answers a GET or HEAD that carries a body in the error shape (the adapter alone said "Invalid request")', async () => {
    for (const method of ['GET', 'HEAD']) {
      const result = await call(method, '{"a":1}');
      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body)).toEqual({
        error: {
          code: 'bad_request',
          message: `A ${method} request takes no body`,
          requestId: expect.any(String),
        },
      });
      expect(result.headers?.['x-request-id']).toBe(JSON.parse(result.body).error.requestId);
    }
  });

  it('passes every other request to the app', async () => {
    expect((await call('GET')).statusCode).toBe(200);
    const posted = await call('POST', '{"a":1}');
    expect([posted.statusCode, JSON.parse(posted.body)]).toEqual([200, { a: 1 }]);
  });
});
