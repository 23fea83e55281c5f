import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, rateLimitedError, windowAt } from './rate-limits.ts';

describe('rate-limit windows', () => {
  it('names the UTC hour and day a moment falls in, and when each ends', () => {
    const at = new Date('2026-11-22T23:59:59.500Z');
    expect(windowAt('hour', at)).toEqual({
      id: 'H2026-11-22T23',
      endsAt: Date.parse('2026-11-23T00:00:00Z'),
    });
    expect(windowAt('day', at)).toEqual({ id: 'D2026-11-22', endsAt: Date.parse('2026-11-23T00:00:00Z') });
    expect(windowAt('hour', new Date('2026-11-22T10:00:00.000Z')).id).toBe('H2026-11-22T10');
  });

  it('tells the sender to come back when the last exceeded window ends, in whole seconds', () => {
    const at = new Date('2026-11-22T10:15:00.250Z');
    const both = rateLimitedError('submission', [...RATE_LIMITS.submission], at);
    expect(both.status).toBe(429);
    expect(both.details).toMatchObject({ window: 'day', limit: 30, retryAfterSeconds: 13 * 3600 + 45 * 60 });
    const hourOnly = rateLimitedError('submission', [RATE_LIMITS.submission[0]], at);
    expect(hourOnly.retryAfterSeconds).toBe(45 * 60);
    expect(hourOnly.message).toContain('10 submissions an hour');
  });
});
