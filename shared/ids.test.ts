import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('gives distinct, time-sorted ULIDs, with every character of the random part in use', () => {
    const at = Date.UTC(2026, 11, 7);
    const ids = Array.from({ length: 20_000 }, (_, i) => newId(at + Math.floor(i / 4)));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    // Each millisecond's first id draws a fresh random part: over 5,000 of them, all 32 symbols appear.
    const firsts = ids.filter((_, i) => i % 4 === 0).map((id) => id.slice(10));
    expect(new Set(firsts.join('')).size).toBe(32);
  });
});
