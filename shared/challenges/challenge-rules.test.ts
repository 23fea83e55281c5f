import { describe, expect, it } from 'vitest';
import { lockFor } from './challenge-rules.ts';

const tiers = [
  { id: 'member', name: 'Member', minPoints: 0 },
  { id: 'gold', name: 'Gold', minPoints: 500 },
];

describe('lockFor', () => {
  it('names the tier needed by its id, with the English sentence by its name', () => {
    // Prepare
    const challenge = { minTier: 'gold', prerequisites: [] };
    // Act
    const lock = lockFor(challenge, { tier: 'member', completed: new Set() }, { tiers, titles: new Map() });
    // Assess
    expect(lock).toEqual({
      code: 'tier',
      tier: 'gold',
      message: 'Reach the Gold tier to unlock this challenge',
    });
  });

  it('gives the prerequisites still missing with their titles, in the same order', () => {
    // Prepare
    const challenge = { prerequisites: ['a', 'b', 'c'] };
    const titles = new Map([
      ['a', 'First post'],
      ['c', 'Unboxing'],
    ]);
    // Act
    const lock = lockFor(challenge, { tier: undefined, completed: new Set(['b']) }, { tiers, titles });
    // Assess
    expect(lock).toEqual({
      code: 'prerequisite',
      challengeIds: ['a', 'c'],
      titles: ['First post', 'Unboxing'],
      message: 'Get a post approved in "First post" and "Unboxing" first',
    });
  });

  it('is undefined once the tier is reached and the prerequisites are done', () => {
    const challenge = { minTier: 'gold', prerequisites: ['a'] };
    const ambassador = { tier: 'gold', completed: new Set(['a']) };
    expect(lockFor(challenge, ambassador, { tiers, titles: new Map() })).toBeUndefined();
  });
});
