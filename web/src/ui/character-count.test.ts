import { describe, expect, it } from 'vitest';
import { countAnnouncement, countText } from './character-count.tsx';

describe('a character count', () => {
  it('shows the length against the limit', () => {
    expect(countText(120, 5000)).toBe('120 / 5,000');
  });

  it('says nothing to a screen reader far from the limit', () => {
    expect(countAnnouncement(0, 5000)).toBe('');
    expect(countAnnouncement(4499, 5000)).toBe('');
  });

  it('says how many are left near the limit', () => {
    expect(countAnnouncement(4500, 5000)).toBe('500 characters left');
    expect(countAnnouncement(4999, 5000)).toBe('1 character left');
    expect(countAnnouncement(5000, 5000)).toBe('0 characters left');
  });

  it('says how many are too many past it', () => {
    expect(countAnnouncement(5001, 5000)).toBe('1 character too many');
    expect(countAnnouncement(10000, 5000)).toBe('5,000 characters too many');
  });

  it('speaks from 20 characters before a short limit', () => {
    expect(countAnnouncement(79, 100)).toBe('');
    expect(countAnnouncement(80, 100)).toBe('20 characters left');
  });
});
