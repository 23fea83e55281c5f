import { describe, expect, it } from 'vitest';
import { pickLabel, togglePick } from './picks.ts';

describe('public page picks', () => {
  it('adds a pick at the end and removes one, keeping the order chosen', () => {
    expect(togglePick(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(togglePick(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    // Ticking one already there does not repeat it.
    expect(togglePick(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(togglePick([], 'x', false)).toEqual([]);
  });

  it('names a pick from its slug', () => {
    expect(pickLabel('summer-sale')).toBe('Summer sale');
    expect(pickLabel('a--b')).toBe('A b');
    expect(pickLabel('x1')).toBe('X1');
  });
});
