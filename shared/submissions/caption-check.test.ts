import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaptionRequirements, checkCaption } from './caption-check.ts';
import { PLATFORMS, type Platform } from './post-url.ts';

const disclosureOnly: CaptionRequirements = { hashtags: [], mentions: [], disclosureRequired: true };
const codes = (caption: string, platform: Platform, requirements: CaptionRequirements) =>
  checkCaption(caption, platform, requirements).map((flag) => flag.value ?? flag.code);

describe('checkCaption', () => {
  it('flags nothing when everything is there', () => {
    const caption = 'Summer looks with @Embassy.Brand 🌞 #SummerDrop #ad';
    const requirements = { hashtags: ['summerdrop'], mentions: ['embassy.brand'], disclosureRequired: true };
    expect(checkCaption(caption, 'instagram', requirements)).toEqual([]);
  });

  it('lists disclosure, then hashtags in requirement order, then mentions', () => {
    const requirements = {
      hashtags: ['#b', 'a', 'present'],
      mentions: ['@brand', 'shop'],
      disclosureRequired: true,
    };
    expect(checkCaption('#present @shop', 'instagram', requirements)).toEqual([
      {
        code: 'disclosure_missing',
        message: 'No paid-partnership disclosure: add #ad or use Instagram’s paid-partnership label',
      },
      { code: 'hashtag_missing', message: 'Missing hashtag #b', value: '#b' },
      { code: 'hashtag_missing', message: 'Missing hashtag #a', value: '#a' },
      { code: 'mention_missing', message: 'Missing mention @brand', value: '@brand' },
    ]);
  });

  it('says how to disclose on each platform', () => {
    const messages = PLATFORMS.map((p) => checkCaption('', p, disclosureOnly)[0]?.message);
    expect(messages).toEqual([
      'No paid-partnership disclosure: add #ad or use Instagram’s paid-partnership label',
      'No paid-partnership disclosure: add #ad or turn on TikTok’s promotional-content disclosure',
      'No paid-partnership disclosure: add #ad or tick YouTube’s “Includes paid promotion” box',
      'No paid-partnership disclosure: add #ad',
      'No paid-partnership disclosure: add #ad or use Facebook’s paid-partnership label',
      'No paid-partnership disclosure: add #ad',
      'No paid-partnership disclosure: add #ad',
    ]);
  });

  it('does not ask for a disclosure the challenge does not require', () => {
    expect(
      checkCaption('no tags at all', 'tiktok', { ...disclosureOnly, disclosureRequired: false }),
    ).toEqual([]);
  });

  it.each([
    '#ad',
    '#AD',
    '#Advert',
    '#advertisement',
    '#sponsored',
    '#paid',
    '#PaidPartnership',
    '#partner',
    '#Anzeige',
    '#werbung',
    '#publicidad',
    '#pub',
    '#sponsorisé',
    '#SPONSORISÉ',
    '#sponsorise\u0301',
    'great day (#ad)',
    'great day #ad.',
    'great day #ad\n',
    '#summer#ad',
  ])('counts %j as a disclosure on every platform', (caption) => {
    for (const platform of PLATFORMS) expect(checkCaption(caption, platform, disclosureOnly)).toEqual([]);
  });

  it.each([
    '#adventure',
    '#ad_campaign',
    '#ad2024',
    '#adé',
    '#pubcrawl',
    'ad',
    'sponsored by nobody',
    '# ad',
    'https://example.com/ad',
  ])('does not count %j as a disclosure', (caption) => {
    for (const platform of PLATFORMS)
      expect(codes(caption, platform, disclosureOnly)).toEqual(['disclosure_missing']);
  });

  /** [caption, platforms whose own label it is]. */
  const labels: [string, Platform[]][] = [
    ['Paid partnership with @brand', ['instagram', 'facebook']],
    ['paid\npartnership', ['instagram', 'facebook']],
    ['Includes paid promotion', ['youtube']],
    ['This video contains paid promotion.', ['youtube']],
    ['Promotional content · new drop', ['tiktok']],
    ['[Ad] new drop', ['tiktok']],
    ['unpaid partnership', []],
    ['paid partnerships', []],
    ['[adventure]', []],
  ];
  it.each(labels)('counts the label text %j only where it is the platform’s label', (caption, platforms) => {
    for (const platform of PLATFORMS) {
      const expected = platforms.includes(platform) ? [] : ['disclosure_missing'];
      expect(codes(caption, platform, disclosureOnly)).toEqual(expected);
    }
  });

  it('matches hashtags as whole tags, case-insensitively, given with or without #', () => {
    const requirements = {
      hashtags: ['Summer', '#drop', 'été', 'c++'],
      mentions: [],
      disclosureRequired: false,
    };
    expect(codes('#SUMMER! #ÉTÉ #c++', 'instagram', requirements)).toEqual(['#drop']);
    expect(codes('#summertime #dropped #étés #c', 'instagram', requirements)).toEqual([
      '#Summer',
      '#drop',
      '#été',
      '#c++',
    ]);
  });

  it('matches mentions as whole handles, given with or without @', () => {
    const requirements = { hashtags: [], mentions: ['@brand', 'Shop.Co'], disclosureRequired: false };
    expect(codes('Thanks @Brand. Also (@shop.co)', 'instagram', requirements)).toEqual([]);
    expect(
      codes('@brandname @brand_x @brand.co @brand-new me@brand @shop.com', 'youtube', requirements),
    ).toEqual(['@brand', '@Shop.Co']);
  });

  it('ignores blank and repeated requirements', () => {
    const requirements = {
      hashtags: ['', ' # ', 'Sale', '#sale'],
      mentions: ['@', 'x', 'X'],
      disclosureRequired: false,
    };
    expect(codes('', 'x', requirements)).toEqual(['#Sale', '@x']);
  });

  it('takes requirements with regular-expression characters literally', () => {
    const requirements = { hashtags: ['a.b', '(x'], mentions: ['[y]'], disclosureRequired: false };
    expect(codes('#axb #(x @[y]', 'blog', requirements)).toEqual(['#a.b']);
  });
});

describe('checkCaption properties', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
  const requirements = fc.record({
    hashtags: fc.array(text, { maxLength: 5 }),
    mentions: fc.array(text, { maxLength: 5 }),
    disclosureRequired: fc.boolean(),
  });

  it('never throws, and flags only what it was asked for', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...PLATFORMS), requirements, (caption, platform, required) => {
        const flags = checkCaption(caption, platform, required);
        expect(flags.length).toBeLessThanOrEqual(1 + required.hashtags.length + required.mentions.length);
        if (!required.disclosureRequired)
          expect(flags.some((f) => f.code === 'disclosure_missing')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never flags the disclosure when the caption contains " #ad "', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(...PLATFORMS),
        requirements,
        (before, after, platform, required) => {
          const flags = checkCaption(`${before} #ad ${after}`, platform, {
            ...required,
            disclosureRequired: true,
          });
          expect(flags.map((f) => f.code)).not.toContain('disclosure_missing');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every required hashtag and mention written out in the caption', () => {
    const tag = fc.stringMatching(/^[a-z0-9_]{1,20}$/);
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 4 }),
        fc.array(tag, { maxLength: 4 }),
        text,
        (tags, handles, noise) => {
          const caption = [
            noise,
            ...tags.map((t) => `#${t.toUpperCase()}`),
            ...handles.map((h) => `@${h}.`),
          ].join(' ');
          expect(
            checkCaption(caption, 'instagram', {
              hashtags: tags,
              mentions: handles,
              disclosureRequired: false,
            }),
          ).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
