import fc from 'fast-check';

/**
 * What hostile callers send, as fast-check arbitraries. JSON values are raw JSON text
 * fragments, so they can carry what JSON.stringify cannot: NaN, Infinity, 1e999, a `__proto__`
 * key, 10,000 levels of nesting.
 */

/** Characters that break naive code: NUL, lone surrogates, bidi overrides, zero-width, line separators. */
export const ODD_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\ud800',
  '\udfff',
  '\udbff\u0041',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u0301\u0301\u0301',
  '\ufffd',
  '\uffff',
  '\u{10ffff}',
  '\u{1d54f}',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'İ',
  'ß',
  'ﬃ',
  'ǅ',
  'ℌ',
  'א',
  'ﷺ',
  '\r\n',
  '\t',
  '\v',
  '"',
  "'",
  '\\',
  '`',
  '/',
  '%00',
  '%',
  '%zz',
  '../',
  '..\\',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, on purpose.
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '=cmd|/c calc!A1',
  '@SUM(1+1)',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'PROGRAM#',
  '#',
  'null',
  'undefined',
  'NaN',
];

/** A short string of odd characters mixed with ordinary ones. */
export const oddString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Lengths around the limits: schema maxima (40…5000), the 2 KB URL cap, the 64 KB body cap. */
const HUGE_LENGTHS = [41, 101, 201, 1_001, 2_049, 5_001, 20_000, 60_000, 70_000];

/** A long string: one- to four-byte characters, so byte and character counts disagree. */
export const hugeString = fc
  .record({
    length: fc.constantFrom(...HUGE_LENGTHS),
    unit: fc.constantFrom('a', 'é', '€', '😀', '\u0000', '\u200b', ' '),
  })
  .map(({ length, unit }) => unit.repeat(Math.ceil(length / unit.length)));

/** Numbers as raw JSON tokens, including ones JSON.parse turns into Infinity or rounds. */
export const NUMBER_TOKENS = [
  '0',
  '-0',
  '-1',
  '1',
  '0.5',
  '-0.01',
  '12.999',
  '1e-7',
  '1e21',
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  '5e-324',
  '9007199254740993',
  '-9007199254740993',
  '2147483648',
  '-2147483649',
  '18446744073709551616',
  '123456789012345678901234567890',
  '1000000000001',
  '100001',
  '10001',
  '366',
];

/** Tokens that are not JSON at all but that lax parsers accept. */
export const NOT_JSON_TOKENS = [
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  '0x10',
  '1_000',
  '+1',
  '.5',
  '01',
];

/** Strings that look like numbers, dates, booleans or money. */
export const NUMBERISH_STRINGS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '-0',
  '0.1',
  '1.5',
  '0x10',
  '1_000',
  ' 5',
  '5 ',
  '١٢٣',
  '１２３',
  '',
  'true',
  'null',
  '2026-13-45T25:61:61Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59.999999999+14:00',
  '2026-02-30',
  '2026-00',
  '1970-01',
  '9999-99',
];

/** URL-shaped strings an attacker would try in a URL or domain field. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://example.com/',
  'ftp://example.com/',
  'HTTPS://EVIL.COM/',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://example.com@evil.com/',
  'https://evil.com\\@example.com/',
  'https://evil.com\\example.com',
  'https:\\\\evil.com',
  'https:/evil.com',
  'https:evil.com',
  '//evil.com',
  '\\\\evil.com',
  '/\\evil.com',
  'https://example.com.evil.com/',
  'https://evil-example.com/',
  'https://exаmple.com/',
  'https://xn--exmple-cua.com/',
  'https://example.com%2F@evil.com/',
  'https://evil.com#@example.com',
  'https://evil.com?@example.com',
  'https://example.com:443@evil.com',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://0x7f000001/',
  'https://localhost/',
  'https://example.com:8443/',
  'https://example.com./',
  '  https://evil.com',
  'https://evil.com\u0000.example.com/',
  'https://evil.com\r\n.example.com/',
  'https://example.com/\u202e',
  `https://example.com/${'a'.repeat(3000)}`,
];

/** A hostile value as a raw JSON text fragment. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('null', 'true', 'false', '[]', '{}', '""', '[{}]', '[[]]', '[null]'),
  },
  { weight: 3, arbitrary: oddString.map((s) => JSON.stringify(s)) },
  // A lone surrogate written as a JSON escape: well-formed JSON, ill-formed Unicode.
  { weight: 1, arbitrary: fc.constantFrom('"\\ud800"', '"a\\udfffb"', '"\\u0000"', '"\\u202e\\u200b"') },
  { weight: 1, arbitrary: hugeString.map((s) => JSON.stringify(s)) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH_STRINGS).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_JSON_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_URLS).map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.double().map((n) => JSON.stringify(n) ?? 'null') },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"prototype":{"polluted":"yes"}}',
      '[{"__proto__":{"polluted":"yes"}}]',
      '{"__proto__":[],"length":1}',
      '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
    ),
  },
  { weight: 1, arbitrary: deepNesting() },
);

/** Arrays or objects nested 10 to 10,000 levels deep. */
export function deepNesting(): fc.Arbitrary<string> {
  return fc
    .record({ depth: fc.constantFrom(10, 100, 1_000, 10_000), kind: fc.constantFrom('array', 'object') })
    .map(({ depth, kind }) =>
      kind === 'array'
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    );
}

/** Bodies that are not valid JSON, or not JSON at all. */
export const invalidJsonText = (seed: string) =>
  fc.oneof(
    fc.nat({ max: Math.max(0, seed.length - 1) }).map((n) => seed.slice(0, n)),
    fc.constantFrom(
      `${seed},`,
      `${seed}}`,
      `${seed} garbage`,
      `\ufeff${seed}`,
      seed.replaceAll('"', "'"),
      `/* comment */${seed}`,
      `[${seed}`,
      ' ',
      '\n',
      'undefined',
      'NaN',
      "{'a':1}",
      '{"a":1,}',
      '{a:1}',
      '{"a":1 "b":2}',
      '{"a":"\\x41"}',
      '{"a":"\\u12"}',
      '{"a":"unterminated}',
      '{"a":\u00001}',
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

/** Content types other than the one the route declares, and spellings of it. */
export const CONTENT_TYPES = [
  undefined,
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json;charset=latin1',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/vnd.api+json',
  'application/jsonx',
  'application/json; x=',
  ' application/json',
  '*/*',
  '',
];

/** Cyrillic and Greek letters that look like Latin ones. */
const LOOKALIKES: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і' };

/**
 * URLs built to slip past a host check for `hosts`: odd schemes and separators, credentials and
 * `@` tricks, backslashes, look-alike and punycode hosts, suffix and prefix games, ports,
 * trailing dots, control and invisible characters anywhere.
 */
export function trickyUrl(hosts: readonly string[]): fc.Arbitrary<string> {
  const host = fc.constantFrom(...hosts);
  const scheme = fc.constantFrom(
    'https',
    'HTTPS',
    'HtTpS',
    'http',
    'javascript',
    'JavaScript',
    'data',
    'vbscript',
    'file',
    'ftp',
    ' https',
    '\thttps',
    'ht\ttps',
    '\u0000https',
    'https\u200b',
    '',
  );
  const separator = fc.constantFrom('://', ':/', ':', ':\\\\', '://\\', ':\\/', '//', ':///', '://\u0000');
  const target = fc.oneof(
    host,
    host.map((h) => h.toUpperCase()),
    host.map((h) => `${h}.`),
    host.map((h) => `${h}.evil.com`),
    host.map((h) => `evil-${h}`),
    host.map((h) => `evil.com\\@${h}`),
    host.map((h) => `evil.com\\.${h}`),
    host.map((h) => `${h}@evil.com`),
    host.map((h) => `${h}:pass@evil.com`),
    host.map((h) => `user:pass@${h}`),
    host.map((h) => `${h}%2F@evil.com`),
    host.map((h) => `${h}%00.evil.com`),
    host.map((h) => `${h}\u0000.evil.com`),
    host.map((h) => `${h}:8443`),
    host.map((h) => `${h}:443`),
    host.map((h) => `${h}#@evil.com`),
    host.map((h) => `evil.com#${h}`),
    host.map((h) => `evil.com?${h}`),
    host.map((h) => `evil.com/${h}`),
    host.map((h) => [...h].map((ch) => LOOKALIKES[ch] ?? ch).join('')),
    host.map((h) => `xn--${h.replace(/\./g, '-')}.com`),
    host.map((h) => h.replace('.', '\u3002')),
    host.map((h) => h.replace('.', '\u200b.')),
    fc.constantFrom('evil.com', '127.0.0.1', '[::1]', 'localhost', '0x7f000001', '', '@', '%65vil.com'),
  );
  const rest = fc.constantFrom(
    '',
    '/',
    '/page?x=1',
    '/\\evil.com',
    '//evil.com',
    '/@evil.com',
    '/..%2F..%2Fevil.com',
    '?next=https://evil.com',
    '#https://evil.com',
    '/\u202e',
    '/\r\nLocation: https://evil.com',
    ' ',
    '/%0d%0aSet-Cookie:x=1',
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(scheme, separator, target, rest).map((parts) => parts.join('')) },
    // Plain https with a trick only in the host or the rest: the ones a check must read closely.
    { weight: 2, arbitrary: fc.tuple(target, rest).map(([t, r]) => `https://${t}${r}`) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
    { weight: 1, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

/** Characters no URL we store or send may contain: controls, invisible formatting, lone surrogates, spaces. */
export const CONTROL_OR_INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}]/u;

/** The same, and backslashes: for URLs stored as typed, which no parser has normalized yet. */
export const URL_TROUBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\\]/u;

/**
 * Dates and months far in the past and future, just outside the ranges the API keeps
 * (2000-01 to 2100-12), impossible days, leap seconds, offsets and lax spellings: each string
 * field gets them, since a date-shaped value that passes a loose check reaches date arithmetic.
 */
export const HOSTILE_DATES = [
  '0001-01-01',
  '9999-12-31',
  '2101-01',
  '1999-12',
  '0001-01',
  '9999-12',
  '2100-12',
  '2000-01',
  '1970-01-01',
  '2100-12-31',
  '2101-01-01',
  '2026-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-32',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2101-01-01T00:00:00Z',
  '1999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-01-01T00:00:00+14:00',
  '2026-01-01T00:00:00-12:00',
  '2026-06-30T23:59:60Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01 00:00:00Z',
  '2026-01-01t00:00:00z',
  '2026-01-01T00:00:00.123456789Z',
  '2026-01-01T00:00:00',
];

/** Text in other scripts and shapes: right-to-left, combining marks, emoji sequences, case traps. */
export const HOSTILE_SCRIPTS = [
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202bשלום\u202c abc',
  'abc\u202edef',
  '\u2066abc\u2069',
  'e\u0301',
  '\u0301',
  `a${'\u0301'.repeat(60)}`,
  'Z\u0351\u0364\u0363\u0300\u0346a\u0342\u033fl\u0357g\u0343o',
  '😀',
  '👩\u200d👩\u200d👧\u200d👦',
  '🏳️\u200d🌈',
  '🇩🇪',
  'a\u200bb',
  '\u00a0',
  '\u3000',
  'İı',
  'ǅ',
  '\ud800',
  '\udc00',
  'a\ud800b',
  '\udc00\ud800',
  '\udbff\udfff',
  'a\u0000b',
  '',
  ' ',
];

/** Every hostile string a string field should survive: dates, odd characters, other scripts. */
export const HOSTILE_STRINGS = [...new Set([...HOSTILE_DATES, ...ODD_CHARACTERS, ...HOSTILE_SCRIPTS])];
