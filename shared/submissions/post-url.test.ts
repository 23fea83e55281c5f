import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTROL_OR_INVISIBLE, trickyUrl } from '../../test/fuzz/hostile-values.ts';
import { normalizePostUrl, PLATFORMS, type Platform, platformLabel } from './post-url.ts';

const IG_POST = 'https://www.instagram.com/p/C3xYz_-9AbC/';
const IG_REEL = 'https://www.instagram.com/p/C9abc/';
const TT_VIDEO = 'https://www.tiktok.com/@/video/7301234567890123456';
const YT_VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const X_POST = 'https://x.com/i/status/1790000000000000000';
const FB_POST = 'https://www.facebook.com/brandpage/posts/pfbid02abcDEF123';

/** [platform, submitted link, canonical link]; rows sharing a canonical link are forms of one post. */
const accepted: [Platform, string, string][] = [
  ['instagram', IG_POST, IG_POST],
  ['instagram', 'https://instagram.com/p/C3xYz_-9AbC', IG_POST],
  ['instagram', 'https://m.instagram.com/p/C3xYz_-9AbC/?igsh=abc123&utm_source=ig_web_copy_link', IG_POST],
  ['instagram', 'https://www.instagram.com/some.one/p/C3xYz_-9AbC/#comments', IG_POST],
  ['instagram', '  https://WWW.Instagram.COM/p/C3xYz_-9AbC/?img_index=1  ', IG_POST],
  ['instagram', 'https://www.instagram.com/reel/C9abc/?igshid=x', IG_REEL],
  ['instagram', 'https://www.instagram.com/reels/C9abc/', IG_REEL],
  ['instagram', 'https://www.instagram.com/some_one/reel/C9abc', IG_REEL],
  ['instagram', 'https://www.instagram.com/p/B1tvXy/', 'https://www.instagram.com/p/B1tvXy/'],
  ['tiktok', TT_VIDEO, TT_VIDEO],
  [
    'tiktok',
    'https://m.tiktok.com/@Some.One/video/7301234567890123456?is_from_webapp=1&sender_device=pc',
    TT_VIDEO,
  ],
  ['tiktok', 'https://tiktok.com/@some.one/video/7301234567890123456/?_r=1#x', TT_VIDEO],
  [
    'tiktok',
    'https://www.tiktok.com/@some.one/photo/7301234567890123457?lang=en',
    'https://www.tiktok.com/@/photo/7301234567890123457',
  ],
  ['tiktok', 'https://vm.tiktok.com/ZMabc123/', 'https://vm.tiktok.com/ZMabc123/'],
  ['tiktok', 'https://VM.tiktok.com/ZMabc123?_r=1', 'https://vm.tiktok.com/ZMabc123/'],
  ['tiktok', 'https://vt.tiktok.com/ZSabc123', 'https://vt.tiktok.com/ZSabc123/'],
  ['tiktok', 'https://www.tiktok.com/t/ZTabc123/', 'https://www.tiktok.com/t/ZTabc123/'],
  ['tiktok', 'https://tiktok.com/t/ZTabc123?_t=8k', 'https://www.tiktok.com/t/ZTabc123/'],
  ['youtube', YT_VIDEO, YT_VIDEO],
  ['youtube', 'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&feature=share', YT_VIDEO],
  ['youtube', 'https://m.youtube.com/watch?feature=youtu.be&v=dQw4w9WgXcQ&list=PL123', YT_VIDEO],
  ['youtube', 'https://youtu.be/dQw4w9WgXcQ?si=abcdef', YT_VIDEO],
  ['youtube', 'https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share', YT_VIDEO],
  ['youtube', 'https://youtube.com/live/dQw4w9WgXcQ/', YT_VIDEO],
  ['x', X_POST, X_POST],
  ['x', 'https://twitter.com/SomeOne/status/1790000000000000000?s=20&t=abc', X_POST],
  ['x', 'https://mobile.twitter.com/someone/status/1790000000000000000', X_POST],
  ['x', 'https://www.x.com/someone/status/1790000000000000000/photo/1', X_POST],
  ['x', 'https://www.twitter.com/someone/statuses/1790000000000000000/', X_POST],
  ['facebook', FB_POST, FB_POST],
  ['facebook', 'https://m.facebook.com/BrandPage/posts/pfbid02abcDEF123/?fbclid=x', FB_POST],
  [
    'facebook',
    'https://facebook.com/permalink.php?id=100064&story_fbid=pfbid0xyz&ref=share&mibextid=a',
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0xyz&id=100064',
  ],
  [
    'facebook',
    'https://www.facebook.com/watch/?v=123456789&ref=sharing',
    'https://www.facebook.com/watch/?v=123456789',
  ],
  ['facebook', 'https://www.facebook.com/watch?v=123456789', 'https://www.facebook.com/watch/?v=123456789'],
  ['facebook', 'https://www.facebook.com/reel/987654321/?s=1', 'https://www.facebook.com/reel/987654321'],
  ['facebook', 'https://www.facebook.com/share/p/1AbCdEf/', 'https://www.facebook.com/share/p/1AbCdEf/'],
  ['facebook', 'https://m.facebook.com/share/r/1AbCdEf', 'https://www.facebook.com/share/r/1AbCdEf/'],
  [
    'facebook',
    'https://www.facebook.com/brandpage/videos/123456789/',
    'https://www.facebook.com/brandpage/videos/123456789',
  ],
  ['facebook', 'https://fb.watch/abC-12_x/', 'https://fb.watch/abC-12_x/'],
  ['facebook', 'https://fb.watch/abC-12_x', 'https://fb.watch/abC-12_x/'],
  [
    'blog',
    'https://Example.COM/2024/my-Post/?utm_source=x&b=2&a=1#top',
    'https://example.com/2024/my-Post?a=1&b=2',
  ],
  ['blog', 'https://www.example.co.uk/', 'https://www.example.co.uk'],
  ['blog', 'https://blog.example.com/post?ref=tw&s=search&t=1', 'https://blog.example.com/post?s=search&t=1'],
  ['blog', 'https://example.com:8443/a//', 'https://example.com:8443/a'],
  ['blog', 'https://bücher.de/artikel', 'https://xn--bcher-kva.de/artikel'],
  ['other', 'https://example.com/path?Z=1&fbclid=abc&UTM_Campaign=x&gclid=1', 'https://example.com/path?Z=1'],
];

/** [platform, submitted link, reason]. */
const refused: [Platform, string, string][] = [
  [
    'other',
    'https://www.instagram.com/someone/',
    'This is an Instagram link: choose Instagram as the platform',
  ],
  [
    'instagram',
    'https://www.instagram.com/someone/',
    'This is not an Instagram post link (expected https://www.instagram.com/p/…)',
  ],
  [
    'instagram',
    'https://www.instagram.com/',
    'This is not an Instagram post link (expected https://www.instagram.com/p/…)',
  ],
  [
    'instagram',
    'https://instagram.com.evil.example/p/C3xYz/',
    'This is not an Instagram post link (expected https://www.instagram.com/p/…)',
  ],
  [
    'instagram',
    'https://www.instagram.com:8443/p/C3xYz/',
    'This is not an Instagram post link (expected https://www.instagram.com/p/…)',
  ],
  ['instagram', TT_VIDEO, 'This is a TikTok link, not an Instagram post link'],
  [
    'tiktok',
    'https://www.tiktok.com/@someone',
    'This is not a TikTok post link (expected https://www.tiktok.com/@user/video/…)',
  ],
  ['tiktok', IG_POST, 'This is an Instagram link, not a TikTok post link'],
  [
    'youtube',
    'https://www.youtube.com/@channel',
    'This is not a YouTube video link (expected https://www.youtube.com/watch?v=…)',
  ],
  [
    'youtube',
    'https://www.youtube.com/watch?v=tooShort',
    'This is not a YouTube video link (expected https://www.youtube.com/watch?v=…)',
  ],
  [
    'youtube',
    'https://www.youtube.com/watch',
    'This is not a YouTube video link (expected https://www.youtube.com/watch?v=…)',
  ],
  ['youtube', X_POST, 'This is an X link, not a YouTube video link'],
  ['x', 'https://x.com/someone', 'This is not an X post link (expected https://x.com/user/status/…)'],
  [
    'x',
    'https://x.com/someone/status/abc',
    'This is not an X post link (expected https://x.com/user/status/…)',
  ],
  [
    'facebook',
    'https://www.facebook.com/brandpage',
    'This is not a Facebook post link (expected https://www.facebook.com/page/posts/…)',
  ],
  [
    'facebook',
    'https://www.facebook.com/permalink.php?story_fbid=1',
    'This is not a Facebook post link (expected https://www.facebook.com/page/posts/…)',
  ],
  ['facebook', YT_VIDEO, 'This is a YouTube link, not a Facebook post link'],
  ['blog', 'javascript:alert(1)', 'Use a link that starts with https://'],
  [
    'instagram',
    'javascript:alert(1)//https://www.instagram.com/p/C3xYz/',
    'Use a link that starts with https://',
  ],
  ['blog', 'ftp://example.com/file.txt', 'Use a link that starts with https://'],
  ['instagram', 'http://www.instagram.com/p/C3xYz_-9AbC/', 'Use a link that starts with https://'],
  ['blog', 'HTTP://example.com/post', 'Use a link that starts with https://'],
  ['other', 'data:text/html,<b>hi</b>', 'Use a link that starts with https://'],
  ['other', 'file:///etc/passwd', 'Use a link that starts with https://'],
  ['blog', 'https://user:secret@example.com/post', 'The link must not contain a username or password'],
  [
    'instagram',
    'https://someone@www.instagram.com/p/C3xYz/',
    'The link must not contain a username or password',
  ],
  ['blog', 'https://127.0.0.1/post', 'Links to an IP address are not accepted; use the site’s domain name'],
  ['blog', 'https://0x7f.1/post', 'Links to an IP address are not accepted; use the site’s domain name'],
  ['other', 'https://[::1]:8080/post', 'Links to an IP address are not accepted; use the site’s domain name'],
  ['blog', 'https://localhost/post', 'Links to localhost are not accepted'],
  ['other', 'https://LOCALHOST:3000/', 'Links to localhost are not accepted'],
  ['other', 'https://app.localhost/', 'Links to localhost are not accepted'],
  ['blog', 'https://intranet/post', 'The link needs a real domain name, such as example.com'],
  ['blog', 'https://example.com./post', 'The link needs a real domain name, such as example.com'],
  [
    'blog',
    'https://example.123/post',
    'This is not a valid link; copy the whole address, starting with https://',
  ],
  ['blog', 'https://exa$mple.com/post', 'The link needs a real domain name, such as example.com'],
  ['blog', 'example.com/post', 'This is not a valid link; copy the whole address, starting with https://'],
  [
    'instagram',
    'instagram.com/p/C3xYz/',
    'This is not a valid link; copy the whole address, starting with https://',
  ],
  ['blog', '   ', 'Paste the link to the post'],
  ['blog', `https://example.com/${'a'.repeat(2030)}`, 'The link is too long (at most 2048 characters)'],
];

describe('normalizePostUrl', () => {
  it.each(accepted)('%s: accepts %s', (platform, raw, canonical) => {
    expect(normalizePostUrl(raw, platform)).toEqual({ ok: true, url: canonical });
  });

  it('maps every form of one post to a single canonical link', () => {
    const byPost = new Map<string, [Platform, string, string][]>();
    for (const row of accepted) {
      const key = `${row[0]} ${row[2]}`;
      byPost.set(key, [...(byPost.get(key) ?? []), row]);
    }
    const forms = [...byPost.values()].filter((rows) => rows.length > 1);
    expect(forms.length).toBeGreaterThanOrEqual(9);
    for (const rows of forms) {
      const urls = rows.map(([platform, raw]) => normalizePostUrl(raw, platform));
      expect(new Set(urls.map((u) => (u.ok ? u.url : u.reason))).size).toBe(1);
    }
  });

  it('keeps canonical links as they are', () => {
    for (const [platform, , canonical] of accepted) {
      expect(normalizePostUrl(canonical, platform)).toEqual({ ok: true, url: canonical });
    }
  });

  it.each(refused)('%s: refuses %s', (platform, raw, reason) => {
    const result = normalizePostUrl(raw, platform);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? undefined : result.problem.code).toMatch(/^[a-z_]+$/);
  });

  it('gives the reason as a code with the values it names, for the dashboard to word', () => {
    const problemOf = (raw: string, platform: Platform) => {
      const result = normalizePostUrl(raw, platform);
      return result.ok ? undefined : result.problem;
    };
    expect(problemOf('', 'instagram')).toEqual({ code: 'empty' });
    expect(problemOf('http://example.com/a', 'blog')).toEqual({ code: 'http' });
    expect(problemOf('https://127.0.0.1/a', 'blog')).toEqual({ code: 'ip_address' });
    expect(problemOf('https://www.instagram.com/p/C3xYz/', 'blog')).toEqual({
      code: 'choose_platform',
      owner: 'instagram',
    });
    expect(problemOf('https://x.com/i/status/1790000000000000000', 'youtube')).toEqual({
      code: 'other_platform',
      owner: 'x',
      platform: 'youtube',
    });
    expect(problemOf('https://x.com/someone', 'x')).toEqual({
      code: 'not_a_post',
      platform: 'x',
      example: 'https://x.com/user/status/…',
    });
  });

  it('refuses a canonical link that grows past the limit', () => {
    // Each space becomes %20: 1,900 characters in, over 2,048 out.
    const result = normalizePostUrl(`https://example.com/${' x'.repeat(940)}`, 'blog');
    expect(result).toEqual({
      ok: false,
      reason: 'The link is too long (at most 2048 characters)',
      problem: { code: 'too_long', max: 2048 },
    });
  });
});

/** For each platform, generated posts: the canonical link and another form of the same post. */
const word = (pattern: RegExp) => fc.stringMatching(pattern);
const generatedPosts: [Platform, fc.Arbitrary<{ canonical: string; variant: string }>][] = [
  [
    'instagram',
    fc
      .record({
        id: word(/^[\w-]{1,40}$/),
        kind: fc.constantFrom('p', 'reel', 'tv'),
        user: word(/^[\w.]{1,30}$/),
      })
      .map(({ id, kind, user }) => ({
        canonical: `https://www.instagram.com/p/${id}/`,
        variant: `https://instagram.com/${user}/${kind === 'reel' ? 'reels' : kind}/${id}?igsh=x#c`,
      })),
  ],
  [
    'tiktok',
    fc
      .record({
        user: word(/^[a-z0-9._]{1,24}$/),
        id: word(/^\d{1,20}$/),
        kind: fc.constantFrom('video', 'photo'),
      })
      .map(({ user, id, kind }) => ({
        canonical: `https://www.tiktok.com/@/${kind}/${id}`,
        variant: `https://m.tiktok.com/@${user.toUpperCase()}/${kind}/${id}/?_r=1&is_from_webapp=1`,
      })),
  ],
  [
    'youtube',
    fc
      .record({
        id: word(/^[\w-]{11}$/),
        form: fc.constantFrom('youtu.be/', 'youtube.com/shorts/', 'm.youtube.com/live/'),
      })
      .map(({ id, form }) => ({
        canonical: `https://www.youtube.com/watch?v=${id}`,
        variant: `https://${form}${id}?si=abc&feature=share`,
      })),
  ],
  [
    'x',
    fc.record({ user: word(/^[a-z0-9_]{1,15}$/), id: word(/^\d{1,20}$/) }).map(({ user, id }) => ({
      canonical: `https://x.com/i/status/${id}`,
      variant: `https://mobile.twitter.com/${user}/status/${id}?s=20&t=x`,
    })),
  ],
  [
    'facebook',
    fc.record({ page: word(/^[a-z0-9][a-z0-9.-]{0,29}$/), id: word(/^\w{1,30}$/) }).map(({ page, id }) => ({
      canonical: `https://www.facebook.com/${page}/posts/${id}`,
      variant: `https://m.facebook.com/${page}/posts/${id}/?fbclid=abc`,
    })),
  ],
  [
    'blog',
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }).map((raw) => {
      const result = normalizePostUrl(raw, 'blog');
      return { canonical: result.ok ? result.url : `refused: ${result.reason}`, variant: raw };
    }),
  ],
];

describe('normalizePostUrl properties', () => {
  it.each(generatedPosts)('%s: is idempotent, and other forms give the canonical link', (platform, posts) => {
    fc.assert(
      fc.property(posts, ({ canonical, variant }) => {
        expect(normalizePostUrl(canonical, platform)).toEqual({ ok: true, url: canonical });
        expect(normalizePostUrl(variant, platform)).toEqual({ ok: true, url: canonical });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws: any string gives a result, and an accepted link is https and within the limit', () => {
    const anyUrl = fc.webUrl({
      authoritySettings: { withIPv4: true, withIPv6: true, withUserInfo: true, withPort: true },
      withQueryParameters: true,
      withFragments: true,
    });
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      anyUrl,
      anyUrl.map((u) => u.toUpperCase()),
    );
    fc.assert(
      fc.property(input, fc.constantFrom(...PLATFORMS), (raw, platform) => {
        const result = normalizePostUrl(raw, platform);
        if (result.ok) {
          expect(result.url.startsWith('https://')).toBe(true);
          expect(result.url.length).toBeLessThanOrEqual(2048);
          expect(normalizePostUrl(result.url, platform)).toEqual(result);
        } else {
          expect(result.reason).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('platformLabel', () => {
  it('names every platform', () => {
    expect(PLATFORMS.map(platformLabel)).toEqual([
      'Instagram',
      'TikTok',
      'YouTube',
      'X',
      'Facebook',
      'Blog',
      'Other',
    ]);
  });
});

describe('social links filed as web pages', () => {
  it.each([
    ['blog', 'https://www.instagram.com/p/ABC123/', 'Instagram'],
    ['other', 'https://youtu.be/dQw4w9WgXcQ', 'YouTube'],
    ['other', 'https://x.com/i/status/123', 'X'],
  ] as const)('refuses a %s link to %s, naming the platform to choose', (platform, url, label) => {
    const result = normalizePostUrl(url, platform);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`choose ${label} as the platform`);
  });
});

describe('one post, many addresses', () => {
  it.each([
    [
      'x',
      [
        'https://x.com/anna/status/1790000000000000001',
        'https://twitter.com/bob/status/1790000000000000001',
        'https://x.com/i/status/1790000000000000001',
      ],
    ],
    [
      'tiktok',
      [
        'https://www.tiktok.com/@anna/video/7301234567890123999',
        'https://www.tiktok.com/@someone/video/7301234567890123999',
      ],
    ],
    [
      'instagram',
      [
        'https://www.instagram.com/p/C9same/',
        'https://www.instagram.com/reel/C9same/',
        'https://www.instagram.com/anna/reels/C9same',
      ],
    ],
  ] as const)('%s: every address of the same post has one canonical form', (platform, urls) => {
    const canonical = new Set(urls.map((url) => JSON.stringify(normalizePostUrl(url, platform))));
    expect(canonical.size).toBe(1);
  });
});

describe('hostile post links', () => {
  it('never throws, and every accepted link is plain https on a domain, without credentials', () => {
    const hosts = [
      'www.instagram.com',
      'www.tiktok.com',
      'youtu.be',
      'x.com',
      'www.facebook.com',
      'blog.example.com',
    ];
    fc.assert(
      fc.property(trickyUrl(hosts), fc.constantFrom(...PLATFORMS), (raw, platform) => {
        const result = normalizePostUrl(raw, platform);
        if (!result.ok) return;
        const url = new URL(result.url);
        expect(result.url.startsWith('https://')).toBe(true);
        expect(url.username + url.password).toBe('');
        expect(url.hostname).not.toMatch(/^(?:\d+\.){3}\d+$|^\[|localhost/);
        expect(result.url).not.toMatch(CONTROL_OR_INVISIBLE);
      }),
      { numRuns: 5_000 },
    );
  });
});
