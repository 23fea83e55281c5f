import { describe, expect, it } from 'vitest';
import { draftOf, type Profile, profileChange } from './profile-draft.ts';

const saved: Profile = {
  userId: 'u1',
  email: 'anna@example.com',
  displayName: 'Anna',
  handles: { instagram: 'anna', x: 'annax' },
  language: 'en',
  timeZone: 'Europe/Paris',
};

describe('the profile form’s PATCH body', () => {
  it('sends nothing when nothing changed', () => {
    expect(profileChange(draftOf(saved), saved)).toEqual({});
  });

  it('sends only what changed, an emptied field as null, a handle without its @', () => {
    const draft = {
      ...draftOf(saved),
      displayName: ' Anna F. ',
      x: '',
      tiktok: '@anna_f',
      language: '' as const,
    };
    expect(profileChange(draft, saved)).toEqual({
      displayName: 'Anna F.',
      language: null,
      handles: { x: null, tiktok: 'anna_f' },
    });
  });

  it('does not resend a handle typed with the @ it was saved without', () => {
    expect(profileChange({ ...draftOf(saved), instagram: '@anna' }, saved)).toEqual({});
  });

  it('starts a profile never saved from empty fields, and sets a time zone', () => {
    const empty: Profile = { userId: 'u2', email: 'b@example.com', handles: {} };
    const draft = draftOf(empty);
    expect(draft).toEqual({
      displayName: '',
      language: '',
      timeZone: '',
      instagram: '',
      tiktok: '',
      youtube: '',
      x: '',
    });
    expect(profileChange({ ...draft, timeZone: 'Asia/Tokyo' }, empty)).toEqual({ timeZone: 'Asia/Tokyo' });
  });
});
