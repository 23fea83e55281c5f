import { describe, expect, it } from 'vitest';
import { DEFAULT_BADGES } from '../../../../../shared/programs/program.schema.ts';
import { badgeDraft, buildBadge, newBadge } from './badge-draft.ts';

describe('a badge as typed', () => {
  it("reads back to the badge it came from, the rule's number in its own field", () => {
    const badges = [
      ...DEFAULT_BADGES,
      { id: 'pts', name: 'Big', description: '', rule: { kind: 'lifetime_points', points: 900 } } as const,
    ];

    for (const badge of badges) expect(buildBadge(badgeDraft(badge))).toEqual(badge);
  });

  it('takes the number into the field of the rule it now has', () => {
    const draft = { ...newBadge([]), name: 'Loyal', kind: 'streak_months' as const, value: '4' };

    expect(buildBadge(draft)).toEqual({
      id: 'badge',
      name: 'Loyal',
      description: '',
      rule: { kind: 'streak_months', months: 4 },
    });
  });
});
