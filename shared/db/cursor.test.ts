import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

const expected = { attribute: 'gsi2pk', value: 'PROGRAM#A#AMBASSADORS#pending' };

describe('cursor', () => {
  it('round-trips a key from the expected partition', () => {
    const key = { pk: 'PROGRAM#A', sk: 'MEMBER#u', gsi2pk: expected.value, gsi2sk: '2026#u' };
    expect(decodeCursor(encodeCursor(key), expected)).toEqual(key);
    expect(decodeCursor(undefined, expected)).toBeUndefined();
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['another partition', encodeCursor({ gsi2pk: 'PROGRAM#B#AMBASSADORS#pending' })],
    ['an array', Buffer.from('[1]').toString('base64url')],
    [
      'non-string values',
      encodeCursor({ gsi2pk: expected.value, n: 1 } as unknown as Record<string, string>),
    ],
  ])('refuses %s with 400', (_label, cursor) => {
    expect(() => decodeCursor(cursor, expected)).toThrow(expect.objectContaining({ code: 'bad_request' }));
  });
});
