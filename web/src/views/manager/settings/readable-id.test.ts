import { describe, expect, it } from 'vitest';
import { BADGE_ID, idFollows, QUESTION_ID, readableId, TIER_ID } from './readable-id.ts';

describe('a readable id', () => {
  it('is the name in lower case, words joined by the separator', () => {
    expect(readableId('Your Instagram handle?', QUESTION_ID, [])).toBe('your_instagram_handle');
    expect(readableId('Gold  Tier', TIER_ID, [])).toBe('gold-tier');
  });

  it('starts with a letter and ends with no separator', () => {
    expect(readableId('3 months in a row!', BADGE_ID, [])).toBe('months-in-a-row');
  });

  it('falls back to the kind of row, and is numbered past the ids taken', () => {
    expect(readableId('', TIER_ID, [])).toBe('tier');
    expect(readableId('!!', TIER_ID, ['tier', 'tier-2'])).toBe('tier-3');
    expect(readableId('Gold', TIER_ID, ['gold'])).toBe('gold-2');
  });

  it('leaves room for a number within the longest id', () => {
    const id = readableId('a'.repeat(100), TIER_ID, []);

    expect(id).toHaveLength(TIER_ID.max - 3);
  });
});

describe("a new row's id", () => {
  const follow = idFollows<{ key: number; id: string; isNew: boolean; name: string }>('name', TIER_ID);

  it('follows its name, unique among the other rows', () => {
    const row = { key: 2, id: 'tier', isNew: true, name: 'Gold' };

    expect(follow(row, { name: 'Gold' }, [{ key: 1, id: 'gold', isNew: false, name: 'Gold' }]).id).toBe(
      'gold-2',
    );
  });

  it('stays when the row was saved, or when another field changed', () => {
    const saved = { key: 1, id: 'member', isNew: false, name: 'Members' };
    const typed = { key: 2, id: 'my-own', isNew: true, name: 'Gold' };

    expect(follow(saved, { name: 'Members' }, []).id).toBe('member');
    expect(follow(typed, { id: 'my-own' }, []).id).toBe('my-own');
  });
});
