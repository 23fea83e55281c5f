import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { entryWords } from './points-history.tsx';

type Entry = Parameters<typeof entryWords>[0];
const entry = (fields: Pick<Entry, 'reason'> & Partial<Entry>): Entry => ({
  programId: 'p1',
  userId: 'u1',
  source: 's1',
  points: 25,
  kind: 'earned',
  at: '2026-12-07T10:00:00.000Z',
  ...fields,
});

describe("a points entry's words", () => {
  afterEach(() => setLanguage('en'));

  it('are, in English, the reason the server stored', () => {
    const entries = [
      entry({ reason: 'Sale DEMO-1001', code: 'sale', values: { order: 'DEMO-1001' } }),
      entry({
        reason: 'Approved post for "Road trip"',
        code: 'post_approved',
        values: { challenge: 'Road trip' },
      }),
      entry({ reason: 'Redeemed: Mug', code: 'redeemed', values: { reward: 'Mug' } }),
      entry({
        reason: 'Returned: Mug (rejected)',
        code: 'returned',
        values: { reward: 'Mug', status: 'rejected' },
      }),
      entry({
        reason: 'Order A-1 refunded in full',
        code: 'sale_refunded',
        values: { order: 'A-1', kept: 0, points: 25 },
      }),
    ];
    for (const e of entries) expect(entryWords(e)).toBe(e.reason);
  });

  it('list each reach bonus reached, in German once chosen', async () => {
    await setLanguage('de');
    const bonus = entry({
      reason: 'Reach bonus for your post in "Road trip": 10,000 views, 500 likes',
      code: 'reach_bonus',
      values: {
        challenge: 'Road trip',
        atLeast_0: 10_000,
        metric_0: 'views',
        atLeast_1: 500,
        metric_1: 'likes',
      },
    });
    expect(entryWords(bonus)).toBe(
      'Reichweitenbonus für Ihren Beitrag in „Road trip“: 10.000 Aufrufe und 500 Likes',
    );
  });

  it('are the manager’s own words for an adjustment, in any language', async () => {
    await setLanguage('de');
    expect(entryWords(entry({ reason: 'Welcome gift', kind: 'adjusted' }))).toBe('Welcome gift');
  });
});
