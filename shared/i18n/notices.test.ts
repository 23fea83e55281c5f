import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TYPES } from '../notifications/notification.schema.ts';
import { messageShape } from './message-shape.ts';
import { listValues, noticeText } from './notice-text.ts';
import { de } from './notices/de.ts';
import { en } from './notices/en.ts';

/** Messages that are only their values, or a name: the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'email.signature',
  'kudos_received.body',
  'challenges_digest.body',
  'defaults.tier.insider',
]);

/** The notices' catalogues hold: German keeps each English message's values and forms, translated. */
describe('the notices catalogues', () => {
  it('have the same keys in both languages, and a title and a body for every notification type', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const type of NOTIFICATION_TYPES)
      expect(Object.keys(en)).toEqual(expect.arrayContaining([`${type}.title`, `${type}.body`]));
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: German takes the same values', (key) => {
    const english = messageShape(en[key]);
    expect(english.join(' ')).not.toContain('NO OTHER FORM');
    expect(messageShape(de[key])).toEqual(english);
    if (!SAME_IN_EVERY_LANGUAGE.has(key)) expect(de[key]).not.toBe(en[key]);
  });
});

describe('noticeText', () => {
  it('writes money in the reader’s way: English as it always read, German with a comma and the sign after', async () => {
    const values = { amountMinor: 1250, currency: 'EUR' };
    expect((await noticeText('commission_approved', values, 'en')).title).toBe('€12.50 commission approved');
    expect((await noticeText('commission_approved', values, 'de')).title).toBe(
      '12,50\u00a0€ Provision freigegeben',
    );
  });

  it('writes days and UTC times in the reader’s way, the zone named', async () => {
    const values = {
      code: 'NEW1',
      previousCode: 'OLD1',
      ends: 'later',
      retiresUtc: '2026-12-10T09:05:00.000Z',
    };
    expect((await noticeText('referral_code_rotated', values, 'en')).body).toBe(
      'Your referral code OLD1 was replaced by NEW1. Share NEW1 and your links (/r/NEW1) from now on. OLD1 still earns until 2026-12-10 09:05 UTC, then stops. Your earlier sales stay yours.',
    );
    expect((await noticeText('referral_code_rotated', values, 'de')).body).toContain(
      'OLD1 zählt noch bis 10.12.2026, 09:05 UTC, danach nicht mehr.',
    );
    const gift = { reward: 'Hoodie', dueDay: '2026-12-10' };
    expect((await noticeText('gift_post_due', gift, 'en')).body).toBe(
      'Please post about Hoodie by 2026-12-10, in the challenge it asks for.',
    );
    expect((await noticeText('gift_post_due', gift, 'de')).body).toContain('bis zum 10.12.2026');
  });

  it('writes a list entry by entry, in the reader’s numbers and words', async () => {
    const values = {
      points: 150,
      challenge: 'Winter drive',
      ...listValues([
        { atLeast: 10000, metric: 'views' },
        { atLeast: 500, metric: 'likes' },
      ]),
    };
    expect(await noticeText('reach_bonus', values, 'en')).toEqual({
      title: 'Reach bonus: +150 points',
      body: 'Reach bonus for your post in "Winter drive": 10,000 views, 500 likes',
    });
    expect((await noticeText('reach_bonus', values, 'de')).body).toBe(
      'Reichweitenbonus für Ihren Beitrag in „Winter drive“: 10.000 Aufrufe, 500 Likes',
    );
    const digest = {
      program: 'Fiesta Agents',
      count: 2,
      challenge: 'A',
      ...listValues([
        { title: 'A', points: 50, slots: 0, closesAt: '2026-12-31T22:59:59.999Z' },
        { title: 'B', points: 1, slots: 5, closesAt: '2026-12-24T22:59:59.999Z' },
      ]),
    };
    expect(await noticeText('challenges_digest', digest, 'en')).toEqual({
      title: '2 new challenges in Fiesta Agents',
      body: '• A: 50 points, open until 2026-12-31T22:59:59.999Z.\n• B: 1 point, 5 slots, open until 2026-12-24T22:59:59.999Z.',
    });
    expect((await noticeText('challenges_digest', digest, 'de')).body).toBe(
      '• A: 50 Punkte, offen bis 2026-12-31T22:59:59.999Z.\n• B: 1 Punkt, 5 Plätze, offen bis 2026-12-24T22:59:59.999Z.',
    );
  });

  it('writes each variant as a whole sentence', async () => {
    const shipped = {
      kind: 'shipped',
      reward: 'Hoodie',
      hasTracking: 'no',
      trackingUrl: '',
      hasNote: 'yes',
      note: 'Enjoy!',
      hasDue: 'yes',
      dueDay: '2026-12-20',
    };
    expect((await noticeText('redemption_fulfilled', shipped, 'en')).body).toBe(
      'It has been sent. Enjoy! Please post about it by 2026-12-20.',
    );
    expect((await noticeText('redemption_fulfilled', { kind: 'code', reward: 'Code' }, 'de')).title).toBe(
      'Ihr Code für Code ist bereit',
    );
    const deducted = { change: 'deducted', points: 5, reason: 'Duplicate post' };
    expect((await noticeText('points_adjusted', deducted, 'en')).body).toBe(
      '5 points were deducted: Duplicate post',
    );
    expect((await noticeText('points_adjusted', deducted, 'de')).body).toBe(
      '5 Punkte wurden abgezogen: Duplicate post',
    );
  });
});
