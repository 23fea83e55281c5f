import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { keyFor, outcomeUnknown, refusalMessage, submissionOf } from './redeem-rules.ts';

const refusal = (reason: string, message = 'Refused', extra: object = {}) =>
  new ApiError(409, 'conflict', message, { reason, ...extra });

describe('the Idempotency-Key of a redemption', () => {
  const address = {
    name: 'Anna',
    line1: 'Hauptstraße 1',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  };
  const same = submissionOf('r1', { shippingAddress: address });
  let n = 0;
  const newKey = () => `key-${++n}`;

  it('is kept for a retry of the same submission whose answer never came', () => {
    expect(keyFor({ key: 'first', submission: same, unknown: true }, same, newKey)).toBe('first');
  });

  it('is new for a first try, a changed submission, or after a definite answer', () => {
    expect(keyFor(undefined, same, newKey)).toMatch(/^key-/);
    const moved = submissionOf('r1', { shippingAddress: { ...address, city: 'Hamburg' } });
    expect(keyFor({ key: 'first', submission: same, unknown: true }, moved, newKey)).not.toBe('first');
    expect(keyFor({ key: 'first', submission: same, unknown: false }, same, newKey)).not.toBe('first');
  });

  it('treats a lost connection and a server fault as unknown, a refusal as known', () => {
    expect(outcomeUnknown(new ApiError(0, 'network', 'offline'))).toBe(true);
    expect(outcomeUnknown(new ApiError(503, 'unavailable', 'busy'))).toBe(true);
    expect(outcomeUnknown(refusal('out_of_stock'))).toBe(false);
    expect(outcomeUnknown(new ApiError(422, 'validation_failed', 'bad'))).toBe(false);
  });
});

describe('a refused redemption in words', () => {
  it('says how many points are missing', () => {
    const text = refusalMessage(refusal('not_enough_points', 'x', { balance: 40, pointsToGo: 60 }), 100);
    expect(text).toContain('you have 40');
    expect(text).toContain('60 to go');
  });

  it('has a message for each reason, and the API’s words for the rest', () => {
    for (const reason of ['out_of_stock', 'limit_reached', 'inactive'])
      expect(refusalMessage(refusal(reason), 10)).not.toBe('Refused');
    expect(refusalMessage(refusal('tier', 'Reach the Gold tier to unlock this reward'), 10)).toMatch(
      /^Reach the Gold tier.*spending never lowers it/,
    );
    expect(refusalMessage(refusal('something_new', 'The API says why'), 10)).toBe('The API says why');
    expect(refusalMessage(new ApiError(422, 'validation_failed', 'Check the address'), 10)).toBe(
      'Check the address',
    );
  });
});
