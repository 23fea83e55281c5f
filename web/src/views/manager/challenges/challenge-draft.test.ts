import { describe, expect, it } from 'vitest';
import { challengeDraft, createBody, isOpen, updateBody } from './challenge-draft.ts';
import { type Challenge, PLATFORMS } from './challenges-api.ts';

const place = { month: '2026-05', timeZone: 'Europe/Berlin' };

/** A scheduled challenge in April with every optional setting, as the manager's list sends it. */
const april: Challenge = {
  challengeId: 'c1',
  programId: 'p1',
  title: 'Road trip',
  brief: 'Film it.',
  month: '2026-04',
  opensAt: '2026-03-31T22:00:00.000Z',
  closesAt: '2026-04-30T22:00:00.000Z',
  points: 150,
  requirements: {
    platforms: ['youtube', 'tiktok'],
    hashtags: ['#a', '#b'],
    mentions: ['@fiesta'],
    disclosureRequired: false,
  },
  maxSubmissionsPerAmbassador: 2,
  slots: 10,
  slotsUsed: 0,
  minTier: 'expert',
  prerequisites: ['c0'],
  salesGoal: 5,
  published: false,
  status: 'scheduled',
  createdBy: 'u1',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  locked: false,
  unlocks: [],
};

describe('the challenge draft', () => {
  it('starts a new challenge at 100 points, one post, every platform, with disclosure, in the month shown', () => {
    // Prepare
    const draft = { ...challengeDraft(undefined, place.timeZone), title: 'Spring' };

    // Act
    const body = createBody(draft, place);

    // Assess: the optional settings left empty are not sent.
    expect(body).toEqual({
      title: 'Spring',
      brief: '',
      month: '2026-05',
      points: 100,
      requirements: { platforms: [...PLATFORMS], hashtags: [], mentions: [], disclosureRequired: true },
      maxSubmissionsPerAmbassador: 1,
      prerequisites: [],
      rightsRequired: false,
    });
  });

  it('sends an edit of a scheduled challenge whole, in its own month, with emptied settings cleared', () => {
    // Prepare
    const draft = { ...challengeDraft(april, place.timeZone), slots: '', minTier: '', hashtags: '#a, #c' };

    // Act
    const body = updateBody(draft, april, place);

    // Assess
    expect(body).toMatchObject({
      month: '2026-04',
      points: 150,
      requirements: { platforms: ['youtube', 'tiktok'], hashtags: ['#a', '#c'], mentions: ['@fiesta'] },
      prerequisites: ['c0'],
      slots: null,
      minTier: null,
      salesGoal: 5,
    });
  });

  it('sends reach bonuses as numbers, and an emptied list clears them', () => {
    const draft = {
      ...challengeDraft(undefined, place.timeZone),
      title: 'Reach',
      reachBonuses: [{ metric: 'views' as const, atLeast: '10000', points: '50' }],
    };
    expect(createBody(draft, place).reachBonuses).toEqual([{ metric: 'views', atLeast: 10000, points: 50 }]);
    expect(updateBody({ ...draft, reachBonuses: [] }, april, place).reachBonuses).toEqual([]);
  });

  it("sends only an open challenge's words", () => {
    const open = { ...april, published: true, status: 'open' as const };
    const draft = { ...challengeDraft(open, place.timeZone), title: 'Road trip 2', points: '1' };

    expect(isOpen(open)).toBe(true);
    expect(isOpen(april)).toBe(false);
    expect(updateBody(draft, open, place)).toEqual({ title: 'Road trip 2', brief: 'Film it.' });
  });

  it("reads its own dates on the program's clock", () => {
    // Prepare: a challenge with dates of its own, 09:00 to 18:00 in Berlin (summer time, UTC+2).
    const custom = {
      ...april,
      month: undefined,
      opensAt: '2026-04-10T07:00:00.000Z',
      closesAt: '2026-04-12T16:00:00.000Z',
    };

    // Act
    const draft = challengeDraft(custom, place.timeZone);

    // Assess
    expect(draft).toMatchObject({
      customDates: true,
      opensAt: '2026-04-10T09:00',
      closesAt: '2026-04-12T18:00',
    });
    expect(updateBody({ ...draft, closesAt: '2026-04-13T18:00' }, custom, place)).toMatchObject({
      opensAt: '2026-04-10T07:00:00.000Z',
      closesAt: '2026-04-13T16:00:00.000Z',
    });
  });
});
