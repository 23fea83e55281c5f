import { describe, expect, it } from 'vitest';
import { toggled, without } from './selection.ts';

describe('toggled', () => {
  it('adds or takes out one id, leaving the selection it was given alone', () => {
    // Prepare
    const selected = new Set(['a']);

    // Act
    const added = toggled(selected, 'b', true);
    const taken = toggled(added, 'a', false);

    // Assess
    expect([...added]).toEqual(['a', 'b']);
    expect([...taken]).toEqual(['b']);
    expect([...selected]).toEqual(['a']);
  });
});

describe('without', () => {
  it('unselects the ids that left the list', () => {
    expect([...without(new Set(['a', 'b', 'c']), new Set(['b', 'x']))]).toEqual(['a', 'c']);
  });
});
