import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moved, newKey, removed, toggled, updated } from './list-edits.ts';

const rows = () => [
  { key: 1, name: 'Member', id: 'member' },
  { key: 2, name: 'Expert', id: 'expert' },
  { key: 3, name: 'Legend', id: 'legend' },
];

describe('the edits of a list in a form', () => {
  it('gives every new row a key it has not given before', () => {
    const keys = Array.from({ length: 50 }, newKey);

    expect(new Set(keys).size).toBe(50);
  });

  it('changes the row with the key and no other, in a new list', () => {
    const before = rows();

    const after = updated(before, 2, { name: 'Pro' });

    expect(after.map((r) => r.name)).toEqual(['Member', 'Pro', 'Legend']);
    expect(before[1]?.name).toBe('Expert');
    expect(after[0]).toBe(before[0]);
  });

  it('lets the caller adjust the changed row, seeing the change and the other rows', () => {
    const after = updated(rows(), 3, { name: 'Expert' }, (row, change, others) => ({
      ...row,
      id: others.some((o) => o.id === change.name?.toLowerCase()) ? 'expert-2' : row.id,
    }));

    expect(after[2]).toEqual({ key: 3, name: 'Expert', id: 'expert-2' });
  });

  it('removes the row with the key', () => {
    expect(removed(rows(), 1).map((r) => r.key)).toEqual([2, 3]);
    expect(removed(rows(), 9).map((r) => r.key)).toEqual([1, 2, 3]);
  });

  it('moves an item up or down one place', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('changes nothing for a move past either end', () => {
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every item once, whatever the move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 12 }),
        fc.nat(12),
        fc.integer({ min: -3, max: 3 }),
        (items, index, delta) => {
          const after = moved(items, index, delta);
          expect([...after].sort()).toEqual([...items].sort());
        },
      ),
    );
  });

  it('ticks a value last, or in the given order, and unticks it', () => {
    const order = ['instagram', 'tiktok', 'youtube'];

    expect(toggled(['b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggled(['youtube'], 'instagram', true, order)).toEqual(['instagram', 'youtube']);
    expect(toggled(['instagram', 'youtube'], 'instagram', false, order)).toEqual(['youtube']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
  });
});
