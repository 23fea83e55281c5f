import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TYPES } from '../../../shared/notifications/notification.schema.ts';
import { unsubscribeTokenWith } from '../../../shared/notifications/unsubscribe-token.ts';
import type { Me } from '../program-context.ts';
import { bellTarget, unreadLabel } from './bell-target.ts';
import { TYPE_ABOUT, TYPE_GROUP, TYPE_GROUPS, tokenType, typeLabel } from './type-labels.ts';

const membership = (programId: string, role: string, status = 'approved') =>
  ({ programId, role, status, programName: programId }) as unknown as Me['memberships'][number];
const me = (...memberships: Me['memberships']) => ({ memberships }) as unknown as Me;

describe('the bell', () => {
  it('counts up to 99 and shows 99+ from there (the API stops counting at 99)', () => {
    expect([0, 1, 42, 98, 99, 120].map(unreadLabel)).toEqual(['0', '1', '42', '98', '99+', '99+']);
  });

  it('leads to the notifications of the program on screen, else of the first one that has a list', () => {
    const person = me(
      membership('p1', 'ambassador', 'pending'),
      membership('p2', 'ambassador'),
      membership('p3', 'manager'),
    );
    expect(bellTarget(person, 'p3')).toBe('/programs/p3/notifications');
    expect(bellTarget(person, undefined)).toBe('/programs/p2/notifications');
    // A pending applicant's program has no tabs yet: the bell goes to one that has.
    expect(bellTarget(person, 'p1')).toBe('/programs/p2/notifications');
    expect(bellTarget(me(membership('p1', 'ambassador', 'pending')), 'p1')).toBeUndefined();
    expect(bellTarget(undefined, undefined)).toBeUndefined();
  });
});

describe('notification types in words', () => {
  it('names every type the API has and places it in one section', () => {
    const groups = new Set(TYPE_GROUPS.map((g) => g.id));
    for (const type of NOTIFICATION_TYPES) {
      expect(TYPE_ABOUT[type], type).toMatch(/^[a-zA-Z’ ]+$/);
      expect(groups.has(TYPE_GROUP[type]), type).toBe(true);
    }
    expect(typeLabel('challenge_opened')).toBe('New challenges');
  });

  it('reads the type from a real unsubscribe token, and nothing from a broken one', () => {
    const token = unsubscribeTokenWith('a-master-key', 'user-1', 'challenge_opened');
    expect(tokenType(token)).toBe('challenge_opened');
    expect(tokenType(`${token}.extra`)).toBeUndefined();
    expect(tokenType(token.replace('challenge_opened', 'not_a_type'))).toBeUndefined();
    expect(tokenType(token.replace('challenge_opened', 'constructor'))).toBeUndefined();
    expect(tokenType('')).toBeUndefined();
    expect(tokenType('nonsense')).toBeUndefined();
  });
});
