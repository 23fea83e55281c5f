import { describe, expect, it } from 'vitest';
import { activeFirst, nextToFocus } from './key-list.ts';

const keys = [
  { id: 'a', revokedAt: '2026-01-02T00:00:00Z' },
  { id: 'b' },
  { id: 'c', revokedAt: '2026-01-01T00:00:00Z' },
  { id: 'd' },
];

describe('the API key list', () => {
  it('shows the active keys first, each group in the order it came', () => {
    expect(activeFirst(keys).map((k) => k.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('moves the focus to the next active key after a revoke, else the one before, else nowhere', () => {
    const active = [{ id: 'b' }, { id: 'd' }, { id: 'e' }];

    expect(nextToFocus(active, 'b')).toBe('d');
    expect(nextToFocus(active, 'e')).toBe('d');
    expect(nextToFocus([{ id: 'b' }], 'b')).toBeUndefined();
  });
});
