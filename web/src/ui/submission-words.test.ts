import { afterEach, describe, expect, it } from 'vitest';
import { checkCaption } from '../../../shared/submissions/caption-check.ts';
import { normalizePostUrl, PLATFORMS } from '../../../shared/submissions/post-url.ts';
import { setLanguage } from '../i18n/i18n.ts';
import { captionFlagText, postUrlProblemText } from './submission-words.ts';

const LINKS = [
  '',
  '   ',
  `https://example.com/${'a'.repeat(2100)}`,
  'not a link',
  'http://example.com/post',
  'ftp://example.com/file.txt',
  'https://user:pass@example.com/post',
  'https://127.0.0.1/post',
  'https://[::1]/post',
  'https://localhost/post',
  'https://shop.localhost/post',
  'https://intranet/post',
  'https://www.instagram.com/p/C3xYz/',
  'https://www.instagram.com/someone/',
  'https://www.tiktok.com/@someone/video/7301234567890123456',
  'https://www.tiktok.com/@someone',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/@channel',
  'https://x.com/someone/status/1790000000000000000',
  'https://x.com/someone',
  'https://www.facebook.com/brandpage/posts/123',
  'https://www.facebook.com/brandpage',
  'https://example.com/blog/post',
];

describe('a refused post link in words', () => {
  afterEach(() => setLanguage('en'));

  it('reads in English exactly as the API’s reason, for every platform', () => {
    let refusals = 0;
    for (const platform of PLATFORMS)
      for (const link of LINKS) {
        const result = normalizePostUrl(link, platform);
        if (result.ok) continue;
        refusals += 1;
        expect(postUrlProblemText(result.problem), `${platform} ${link}`).toBe(result.reason);
      }
    expect(refusals).toBeGreaterThan(80);
  });

  it('reads in German in German', async () => {
    await setLanguage('de');
    const result = normalizePostUrl('https://www.instagram.com/p/C3xYz/', 'tiktok');
    expect(result.ok ? '' : postUrlProblemText(result.problem)).toBe(
      'Das ist ein Instagram-Link, kein Link zu einem TikTok-Beitrag',
    );
  });
});

describe('what a caption lacks in words', () => {
  afterEach(() => setLanguage('en'));
  const requirements = { hashtags: ['#spring', 'Sale'], mentions: ['@shop'], disclosureRequired: true };

  it('reads in English exactly as the flag’s own message, for every platform', () => {
    for (const platform of PLATFORMS) {
      const flags = checkCaption('nothing here', platform, requirements);
      expect(flags).toHaveLength(4);
      for (const flag of flags) expect(captionFlagText(flag, platform)).toBe(flag.message);
    }
  });

  it('reads in German in German', async () => {
    await setLanguage('de');
    const flags = checkCaption('', 'instagram', requirements);
    expect(flags.map((flag) => captionFlagText(flag, 'instagram'))).toEqual([
      'Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu oder nutzen Sie Instagrams Label „Bezahlte Partnerschaft“',
      'Hashtag #spring fehlt',
      'Hashtag #Sale fehlt',
      'Erwähnung @shop fehlt',
    ]);
  });
});
