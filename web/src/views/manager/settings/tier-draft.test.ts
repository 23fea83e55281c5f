import { describe, expect, it } from 'vitest';
import { buildTier, newTier, tierDraft } from './tier-draft.ts';

describe('a tier as typed', () => {
  it('starts a new one 500 points above the last, with an id not taken', () => {
    const member = tierDraft({ id: 'member', name: 'Member', minPoints: 0 });
    const expert = tierDraft({ id: 'tier', name: 'Expert', minPoints: 2000 });

    expect(newTier([member, expert])).toMatchObject({ isNew: true, id: 'tier-2', minPoints: '2500' });
    expect(newTier([])).toMatchObject({ id: 'tier', minPoints: '500' });
  });

  it('reads its points from the text, NaN when empty for the API to name', () => {
    expect(buildTier({ ...tierDraft({ id: 'a', name: 'A', minPoints: 5 }) })).toEqual({
      id: 'a',
      name: 'A',
      minPoints: 5,
    });
    expect(
      buildTier({ ...tierDraft({ id: 'a', name: 'A', minPoints: 5 }), minPoints: '' }).minPoints,
    ).toBeNaN();
  });
});
