import { describe, expect, it } from 'vitest';
import type { StoredRedemption } from './redemption.schema.ts';
import { redemptionView } from './redemption-view.ts';

const gift = (
  followUp: StoredRedemption['followUp'],
  status: StoredRedemption['status'] = 'fulfilled',
): StoredRedemption => ({
  programId: 'p',
  redemptionId: 'r',
  rewardId: 'w',
  rewardTitle: 'Hoodie',
  kind: 'product',
  userId: 'u',
  displayName: 'Jo',
  costPoints: 10,
  status,
  ...(followUp ? { followUp } : {}),
  history: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
});

describe('redemptionView', () => {
  it('flags a fulfilled gift whose post is overdue, and only that', async () => {
    const past = '2026-01-08T00:00:00.000Z';
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      (await redemptionView(gift({ challengeId: 'c', postWithinDays: 7, dueAt: past }), 'team')).flags,
    ).toEqual(['gift_not_posted']);
    expect(
      (await redemptionView(gift({ challengeId: 'c', postWithinDays: 7, dueAt: future }), 'team')).flags,
    ).toBeUndefined();
    expect(
      (
        await redemptionView(
          gift({ challengeId: 'c', postWithinDays: 7, dueAt: past, postedAt: past }),
          'team',
        )
      ).flags,
    ).toBeUndefined();
    expect((await redemptionView(gift(undefined), 'team')).flags).toBeUndefined();
  });

  it('never shows what is stored only for the server', async () => {
    const view = await redemptionView(gift(undefined), 'owner');
    expect(view).not.toHaveProperty('version');
    expect(view).not.toHaveProperty('sealedCode');
    expect(view).not.toHaveProperty('codeHash');
  });
});
