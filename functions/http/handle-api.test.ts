import { describe, expect, it } from 'vitest';
import { RETRY_RESERVE_MS, retryOptimistic, TRY_AGAIN } from '#shared/platform/db/optimistic-retry.ts';
import { requestContext, timeLeftMs } from '#shared/platform/request-context.ts';
import { toEvent } from '../../local/gateway.ts';
import { createApp } from './create-app.ts';
import { handleApi } from './handle-api.ts';

const app = createApp();
// GET /api/echo – answers 200; POST /api/echo – echoes the JSON body
app.get('/api/echo', (c) => c.json({ ok: true }));
app.post('/api/echo', async (c) => c.json(await c.req.json()));
// PUT /api/echo – a write that conflicts once and retries; answers the time it had left
app.put('/api/echo', async (c) => {
  const before = timeLeftMs();
  const attempts = await retryOptimistic('This record is changing too fast; try again', async (n) =>
    n === 0 ? TRY_AGAIN : n + 1,
  );
  return c.json({ before, attempts });
});
// GET /api/programs/{programId}/echo – answers the request context its log lines would carry
app.get('/api/programs/:programId/echo', (c) => c.json(requestContext()));
const handler = handleApi(app);

const call = (method: string, body = '', context?: { getRemainingTimeInMillis: () => number }) =>
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
    context as never,
  );

describe('handleApi', () => {
  it('runs the app in the request context: API Gateway’s request id, the function and the path’s program', async () => {
    // Prepare
    const event = toEvent(
      {
        method: 'GET',
        url: new URL('http://localhost/api/programs/prog-7/echo'),
        headers: { host: 'localhost' },
        body: Buffer.alloc(0),
      },
      {
        operationId: 'echo',
        method: 'GET',
        path: '/api/programs/{programId}/echo',
        function: 'docs',
        access: 'public',
      },
      { programId: 'prog-7' },
    );
    const context = {
      functionName: 'embassy-docs',
      awsRequestId: 'lambda-id',
      getRemainingTimeInMillis: () => 9000,
    };

    // Act
    const result = await handler(event as never, context as never);

    // Assess
    expect(JSON.parse(result.body)).toEqual({
      requestId: event.requestContext.requestId,
      functionName: 'embassy-docs',
      programId: 'prog-7',
      deadline: expect.any(Number),
    });
  });

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

  it('runs the app within the Lambda deadline: a retry that would outlast it answers 503, in time', async () => {
    const short = await call('PUT', '', { getRemainingTimeInMillis: () => RETRY_RESERVE_MS - 1 });
    expect([short.statusCode, JSON.parse(short.body).error.code]).toEqual([503, 'unavailable']);

    const ample = await call('PUT', '', { getRemainingTimeInMillis: () => 60_000 });
    expect(ample.statusCode).toBe(200);
    expect(JSON.parse(ample.body).before).toBeGreaterThan(RETRY_RESERVE_MS);
    expect(JSON.parse(ample.body).before).toBeLessThanOrEqual(60_000);
    expect(JSON.parse(ample.body).attempts).toBe(2);

    // Without a context (a script, a test calling the app) there is no deadline to keep.
    expect(JSON.parse((await call('PUT')).body).before).toBeNull();
  });
});
