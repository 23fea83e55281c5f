import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, RateLimitedError } from '#shared/errors.ts';
import { toErrorResponse, ValidationError } from './error-mapper.ts';

const cancelled = (...codes: string[]) =>
  Object.assign(new Error('Transaction cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('toErrorResponse', () => {
  it.each([
    ['a coded error', new AppError('conflict', 'Taken', { field: 'slug' }), 409, 'conflict'],
    ['a body that fails zod', z.object({ a: z.string() }).safeParse({}).error, 422, 'validation_failed'],
    [
      'a bad query',
      new ValidationError('query', z.object({ a: z.string() }).safeParse({}).error!),
      400,
      'bad_request',
    ],
    [
      'a non-JSON body',
      new HTTPException(415, { message: 'Unsupported Media Type' }),
      415,
      'unsupported_media_type',
    ],
    ['a racing transaction', cancelled('None', 'TransactionConflict'), 409, 'conflict'],
    ['a throttled transaction', cancelled('ThrottlingError'), 503, 'unavailable'],
    [
      'a throttled request',
      Object.assign(new Error('slow down'), { name: 'ThrottlingException' }),
      503,
      'unavailable',
    ],
    [
      'a refused connection',
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      503,
      'unavailable',
    ],
  ])('maps %s to %i %s', (_label, error, status, code) => {
    const { status: actual, body } = toErrorResponse(error, 'req-1');
    expect(actual).toBe(status);
    expect(body.error).toMatchObject({ code, message: expect.any(String), requestId: 'req-1' });
  });

  it('sends a rate limit as 429 with Retry-After in whole seconds, in the header and the details', () => {
    const { status, body, headers } = toErrorResponse(
      new RateLimitedError('Too many submissions', 1799.2, { limit: 10, window: 'hour' }),
      'req-3',
    );
    expect(status).toBe(429);
    expect(headers).toEqual({ 'retry-after': '1800' });
    expect(body.error).toEqual({
      code: 'rate_limited',
      message: 'Too many submissions',
      details: { limit: 10, window: 'hour', retryAfterSeconds: 1800 },
      requestId: 'req-3',
    });
    expect(toErrorResponse(new AppError('conflict', 'Taken'), 'req-4').headers).toBeUndefined();
  });

  it('hides everything about an unknown error', () => {
    const secret = new Error('password=hunter2 at /var/task/index.js:1');
    const { status, body } = toErrorResponse(secret, 'req-2');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(body.error).toEqual({
      code: 'internal',
      message: expect.stringContaining('req'),
      requestId: 'req-2',
    });
  });
});
