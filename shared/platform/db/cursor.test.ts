import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

const partition = 'PROGRAM#A#AMBASSADORS#pending';
const shape = { equal: { gsi2pk: partition, pk: 'PROGRAM#A' }, prefix: { sk: 'MEMBER#', gsi2sk: '' } };
const key = { pk: 'PROGRAM#A', sk: 'MEMBER#u', gsi2pk: partition, gsi2sk: '2026#u' };

describe('cursor', () => {
  it('round-trips a key of the expected shape', () => {
    expect(decodeCursor(encodeCursor(key), shape)).toEqual(key);
    expect(decodeCursor(undefined, shape)).toBeUndefined();
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['another partition', encodeCursor({ ...key, gsi2pk: 'PROGRAM#B#AMBASSADORS#pending' })],
    ['another program', encodeCursor({ ...key, pk: 'PROGRAM#B' })],
    ['a missing attribute', encodeCursor({ gsi2pk: partition })],
    ['an extra attribute', encodeCursor({ ...key, zz: 'x' })],
    ['a foreign sort key', encodeCursor({ ...key, sk: 'PROGRAM' })],
    ['an array', Buffer.from('[1]').toString('base64url')],
    ['non-string values', encodeCursor({ ...key, gsi2sk: 1 })],
  ])('refuses %s with 400', (_label, cursor) => {
    expect(() => decodeCursor(cursor, shape)).toThrow(expect.objectContaining({ code: 'bad_request' }));
  });
});
