import { describe, expect, it } from 'vitest';
import type { Reward } from '../../../api/rewards.ts';
import { createBody, rewardDraft, updateBody } from './reward-draft.ts';

const ZONE = 'Europe/Berlin';
const stored: Reward = {
  programId: 'p1',
  rewardId: 'r1',
  title: 'Hoodie',
  description: 'Warm',
  kind: 'product',
  costPoints: 120,
  stock: 3,
  requiresApproval: true,
  active: true,
  // 09:00 in Berlin in winter.
  availableFrom: '2026-12-01T08:00:00.000Z',
  followUpChallengeId: 'c1',
  postWithinDays: 10,
  redeemed: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('a new reward', () => {
  it('sends what was filled in and leaves out what was left empty', () => {
    const draft = { ...rewardDraft(undefined, ZONE), title: ' Sticker ', costPoints: '10' };
    expect(createBody(draft)).toEqual({
      title: 'Sticker',
      description: '',
      kind: 'perk',
      costPoints: 10,
      requiresApproval: true,
      active: true,
    });
  });

  it('sends a window on the program’s clock, and never a stock for codes', () => {
    const draft = {
      ...rewardDraft(undefined, ZONE),
      title: 'Gift card',
      kind: 'code' as const,
      stock: '5',
      requiresApproval: false,
      availableFrom: '2026-12-01T09:00',
    };
    const body = createBody(draft);
    expect(body).toMatchObject({ kind: 'code', availableFrom: '2026-12-01T09:00', requiresApproval: false });
    expect(body).not.toHaveProperty('stock');
  });

  it('drops the deadline of a post when no follow-up challenge is chosen', () => {
    const draft = { ...rewardDraft(undefined, ZONE), title: 'Cap', postWithinDays: '7' };
    expect(createBody(draft)).not.toHaveProperty('postWithinDays');
    expect(createBody({ ...draft, followUpChallengeId: 'c9' })).toMatchObject({
      followUpChallengeId: 'c9',
      postWithinDays: 7,
    });
  });
});

describe('an edit', () => {
  it('shows the window on the program’s clock and sends nothing that did not change', () => {
    const draft = rewardDraft(stored, ZONE);
    expect(draft.availableFrom).toBe('2026-12-01T09:00');
    expect(updateBody(draft, stored, ZONE)).toEqual({});
  });

  it('sends the changes, and null for what was emptied', () => {
    const draft = { ...rewardDraft(stored, ZONE), costPoints: '150', stock: '', followUpChallengeId: '' };
    expect(updateBody(draft, stored, ZONE)).toEqual({
      costPoints: 150,
      stock: null,
      followUpChallengeId: null,
      postWithinDays: null,
    });
  });
});
