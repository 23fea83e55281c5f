import { HTTPS_ONLY } from '../https-link.ts';
import { SUBMISSION_LIMITS } from './submission-limits.ts';

/** The places an ambassador can post; `blog` and `other` accept any public web page. */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook', 'blog', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Why a link was refused, as a code and the values its sentence names: the dashboard words it in
 * the reader's language (`reason` is the same in English, for the API).
 */
export type PostUrlProblem =
  | { code: 'empty' | 'invalid' | 'http' | 'credentials' | 'ip_address' | 'localhost' | 'no_domain' }
  | { code: 'too_long'; max: number }
  /** A social platform's link filed as a web page. */
  | { code: 'choose_platform'; owner: Platform }
  /** Another social platform's link than the one chosen. */
  | { code: 'other_platform'; owner: Platform; platform: Platform }
  | { code: 'not_a_post'; platform: Platform; example: string };

/** What {@link normalizePostUrl} answers: the canonical link, or a sentence saying why it was refused. */
export type NormalizedPostUrl =
  | { ok: true; url: string }
  | { ok: false; reason: string; problem: PostUrlProblem };

/**
 * One accepted form of a post link. `path` must match the whole path; its named groups and the
 * required `query` parameters (each checked against its pattern) fill the `{name}` slots of `canonical`.
 */
type PostForm = {
  hosts: readonly string[];
  path: RegExp;
  query?: Readonly<Record<string, RegExp>>;
  canonical: string;
};

type PlatformRule = {
  label: string;
  article: 'a' | 'an';
  noun: 'post' | 'video' | 'page';
  /** Shown in the refusal when the link is not one of `forms`. */
  example: string;
  /** The accepted post forms, or `'any-web-page'`: any https page on a real domain. */
  forms: readonly PostForm[] | 'any-web-page';
  /** Query parameters this platform adds for tracking, on top of {@link TRACKING_PARAMS}. */
  tracking?: readonly string[];
};

const MAX_LENGTH = SUBMISSION_LIMITS.postUrl;
const INSTAGRAM = ['instagram.com', 'www.instagram.com', 'm.instagram.com'];
const TIKTOK = ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'];
const YOUTUBE = ['youtube.com', 'www.youtube.com', 'm.youtube.com'];
const X = ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'];
const FACEBOOK = ['facebook.com', 'www.facebook.com', 'm.facebook.com'];
const YOUTUBE_WATCH = 'https://www.youtube.com/watch?v={v}';

const RULES: Record<Platform, PlatformRule> = {
  instagram: {
    label: 'Instagram',
    article: 'an',
    noun: 'post',
    example: 'https://www.instagram.com/p/…',
    forms: [
      {
        hosts: INSTAGRAM,
        // Posts, reels and TV share one shortcode space: one canonical form catches the same post twice.
        path: /^\/(?:[\w.]{1,30}\/)?(?<kind>p|reel|tv)\/(?<id>[\w-]+)\/?$/,
        canonical: 'https://www.instagram.com/p/{id}/',
      },
      {
        hosts: INSTAGRAM,
        path: /^\/(?:[\w.]{1,30}\/)?reels\/(?<id>[\w-]+)\/?$/,
        canonical: 'https://www.instagram.com/p/{id}/',
      },
    ],
  },
  tiktok: {
    label: 'TikTok',
    article: 'a',
    noun: 'post',
    example: 'https://www.tiktok.com/@user/video/…',
    forms: [
      {
        hosts: TIKTOK,
        path: /^\/@(?<user>[\w.]{0,24})\/(?<kind>video|photo)\/(?<id>\d{1,20})\/?$/,
        // The handle in the path is not checked by TikTok: any handle opens the post, so it is left out.
        canonical: 'https://www.tiktok.com/@/{kind}/{id}',
      },
      {
        hosts: TIKTOK,
        path: /^\/t\/(?<code>[A-Za-z0-9]+)\/?$/,
        canonical: 'https://www.tiktok.com/t/{code}/',
      },
      {
        hosts: ['vm.tiktok.com'],
        path: /^\/(?<code>[A-Za-z0-9]+)\/?$/,
        canonical: 'https://vm.tiktok.com/{code}/',
      },
      {
        hosts: ['vt.tiktok.com'],
        path: /^\/(?<code>[A-Za-z0-9]+)\/?$/,
        canonical: 'https://vt.tiktok.com/{code}/',
      },
    ],
  },
  youtube: {
    label: 'YouTube',
    article: 'a',
    noun: 'video',
    example: 'https://www.youtube.com/watch?v=…',
    forms: [
      { hosts: YOUTUBE, path: /^\/watch\/?$/, query: { v: /^[\w-]{11}$/ }, canonical: YOUTUBE_WATCH },
      { hosts: YOUTUBE, path: /^\/(?:shorts|live)\/(?<v>[\w-]{11})\/?$/, canonical: YOUTUBE_WATCH },
      { hosts: ['youtu.be'], path: /^\/(?<v>[\w-]{11})\/?$/, canonical: YOUTUBE_WATCH },
    ],
  },
  x: {
    label: 'X',
    article: 'an',
    noun: 'post',
    example: 'https://x.com/user/status/…',
    forms: [
      {
        hosts: X,
        path: /^\/(?<user>\w{1,15})\/status(?:es)?\/(?<id>\d{1,20})(?:\/(?:photo|video)\/\d)?\/?$/,
        // X opens a post under any handle; x.com/i/status/{id} is its own handle-free form.
        canonical: 'https://x.com/i/status/{id}',
      },
    ],
    tracking: ['s', 't'],
  },
  facebook: {
    label: 'Facebook',
    article: 'a',
    noun: 'post',
    example: 'https://www.facebook.com/page/posts/…',
    forms: [
      {
        hosts: FACEBOOK,
        path: /^\/(?<page>\w[\w.-]*)\/(?<kind>posts|videos)\/(?<id>\w+)\/?$/,
        canonical: 'https://www.facebook.com/{page}/{kind}/{id}',
      },
      {
        hosts: FACEBOOK,
        path: /^\/permalink\.php$/,
        query: { story_fbid: /^\w+$/, id: /^\d+$/ },
        canonical: 'https://www.facebook.com/permalink.php?story_fbid={story_fbid}&id={id}',
      },
      {
        hosts: FACEBOOK,
        path: /^\/watch\/?$/,
        query: { v: /^\d+$/ },
        canonical: 'https://www.facebook.com/watch/?v={v}',
      },
      { hosts: FACEBOOK, path: /^\/reel\/(?<id>\d+)\/?$/, canonical: 'https://www.facebook.com/reel/{id}' },
      {
        hosts: FACEBOOK,
        path: /^\/share\/(?<kind>[prv])\/(?<code>[A-Za-z0-9]+)\/?$/,
        canonical: 'https://www.facebook.com/share/{kind}/{code}/',
      },
      { hosts: ['fb.watch'], path: /^\/(?<code>[\w-]+)\/?$/, canonical: 'https://fb.watch/{code}/' },
    ],
  },
  blog: {
    label: 'Blog',
    article: 'a',
    noun: 'post',
    example: 'https://example.com/…',
    forms: 'any-web-page',
  },
  other: {
    label: 'Other',
    article: 'a',
    noun: 'page',
    example: 'https://example.com/…',
    forms: 'any-web-page',
  },
};

/** Dropped from every link before it is matched or compared (names compared case-insensitively). */
const TRACKING_PARAMS = new Set([
  'igsh',
  'igshid',
  'si',
  'feature',
  'fbclid',
  'gclid',
  'ref',
  '_r',
  'is_from_webapp',
  'sender_device',
]);
/** Handles are case-insensitive on the platforms that put them in post links; ids are not. */
const CASE_INSENSITIVE_GROUPS = new Set(['user', 'page']);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The platform's display name, e.g. `TikTok`. */
export function platformLabel(platform: Platform): string {
  return RULES[platform].label;
}

/**
 * Checks a submitted link and returns its canonical form, used to spot the same post submitted twice:
 * the host is lower-cased, fragments and tracking parameters go, and on the social
 * platforms every accepted form of a post (e.g. `youtu.be/{id}`, `/shorts/{id}`) maps to one URL.
 * Never throws: anything that is not an absolute https link to a real domain (no credentials, IP
 * address or localhost, at most 2048 characters), or not a post on `platform`, gives `ok: false`
 * and a reason; `http://` is refused with the one sentence of shared/https-link.ts.
 */
export function normalizePostUrl(raw: string, platform: Platform): NormalizedPostUrl {
  const rule = RULES[platform];
  const input = typeof raw === 'string' ? raw.trim() : '';
  if (input === '') return refuse('Paste the link to the post', { code: 'empty' });
  if (input.length > MAX_LENGTH)
    return refuse(`The link is too long (at most ${MAX_LENGTH} characters)`, {
      code: 'too_long',
      max: MAX_LENGTH,
    });
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return refuse('This is not a valid link; copy the whole address, starting with https://', {
      code: 'invalid',
    });
  }
  if (url.protocol !== 'https:') return refuse(HTTPS_ONLY, { code: 'http' });
  if (url.username !== '' || url.password !== '') {
    return refuse('The link must not contain a username or password', { code: 'credentials' });
  }
  const hostProblem = checkHost(url.hostname);
  if (hostProblem) return refuse(...hostProblem);
  const tracking = new Set([...TRACKING_PARAMS, ...(rule.tracking ?? [])]);
  for (const name of new Set(url.searchParams.keys())) {
    const lower = name.toLowerCase();
    if (tracking.has(lower) || lower.startsWith('utm_')) url.searchParams.delete(name);
  }
  // A social post filed as a web page would dodge its canonical form and so the duplicate check.
  const owner = rule.forms === 'any-web-page' ? socialPlatformOf(url.host) : undefined;
  if (owner)
    return refuse(
      `This is ${RULES[owner].article} ${RULES[owner].label} link: choose ${RULES[owner].label} as the platform`,
      { code: 'choose_platform', owner },
    );
  const canonical = rule.forms === 'any-web-page' ? canonicalWebPage(url) : canonicalPost(rule.forms, url);
  if (canonical === undefined) return refuse(...notAPost(platform, url.host));
  if (canonical.length > MAX_LENGTH)
    return refuse(`The link is too long (at most ${MAX_LENGTH} characters)`, {
      code: 'too_long',
      max: MAX_LENGTH,
    });
  return { ok: true, url: canonical };
}

function refuse(reason: string, problem: PostUrlProblem): NormalizedPostUrl {
  return { ok: false, reason, problem };
}

function checkHost(hostname: string): [string, PostUrlProblem] | undefined {
  if (IPV4.test(hostname) || hostname.startsWith('[')) {
    return ['Links to an IP address are not accepted; use the site’s domain name', { code: 'ip_address' }];
  }
  if (hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === 'localhost.') {
    return ['Links to localhost are not accepted', { code: 'localhost' }];
  }
  if (!DOMAIN.test(hostname))
    return ['The link needs a real domain name, such as example.com', { code: 'no_domain' }];
  return undefined;
}

function canonicalWebPage(url: URL): string {
  url.searchParams.sort();
  return `https://${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

function canonicalPost(forms: readonly PostForm[], url: URL): string | undefined {
  for (const form of forms) {
    if (!form.hosts.includes(url.host)) continue;
    const match = form.path.exec(url.pathname);
    if (!match) continue;
    const values = new Map<string, string>();
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      values.set(name, CASE_INSENSITIVE_GROUPS.has(name) ? value.toLowerCase() : value);
    }
    const missing = Object.entries(form.query ?? {}).some(([name, shape]) => {
      const value = url.searchParams.get(name);
      if (value === null || !shape.test(value)) return true;
      values.set(name, value);
      return false;
    });
    if (!missing) return form.canonical.replace(/\{(\w+)\}/g, (_, name: string) => values.get(name) ?? '');
  }
  return undefined;
}

/** The social platform whose links use this host, if any. */
function socialPlatformOf(host: string): Platform | undefined {
  return PLATFORMS.find((platform) => {
    const forms = RULES[platform].forms;
    return forms !== 'any-web-page' && forms.some((f) => f.hosts.includes(host));
  });
}

function notAPost(platform: Platform, host: string): [string, PostUrlProblem] {
  const rule = RULES[platform];
  const expected = `${rule.article} ${rule.label} ${rule.noun} link`;
  const owner = socialPlatformOf(host);
  if (owner && owner !== platform)
    return [
      `This is ${RULES[owner].article} ${RULES[owner].label} link, not ${expected}`,
      { code: 'other_platform', owner, platform },
    ];
  return [
    `This is not ${expected} (expected ${rule.example})`,
    { code: 'not_a_post', platform, example: rule.example },
  ];
}
