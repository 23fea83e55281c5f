import type { Platform } from './post-url.ts';

/** What a challenge asks the caption to contain; hashtags and mentions may be given with or without `#`/`@`. */
export type CaptionRequirements = { hashtags: string[]; mentions: string[]; disclosureRequired: boolean };

/** One thing the caption lacks; `value` is the missing hashtag or mention, with its `#` or `@`. */
export type CaptionFlag = {
  code: 'disclosure_missing' | 'hashtag_missing' | 'mention_missing';
  message: string;
  value?: string;
};

/** Hashtags that disclose a paid post on every platform (German, Spanish and French ones included). */
const DISCLOSURE_TAGS = [
  'ad',
  'advert',
  'advertisement',
  'sponsored',
  'paid',
  'paidpartnership',
  'partner',
  'anzeige',
  'werbung',
  'publicidad',
  'pub',
  'sponsorisé',
];

/** The platform's own paid-partnership label as it reads in a copied caption, and how to ask for it. */
const PLATFORM_DISCLOSURE: Record<Platform, { marks: readonly string[]; hint?: string }> = {
  instagram: { marks: ['paid partnership'], hint: 'use Instagram’s paid-partnership label' },
  facebook: { marks: ['paid partnership'], hint: 'use Facebook’s paid-partnership label' },
  youtube: {
    marks: ['paid promotion', 'includes paid promotion'],
    hint: 'tick YouTube’s “Includes paid promotion” box',
  },
  tiktok: { marks: ['promotional content', '[ad]'], hint: 'turn on TikTok’s promotional-content disclosure' },
  x: { marks: [] },
  blog: { marks: [] },
  other: { marks: [] },
};

/** A letter (any script), combining mark, digit or underscore: what hashtags and handles are made of. */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/**
 * Lists what the caption lacks: the paid-partnership disclosure (a disclosure hashtag such as `#ad`, or the
 * platform's own label text), then each required hashtag in the order given, then each required mention.
 * Matching is case-insensitive and whole-tag (`#ad` is not found in `#adventure`, `@brand` not in
 * `@brandshop`). Never throws; blank or repeated requirements are ignored, so an empty list means all is there.
 */
export function checkCaption(
  caption: string,
  platform: Platform,
  requirements: CaptionRequirements,
): CaptionFlag[] {
  const text = caption.normalize('NFC');
  const flags: CaptionFlag[] = [];
  const disclosure = PLATFORM_DISCLOSURE[platform];
  const disclosed =
    DISCLOSURE_TAGS.some((tag) => hasToken(text, '#', tag)) ||
    disclosure.marks.some((mark) => hasPhrase(text, mark));
  if (requirements.disclosureRequired && !disclosed) {
    const message = `No paid-partnership disclosure: add #ad${disclosure.hint ? ` or ${disclosure.hint}` : ''}`;
    flags.push({ code: 'disclosure_missing', message });
  }
  for (const tag of distinct(requirements.hashtags, '#')) {
    if (!hasToken(text, '#', tag)) {
      flags.push({ code: 'hashtag_missing', message: `Missing hashtag #${tag}`, value: `#${tag}` });
    }
  }
  for (const handle of distinct(requirements.mentions, '@')) {
    if (!hasToken(text, '@', handle)) {
      flags.push({ code: 'mention_missing', message: `Missing mention @${handle}`, value: `@${handle}` });
    }
  }
  return flags;
}

/** The requirements without their `#`/`@`, blanks and case-insensitive repeats, in their first order. */
function distinct(values: readonly string[], prefix: '#' | '@'): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const bare = value
      .normalize('NFC')
      .trim()
      .replace(prefix === '#' ? /^#+/ : /^@+/, '');
    const key = bare.toLowerCase();
    if (bare === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(bare);
  }
  return result;
}

/**
 * Whether `text` holds `prefix + token` as a whole tag or handle. A mention must not follow a word
 * character (`me@brand.com` is an email); a handle goes on through `.` or `-` followed by a word character.
 */
function hasToken(text: string, prefix: '#' | '@', token: string): boolean {
  const end = prefix === '#' ? `(?!${WORD})` : `(?!${WORD}|[.-]${WORD})`;
  const start = prefix === '#' ? '#' : `(?<![\\p{L}\\p{M}\\p{N}_.@])@`;
  return compiled(`${start}${escapeRegExp(token)}${end}`).test(text);
}

/** Whether `text` holds the phrase as whole words, any run of white space standing for a space. */
function hasPhrase(text: string, phrase: string): boolean {
  const body = escapeRegExp(phrase).replace(/ /g, '\\s+');
  return compiled(`(?<!${WORD})${body}(?!${WORD})`).test(text);
}

/**
 * Compiled patterns, kept: a case-insensitive Unicode pattern with letter classes takes
 * milliseconds to compile (V8 folds the classes' cases), and every caption checks the same
 * dozen disclosure tags and its challenge's few requirements. Bounded, for a warm function that
 * sees many challenges. (No `g` flag: `test` keeps no state between texts.)
 */
const PATTERNS = new Map<string, RegExp>();
const MAX_PATTERNS = 500;

function compiled(source: string): RegExp {
  let pattern = PATTERNS.get(source);
  if (!pattern) {
    if (PATTERNS.size >= MAX_PATTERNS) PATTERNS.clear();
    pattern = new RegExp(source, 'iu');
    PATTERNS.set(source, pattern);
  }
  return pattern;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
