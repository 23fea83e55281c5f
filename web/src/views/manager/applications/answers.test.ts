import { describe, expect, it } from 'vitest';
import {
  AVATAR_COLOURS,
  answerText,
  avatarColour,
  formatAnswer,
  handleLinks,
  initialsOf,
  isLinkAnswer,
  orderedAnswers,
} from './answers.ts';

const questions = [
  { id: 'why', label: 'Why?', type: 'text' },
  { id: 'site', label: 'Your site', type: 'url' },
  { id: 'followers', label: 'Followers', type: 'number' },
  { id: 'channel', label: 'Channel', type: 'choice' },
];
const [why, site, followers, channel] = questions;

describe('orderedAnswers', () => {
  it('follows the order of the program’s questions, answers to removed ones last', () => {
    // Prepare
    const answers = { gone: 'old', site: 'https://dana.example', why: 'I drive a lot' };

    // Act
    const ordered = orderedAnswers(answers, questions);

    // Assess
    expect(ordered.map(([id]) => id)).toEqual(['why', 'site', 'gone']);
  });
});

describe('answerText and isLinkAnswer', () => {
  it('joins choices with commas, and shows only http(s) answers to URL questions as links', () => {
    expect(answerText(['YouTube', 'TikTok'])).toBe('YouTube, TikTok');
    expect(answerText(12000)).toBe('12000');
    expect(isLinkAnswer(questions[1], 'https://dana.example')).toBe(true);
    expect(isLinkAnswer(questions[1], 'javascript:alert(1)')).toBe(false);
    expect(isLinkAnswer(questions[0], 'https://dana.example')).toBe(false);
    expect(isLinkAnswer(undefined, 'https://dana.example')).toBe(false);
  });
});

describe('formatAnswer', () => {
  it('groups numbers in the reader’s locale', () => {
    expect(formatAnswer(followers, 56000, 'en').text).toBe('56,000');
    expect(formatAnswer(followers, 56000, 'de').text).toBe('56.000');
    expect(formatAnswer(followers, '1234567', 'en').text).toBe('1,234,567');
    expect(formatAnswer(followers, 2.5, 'en').text).toBe('2.5');
  });

  it('reads ticks as yes or no, and choices by their labels', () => {
    expect(formatAnswer(why, true, 'en').text).toBe('Yes');
    expect(formatAnswer(why, false, 'en').text).toBe('No');
    expect(formatAnswer(channel, ['YouTube', 'TikTok'], 'en').text).toBe('YouTube, TikTok');
  });

  it('shows dates as dates, the same day wherever the reader is', () => {
    expect(formatAnswer(why, '2026-12-01', 'en-GB').text).toBe('1 Dec 2026');
    expect(formatAnswer(why, '2026-12-01T10:00:00Z', 'en-GB').text).toMatch(/^1 Dec 2026/);
  });

  it('links only http(s) answers to URL questions; other text reads as typed', () => {
    expect(formatAnswer(site, 'https://dana.example', 'en')).toEqual({
      text: 'https://dana.example',
      href: 'https://dana.example',
    });
    expect(formatAnswer(site, 'javascript:alert(1)', 'en')).toEqual({ text: 'javascript:alert(1)' });
    expect(formatAnswer(why, 'I have 3 cars', 'en')).toEqual({ text: 'I have 3 cars' });
    expect(formatAnswer(why, '56000', 'en')).toEqual({ text: '56000' });
  });
});

describe('handleLinks', () => {
  it('shows each handle with an @ and links it to its profile, in the platforms’ order', () => {
    const links = handleLinks({ tiktok: 'chloe.cars', instagram: '@demo' });
    expect(links).toEqual([
      { platform: 'instagram', label: 'Instagram', handle: '@demo', url: 'https://www.instagram.com/demo/' },
      {
        platform: 'tiktok',
        label: 'TikTok',
        handle: '@chloe.cars',
        url: 'https://www.tiktok.com/@chloe.cars',
      },
    ]);
  });

  it('does not link a handle no platform could have, and skips empty ones', () => {
    expect(handleLinks({ x: 'not a/handle', youtube: ' ' })).toEqual([
      { platform: 'x', label: 'X', handle: '@not a/handle' },
    ]);
  });
});

describe('initialsOf and avatarColour', () => {
  it('takes the first and last names’ first letters', () => {
    expect(initialsOf('Chloe Creator')).toBe('CC');
    expect(initialsOf('  anna  ')).toBe('A');
    expect(initialsOf('Jean Paul Sartre')).toBe('JS');
    expect(initialsOf('')).toBe('?');
  });

  it('gives one name the same colour every time, from the palette', () => {
    expect(avatarColour('Chloe Creator')).toBe(avatarColour('Chloe Creator'));
    expect(AVATAR_COLOURS).toContain(avatarColour('Ben Driver'));
  });

  it('keeps white initials readable on every colour (4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const colour of AVATAR_COLOURS)
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
