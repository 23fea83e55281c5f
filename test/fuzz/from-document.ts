import type { ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { acceptsWireValue, pointer } from '../contract/openapi-contract.ts';
import { HOSTILE_STRINGS, hugeString } from './hostile-values.ts';

/**
 * fast-check arbitraries taken from the OpenAPI document itself: for each parameter and request
 * body schema, values the document accepts (`valid`), values it refuses in exactly one way
 * (`broken`: one field, one bound, one type at a time), and values every field must survive
 * whatever the document says of them (`hostile`). Schemas are addressed by JSON pointer into
 * the document, so every generated value can be judged by the same compiled schema the contract
 * checker uses: broken values are refused by construction, and the suite checks the valid ones.
 */

/** A JSON Schema (2020-12, as OpenAPI 3.1 writes it), with the keywords the generators read. */
export type Schema = {
  $ref?: string;
  type?: JsonType | JsonType[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
};

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** A generated value and what it tries, for the report (`body.commission.rate: maximum+1`). */
export type Variant = { value: unknown; how: string };

/**
 * Where a value goes: its schema's pointer, a readable path for reports, the property or
 * parameter name (for real values), a known-valid seed value, and whether it travels as text
 * (path and query parameters).
 */
export type Place = { at: string; path: string; name?: string; seed?: unknown; wire?: boolean };

/** Keywords that say nothing about which values are valid. */
const ANNOTATIONS = new Set([
  'description',
  'default',
  'example',
  'examples',
  'title',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'discriminator',
  'externalDocs',
  'xml',
]);

/** Keywords the generators understand; any other one fails the build of the arbitraries. */
const UNDERSTOOD = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

const ALL_TYPES: JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];

/** Code points, as JSON Schema counts a string's length. */
const lengthOf = (value: string) => [...value].length;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Years 1 to 9999: every year RFC 3339 can write, so date arithmetic meets the extremes. */
const ANY_DATE = fc.date({
  min: new Date('0001-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
/** The dates programs live in. */
const NEAR_DATE = fc.date({
  min: new Date('2020-01-01T00:00:00.000Z'),
  max: new Date('2035-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const someDate = fc.oneof({ weight: 4, arbitrary: NEAR_DATE }, { weight: 1, arbitrary: ANY_DATE });
const isoOf = (date: Date) => date.toISOString();

/** Values of each `format` the document may declare. A format without a row fails the build. */
const FORMATS: Record<string, { valid: fc.Arbitrary<string>; broken: string[] }> = {
  'date-time': {
    valid: fc.oneof(
      { weight: 4, arbitrary: someDate.map(isoOf) },
      { weight: 1, arbitrary: someDate.map((d) => isoOf(d).replace(/\.\d{3}Z$/, 'Z')) },
      { weight: 1, arbitrary: someDate.map((d) => isoOf(d).replace(/Z$/, '+02:00')) },
    ),
    broken: [
      '2026-01-01',
      '2026-13-01T00:00:00Z',
      '2026-01-01T25:00:00Z',
      '2026-02-30T10:00:00Z',
      '2026-01-01T10:00',
      'yesterday',
      '1767225600000',
      '',
    ],
  },
  date: {
    valid: someDate.map((d) => isoOf(d).slice(0, 10)),
    broken: ['2026-13-01', '2026-02-30', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', ''],
  },
  time: {
    valid: someDate.map((d) =>
      isoOf(d)
        .slice(11)
        .replace(/\.\d{3}/, ''),
    ),
    broken: ['25:00:00Z', '10:61:00Z', '10:00', 'noon', ''],
  },
  email: {
    valid: fc.oneof(
      { weight: 3, arbitrary: fc.emailAddress() },
      {
        weight: 1,
        arbitrary: fc.constantFrom('fuzz@example.com', 'a@b.co', 'first.last+tag@shop.example.com'),
      },
    ),
    broken: ['no-at-sign', 'a@', '@example.com', 'a b@example.com', 'a@b@example.com', ''],
  },
  uri: {
    valid: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
    broken: ['not a uri', '//example.com/x', 'https://exa mple.com/', ''],
  },
  url: {
    valid: fc.webUrl({ validSchemes: ['https'] }),
    broken: ['not a url', '//example.com/x', ''],
  },
  uuid: { valid: fc.uuid(), broken: ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', ''] },
  hostname: { valid: fc.domain(), broken: ['-bad-.example.com', 'a..b', ''] },
  ipv4: { valid: fc.ipV4(), broken: ['256.0.0.1', '1.2.3', ''] },
  ipv6: { valid: fc.ipV6(), broken: ['::g', '1:2:3', ''] },
};

/** Number formats: bounds, which the minimum and maximum already say or the format adds. */
const NUMBER_FORMATS: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  float: [-Number.MAX_VALUE, Number.MAX_VALUE],
  double: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/**
 * Realistic strings tried against every pattern besides the pattern's own generator: a pattern
 * such as `^2\d{3}-\d{2}-\d{2}$` is mostly impossible days when generated from the regex alone,
 * and a real day gets further into the code. Each is used for a pattern only if it matches.
 */
const PATTERN_HELPERS: fc.Arbitrary<string>[] = [
  someDate.map((d) => isoOf(d).slice(0, 10)),
  someDate.map((d) => isoOf(d).slice(0, 7)),
  someDate.map(isoOf),
  fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
  fc.domain(),
  fc.emailAddress(),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
];

/** Property pairs that make a range: a reversed one (from > to) must be refused, not crash. */
export const RANGE_PAIRS: Array<[string, string]> = [
  ['from', 'to'],
  ['opensAt', 'closesAt'],
  ['startsAt', 'endsAt'],
  ['start', 'end'],
  ['min', 'max'],
];

/**
 * Lengths of a range, in the unit of its values (months for `2026-01`, days for a day or an
 * instant): empty, short, just inside and outside the spans the API allows (92 days a
 * challenge, 36 months of analytics, 1096 days a report), a century, and backwards.
 */
export const SPANS = fc.constantFrom(0, 1, 7, 31, 35, 36, 37, 92, 93, 365, 1096, 1097, 1200, 36_500, -1, -31);

const utc = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month, day);
  return date;
};

/**
 * A date-shaped value moved by `span` units, written in the same shape: `YYYY-MM` by months,
 * `YYYY-MM-DD` by days, an instant by days. Anything else is returned as it is.
 */
export function shifted(value: unknown, span: number): unknown {
  if (typeof value !== 'string') return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return isoOf(utc(Number(month[1]), Number(month[2]) - 1 + span, 1)).replace(/-\d{2}T.*$/, '');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return isoOf(utc(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + span)).slice(0, -14);
  const time = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(time)) {
    const moved = new Date(time + span * 86_400_000);
    return Number.isNaN(moved.getTime()) ? value : isoOf(moved);
  }
  return value;
}

/** Keys that reach prototypes in naive code. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Property names a client might add to see whether the server takes them. */
const UNKNOWN_KEYS = ['unknown', 'id', 'status', 'role', 'points', 'programId', 'ambassadorId', 'createdAt'];

/** Sets a key as an own, enumerable property, even `__proto__`, on a copy (JSON.stringify writes it). */
function withOwnKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const compare = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a) < String(b)
      ? -1
      : String(a) > String(b)
        ? 1
        : 0;

/** A value as text on the wire: strings as they are, numbers and booleans written, the rest as JSON. */
export const wireText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * Builds the arbitraries of the schemas of one document. Real values (by property or parameter
 * name) are mixed into valid values so requests name records that exist and get past 404.
 * @throws Error when a schema uses a keyword, `$ref` or format the generators do not know: the
 *   fuzz would otherwise quietly stop covering it.
 */
export class DocumentArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly stringCache = new Map<string, fc.Arbitrary<string>>();

  constructor(
    private readonly document: object,
    private readonly validatorAt: (jsonPointer: string) => ValidateFunction,
    private readonly real: Record<string, readonly unknown[]> = {},
  ) {}

  /** The schema at a pointer, its `$ref`s followed; returns it with its own pointer. */
  resolve(at: string): { schema: Schema; at: string } {
    const seen = new Set<string>();
    let here = at;
    for (;;) {
      const schema = this.lookup(here);
      for (const key of Object.keys(schema))
        if (!UNDERSTOOD.has(key) && !ANNOTATIONS.has(key))
          throw new Error(`The fuzz does not generate the JSON Schema keyword "${key}" (at ${here}): add it`);
      if (!schema.$ref) return { schema, at: here };
      const constraints = Object.keys(schema).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
      if (constraints.length)
        throw new Error(
          `A $ref with sibling constraints (${constraints.join(', ')}) at ${here}: not generated`,
        );
      if (!schema.$ref.startsWith('#/')) throw new Error(`Only local $refs are generated: ${schema.$ref}`);
      if (seen.has(schema.$ref)) throw new Error(`A $ref cycle through ${schema.$ref}`);
      seen.add(schema.$ref);
      here = schema.$ref.slice(1);
    }
  }

  private lookup(at: string): Schema {
    let node: unknown = this.document;
    for (const raw of at.split('/').slice(1)) {
      const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      node =
        isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
    }
    if (node === true) return {};
    if (!isPlainObject(node)) throw new Error(`No schema the fuzz can generate at ${at}`);
    return node as Schema;
  }

  /** Whether the document's schema at the place accepts the value (as text, for parameters). */
  accepts(place: Place, value: unknown): boolean {
    const validate = this.validatorAt(place.at);
    return place.wire ? acceptsWireValue(validate, wireText(value)) : validate(value) === true;
  }

  /** Values the document accepts at the place: generated, real (by name) and the seed. */
  valid(place: Place): fc.Arbitrary<unknown> {
    const key = `${place.at}|${place.name ?? ''}|${place.wire ? 'w' : ''}|${JSON.stringify(place.seed) ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const { schema, at } = this.resolve(place.at);
    const here = { ...place, at };
    const options: Array<fc.WeightedArbitrary<unknown>> = [
      { weight: 3, arbitrary: this.generate(schema, here) },
    ];
    // Real records and the seed only where the document accepts them: a fixture id in a slot of
    // another shape would make a "valid" request the document refuses.
    const real = (place.name ? (this.real[place.name] ?? []) : []).filter((v) => this.accepts(here, v));
    if (real.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...real) });
    if (place.seed !== undefined && this.accepts(here, place.seed))
      options.push({ weight: 2, arbitrary: fc.constant(place.seed) });
    // The document's own defaults and examples (default tiers, badges, commission rules): values
    // the server takes, where generated tiers rarely start at 0 points and rise.
    const given = [this.lookup(place.at), schema].flatMap((s) => {
      const annotated = s as { default?: unknown; example?: unknown; examples?: unknown[] };
      return [
        ...('default' in annotated ? [annotated.default] : []),
        ...('example' in annotated ? [annotated.example] : []),
        ...(annotated.examples ?? []),
      ];
    });
    const documented = given.filter((v) => v !== undefined && this.accepts(here, v));
    if (documented.length) options.push({ weight: 1, arbitrary: fc.constantFrom(...documented) });
    let arbitrary =
      options.length === 1 ? (options[0]?.arbitrary as fc.Arbitrary<unknown>) : fc.oneof(...options);
    if (place.wire) arbitrary = arbitrary.map(wireText);
    this.cache.set(key, arbitrary);
    return arbitrary;
  }

  private typesOf(schema: Schema): JsonType[] {
    if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
    if (schema.properties || schema.additionalProperties !== undefined) return ['object'];
    if (schema.items) return ['array'];
    if (schema.pattern || schema.format || schema.minLength !== undefined || schema.maxLength !== undefined)
      return ['string'];
    if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
    return ALL_TYPES;
  }

  private generate(schema: Schema, place: Place): fc.Arbitrary<unknown> {
    if ('const' in schema) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const branches = schema.anyOf ? 'anyOf' : schema.oneOf ? 'oneOf' : undefined;
    if (branches) {
      return fc.oneof(
        ...(schema[branches] ?? []).map((_, i) =>
          this.valid({ ...place, at: `${place.at}/${branches}/${i}`, seed: undefined }),
        ),
      );
    }
    const types = this.typesOf(schema).filter((t) => !(place.wire && (t === 'object' || t === 'array')));
    return fc.oneof(...types.map((type) => this.ofType(type, schema, place)));
  }

  private ofType(type: JsonType, schema: Schema, place: Place): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number':
        return this.numbers(type, schema);
      case 'string':
        return this.strings(schema, place);
      case 'array':
        return this.arrays(schema, place);
      case 'object':
        return this.objects(schema, place);
    }
  }

  /** The bounds a number schema allows, exclusive bounds moved in (by 1 for integers). */
  private bounds(type: 'integer' | 'number', schema: Schema): [number, number] {
    const [formatMin, formatMax] = (schema.format && NUMBER_FORMATS[schema.format]) || [-1e9, 1e9];
    if (schema.format && !NUMBER_FORMATS[schema.format])
      throw new Error(`The fuzz has no numbers of format "${schema.format}": add it to NUMBER_FORMATS`);
    const step = type === 'integer' ? 1 : 1e-6;
    let min = schema.minimum ?? formatMin;
    let max = schema.maximum ?? formatMax;
    if (schema.exclusiveMinimum !== undefined) min = Math.max(min, schema.exclusiveMinimum + step);
    if (schema.exclusiveMaximum !== undefined) max = Math.min(max, schema.exclusiveMaximum - step);
    if (type === 'integer') [min, max] = [Math.ceil(min), Math.floor(max)];
    return [min, max];
  }

  private numbers(type: 'integer' | 'number', schema: Schema): fc.Arbitrary<number> {
    const [min, max] = this.bounds(type, schema);
    const edges = [...new Set([min, max, Math.min(max, min + 1), Math.max(min, max - 1), 0])].filter(
      (n) => n >= min && n <= max,
    );
    let inner: fc.Arbitrary<number> =
      type === 'integer'
        ? fc.integer({
            min: Math.max(min, Number.MIN_SAFE_INTEGER),
            max: Math.min(max, Number.MAX_SAFE_INTEGER),
          })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    if (schema.multipleOf) {
      const m = schema.multipleOf;
      inner = inner.map((n) =>
        Math.min(Math.floor(max / m) * m, Math.max(Math.ceil(min / m) * m, Math.round(n / m) * m)),
      );
      return inner;
    }
    return fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constantFrom(...edges) });
  }

  private strings(schema: Schema, place: Place): fc.Arbitrary<string> {
    const cached = this.stringCache.get(place.at);
    if (cached) return cached;
    const built = this.buildStrings(schema, place);
    this.stringCache.set(place.at, built);
    return built;
  }

  private buildStrings(schema: Schema, place: Place): fc.Arbitrary<string> {
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
    const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u');
    const format = schema.format === undefined ? undefined : FORMATS[schema.format];
    if (schema.format && !format)
      throw new Error(
        `The fuzz has no strings of format "${schema.format}" (at ${place.at}): add it to FORMATS`,
      );
    const fits = (v: string) =>
      lengthOf(v) >= min &&
      lengthOf(v) <= max &&
      (!pattern || pattern.test(v)) &&
      this.accepts({ ...place, wire: false }, v);

    if (!pattern && !format) {
      const unit = fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -_.#@') },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      );
      const edges = [min, Number.isFinite(max) ? max : min + 100].filter((n) => n <= 10_000);
      return fc.oneof(
        { weight: 6, arbitrary: fc.string({ unit, minLength: min, maxLength: Math.min(max, min + 24) }) },
        {
          weight: 1,
          arbitrary: fc
            .record({ length: fc.constantFrom(...edges), unit: fc.constantFrom('a', 'é', '😀', '\u05d0') })
            .map(({ length, unit }) => unit.repeat(length)),
        },
      );
    }
    // Candidates from the pattern's own generator, the format's and realistic helpers; each used
    // only where its values fit, and a value that does not fit is replaced by one that does.
    const candidates: fc.Arbitrary<string>[] = [];
    if (format) candidates.push(format.valid);
    let fromPattern: fc.Arbitrary<string> | undefined;
    if (pattern) {
      const source = schema.pattern ?? '';
      try {
        fromPattern = fc.stringMatching(pattern);
      } catch {
        // fast-check cannot generate lookaheads: generate without them, and keep what fits.
        fromPattern = fc.stringMatching(new RegExp(source.replace(/\(\?[=!](?:[^()\\]|\\.)*\)/g, ''), 'u'));
      }
      candidates.push(fromPattern, ...PATTERN_HELPERS);
    }
    const useful = candidates
      .map((arbitrary) => ({
        arbitrary,
        fitting: fc.sample(arbitrary, { numRuns: 40, seed: 1 }).filter(fits),
      }))
      .filter(({ fitting }) => fitting.length >= 8);
    const witnesses = useful.flatMap(({ fitting }) => fitting);
    if (!witnesses.length)
      throw new Error(`The fuzz cannot generate a string the document accepts at ${place.at}: teach it`);
    // The realistic helpers weigh more than the pattern's own generator: a generated day such as
    // 2074-49-33 matches `^2\d{3}-\d{2}-\d{2}$` but stops the request at validation.
    return fc.oneof(
      ...useful.map(({ arbitrary }) => ({
        weight: arbitrary === fromPattern && useful.length > 1 ? 1 : 3,
        arbitrary: fc
          .tuple(arbitrary, fc.nat({ max: witnesses.length - 1 }))
          .map(([v, i]) => (fits(v) ? v : (witnesses[i] as string))),
      })),
    );
  }

  private arrays(schema: Schema, place: Place): fc.Arbitrary<unknown[]> {
    const min = schema.minItems ?? 0;
    const max = schema.maxItems ?? min + 6;
    const seedItem = Array.isArray(place.seed) ? place.seed[0] : undefined;
    const item = this.valid({
      at: `${place.at}/items`,
      path: `${place.path}[]`,
      name: place.name,
      seed: seedItem,
    });
    const make = (minLength: number, maxLength: number) =>
      schema.uniqueItems
        ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { minLength, maxLength });
    return fc.oneof(
      { weight: 5, arbitrary: make(min, Math.min(max, min + 4)) },
      { weight: 1, arbitrary: make(Math.min(max, 100), Math.min(max, 100)) },
    );
  }

  private objects(schema: Schema, place: Place): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = schema.required ?? [];
    const seed = isPlainObject(place.seed) ? place.seed : {};
    for (const name of required)
      if (!(name in properties))
        throw new Error(`Required "${name}" has no schema at ${place.at}: not generated`);
    const record = fc.record(
      Object.fromEntries(
        Object.keys(properties).map((name) => [
          name,
          this.valid({
            at: `${place.at}/properties/${pointer(name)}`,
            path: `${place.path}.${name}`,
            name,
            seed: seed[name],
          }),
        ]),
      ),
      { requiredKeys: required },
    );
    const extra = schema.additionalProperties;
    if (!isPlainObject(extra)) return record.map((r) => ({ ...r }));
    const seedKeys = Object.keys(seed).filter((k) => !(k in properties));
    const realKeys = (this.real[`${place.name}{}`] ?? []).map(String);
    const keys = fc.oneof(
      ...[...seedKeys, ...realKeys].map((k) => fc.constant(k)),
      fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
    );
    const entry = fc.tuple(keys, fc.nat()).chain(([key]) =>
      this.valid({
        at: `${place.at}/additionalProperties`,
        path: `${place.path}.${key}`,
        name: key,
        seed: seed[key],
      }).map((value) => [key, value] as const),
    );
    return fc
      .tuple(record, fc.array(entry, { maxLength: 4 }))
      .map(([r, entries]) => ({ ...Object.fromEntries(entries), ...r }));
  }

  /**
   * Values the document refuses at the place, each broken in one way; none when the schema
   * accepts everything. A candidate the document happens to accept (a pattern that a mutation
   * still matches) is replaced by a wrong type, so every value is refused.
   */
  broken(place: Place): fc.Arbitrary<Variant> | undefined {
    const { schema, at } = this.resolve(place.at);
    const here = { ...place, at };
    const fallback = this.wrongTypes(here);
    if (!fallback.length) return undefined;
    const kinds = this.breaks(schema, here).map((arbitrary) =>
      arbitrary.map((variant) =>
        this.accepts(here, variant.value)
          ? (fallback[0] as Variant)
          : { value: place.wire ? wireText(variant.value) : variant.value, how: variant.how },
      ),
    );
    kinds.push(fc.constantFrom(...fallback));
    return fc.oneof(...kinds);
  }

  /** Values of the wrong type (for parameters: text that does not parse as the type). */
  private wrongTypes(place: Place): Variant[] {
    const candidates: unknown[] = place.wire
      ? ['x', '', ' ', '1.5', '1e3', '-1', 'true', 'null', '[]', '{}', '0x10', 'NaN']
      : [null, true, 0, 1.5, -1, 'x', '', [], {}, ['x'], { a: 1 }];
    return candidates
      .filter((value) => !this.accepts(place, value))
      .map((value) => ({ value, how: `${place.path}: wrong type ${JSON.stringify(value)}` }));
  }

  private breaks(schema: Schema, place: Place): fc.Arbitrary<Variant>[] {
    const how = (what: string) => `${place.path}: ${what}`;
    const out: fc.Arbitrary<Variant>[] = [];
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches) {
      const kind = schema.anyOf ? 'anyOf' : 'oneOf';
      for (const [i] of branches.entries()) {
        const branch = this.broken({ ...place, at: `${place.at}/${kind}/${i}`, seed: undefined });
        if (branch) out.push(branch);
      }
      return out;
    }
    const values = schema.enum ?? ('const' in schema ? [schema.const] : undefined);
    if (values) {
      const first = values[0];
      const near = [`${String(first)}x`, String(first).toUpperCase(), ` ${String(first)}`, 'other', ''];
      out.push(
        fc
          .constantFrom(...near)
          .map((value) => ({ value, how: how(`outside the enum: ${JSON.stringify(value)}`) })),
      );
      return out;
    }
    const types = this.typesOf(schema);
    const valid = this.generate(schema, place);
    if (types.includes('string')) {
      if (schema.minLength)
        out.push(fc.constant({ value: 'a'.repeat(schema.minLength - 1), how: how('minLength-1') }));
      if (schema.maxLength !== undefined && schema.maxLength < 100_000) {
        const over = schema.maxLength + 1;
        // Padded with letters, or with spaces before or after: a server that trims before it
        // counts takes the spaces, which the document's maxLength does not.
        out.push(
          fc.tuple(valid, fc.constantFrom('a', ' ', 'before')).map(([v, pad]) => {
            const text = typeof v === 'string' ? v : '';
            const fill = (pad === 'a' ? 'a' : ' ').repeat(Math.max(0, over - lengthOf(text)));
            const value = pad === 'before' ? fill + text : text + fill;
            return {
              value,
              how: how(
                `maxLength+1 (padded with ${pad === 'a' ? 'letters' : `spaces ${pad === 'before' ? 'before' : 'after'}`})`,
              ),
            };
          }),
        );
      }
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        const mutations = (v: string) => [
          ` ${v}`,
          `${v} `,
          `${v}\n`,
          `${v}\u200b`,
          `\u200b${v}`,
          v.toUpperCase(),
          `${v}x`,
          v.slice(1),
          `x${v}`,
        ];
        out.push(
          fc.tuple(valid, fc.nat({ max: 8 })).map(([v, i]) => {
            const text = typeof v === 'string' ? v : '';
            const all = mutations(text);
            const choice = [...all.slice(i), ...all.slice(0, i)].find((m) => !pattern.test(m)) ?? '';
            return { value: choice, how: how(`not matching ${schema.pattern}`) };
          }),
        );
      }
      const format = schema.format ? FORMATS[schema.format] : undefined;
      if (format)
        out.push(
          fc.constantFrom(...format.broken).map((value) => ({ value, how: how(`not a ${schema.format}`) })),
        );
    }
    for (const type of ['integer', 'number'] as const) {
      if (!types.includes(type) || (type === 'number' && types.includes('integer'))) continue;
      const [min, max] = this.bounds(type, schema);
      const step = type === 'integer' ? 1 : 0.5;
      const edges: Variant[] = [];
      if (schema.minimum !== undefined) edges.push({ value: schema.minimum - step, how: how('minimum-1') });
      if (schema.maximum !== undefined) edges.push({ value: schema.maximum + step, how: how('maximum+1') });
      if (schema.exclusiveMinimum !== undefined)
        edges.push({ value: schema.exclusiveMinimum, how: how('at exclusiveMinimum') });
      if (schema.exclusiveMaximum !== undefined)
        edges.push({ value: schema.exclusiveMaximum, how: how('at exclusiveMaximum') });
      if (type === 'integer' && min < max) edges.push({ value: min + 0.5, how: how('a fraction') });
      if (edges.length) out.push(fc.constantFrom(...edges));
      if (max < 1e21) out.push(fc.constant({ value: 1e21, how: how('1e21') }));
    }
    if (types.includes('array') && !place.wire) {
      const itemAt = `${place.at}/items`;
      const item = this.valid({ at: itemAt, path: `${place.path}[]`, name: place.name });
      if (schema.minItems)
        out.push(
          fc.array(item, { minLength: schema.minItems - 1, maxLength: schema.minItems - 1 }).map((value) => ({
            value,
            how: how('minItems-1'),
          })),
        );
      if (schema.maxItems !== undefined && schema.maxItems < 1_000)
        out.push(
          fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 }).map((value) => ({
            value,
            how: how('maxItems+1'),
          })),
        );
      const brokenItem = schema.items
        ? this.broken({ at: itemAt, path: `${place.path}[]`, name: place.name })
        : undefined;
      if (brokenItem)
        out.push(
          fc
            .tuple(valid, brokenItem)
            .map(([v, b]) => ({ value: [...(Array.isArray(v) ? v : []), b.value], how: b.how })),
        );
    }
    if (types.includes('object') && !place.wire) {
      const properties = schema.properties ?? {};
      const seed = isPlainObject(place.seed) ? place.seed : {};
      const asObject = valid.map((v) => (isPlainObject(v) ? v : {}));
      for (const name of schema.required ?? [])
        out.push(
          asObject.map((v) => {
            const { [name]: _, ...rest } = v;
            return { value: rest, how: how(`without the required ${name}`) };
          }),
        );
      if (schema.additionalProperties === false)
        out.push(
          fc
            .tuple(asObject, fc.constantFrom(...UNKNOWN_KEYS.filter((k) => !(k in properties))))
            .map(([v, key]) => ({
              value: { ...v, [key]: 'x' },
              how: how(`unknown key ${key}`),
            })),
        );
      for (const name of Object.keys(properties)) {
        const child = this.broken({
          at: `${place.at}/properties/${pointer(name)}`,
          path: `${place.path}.${name}`,
          name,
          seed: seed[name],
        });
        if (child)
          out.push(
            fc.tuple(asObject, child).map(([v, b]) => ({ value: { ...v, [name]: b.value }, how: b.how })),
          );
      }
      if (isPlainObject(schema.additionalProperties)) {
        const child = this.broken({ at: `${place.at}/additionalProperties`, path: `${place.path}.{key}` });
        if (child)
          out.push(
            fc.tuple(asObject, child).map(([v, b]) => ({ value: { ...v, extra_key: b.value }, how: b.how })),
          );
      }
    }
    return out;
  }

  /**
   * What every value of the place must survive, accepted by the document or not: hostile
   * strings (far dates, lone surrogates, zero-width, bidi, NUL, combining marks, emoji, RTL,
   * very long text) in each string, edge numbers, prototype keys in each object, reversed
   * ranges, duplicated items.
   */
  hostile(place: Place): fc.Arbitrary<Variant> {
    const { schema, at } = this.resolve(place.at);
    const here = { ...place, at };
    const how = (what: string) => `${place.path}: ${what}`;
    const kinds: fc.Arbitrary<Variant>[] = [];
    const branches = schema.anyOf ?? schema.oneOf;
    const types = new Set(
      branches
        ? branches.flatMap((_, i) =>
            this.typesOf(this.resolve(`${at}/${schema.anyOf ? 'anyOf' : 'oneOf'}/${i}`).schema),
          )
        : this.typesOf(schema),
    );
    const valid = this.valid(here);
    if (types.has('string') || place.wire || schema.enum) {
      kinds.push(
        fc
          .constantFrom(...HOSTILE_STRINGS)
          .map((value) => ({ value, how: how(`hostile ${JSON.stringify(value)}`) })),
      );
      kinds.push(
        fc
          .tuple(valid, fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom('prefix', 'suffix', 'inside'))
          .map(([v, odd, where]) => {
            const text = wireText(v);
            const cut = Math.floor(text.length / 2);
            const value =
              where === 'prefix'
                ? odd + text
                : where === 'suffix'
                  ? text + odd
                  : text.slice(0, cut) + odd + text.slice(cut);
            return { value, how: how(`valid with ${JSON.stringify(odd)} (${where})`) };
          }),
      );
      kinds.push(
        hugeString.map((value) => ({
          value,
          how: how(`${lengthOf(value)} × ${JSON.stringify([...value][0])}`),
        })),
      );
      if (schema.maxLength !== undefined)
        kinds.push(
          fc.constantFrom('a', 'é', '😀', '\u0301').map((unit) => ({
            value: unit.repeat(schema.maxLength as number),
            how: how(`maxLength of ${JSON.stringify(unit)}`),
          })),
        );
    }
    if (types.has('integer') || types.has('number')) {
      const edges = [0, -0, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 2 ** 31, 1e21, 0.1, 1e-7, -1, 1e308];
      if (schema.minimum !== undefined) edges.push(schema.minimum);
      if (schema.maximum !== undefined) edges.push(schema.maximum, schema.maximum - 1);
      kinds.push(
        fc
          .constantFrom(...edges)
          .map((value) => ({ value: place.wire ? String(value) : value, how: how(`number ${value}`) })),
      );
    }
    if (types.has('array') && !place.wire) {
      kinds.push(
        valid.map((v) => {
          const items = Array.isArray(v) ? v : [];
          return { value: [...items, ...items], how: how('every item twice') };
        }),
      );
      if (schema.items) {
        const item = this.hostile({ at: `${at}/items`, path: `${place.path}[]`, name: place.name });
        kinds.push(
          fc
            .tuple(valid, item)
            .map(([v, h]) => ({ value: [...(Array.isArray(v) ? v : []), h.value], how: h.how })),
        );
      }
    }
    if (types.has('object') && !place.wire) {
      const asObject = valid.map((v) => (isPlainObject(v) ? v : {}));
      const prototypeValue = fc.constantFrom<unknown>({ polluted: 'yes' }, 'x', [], null, 1);
      kinds.push(
        fc.tuple(asObject, fc.constantFrom(...PROTOTYPE_KEYS), prototypeValue).map(([v, key, value]) => ({
          value: withOwnKey(v, key, value),
          how: how(`key ${key}`),
        })),
      );
      const properties = schema.properties ?? {};
      for (const name of Object.keys(properties)) {
        const child = this.hostile({
          at: `${at}/properties/${pointer(name)}`,
          path: `${place.path}.${name}`,
          name,
        });
        kinds.push(
          fc.tuple(asObject, child).map(([v, h]) => ({ value: { ...v, [name]: h.value }, how: h.how })),
        );
      }
      if (isPlainObject(schema.additionalProperties)) {
        const value = this.valid({ at: `${at}/additionalProperties`, path: `${place.path}.{key}` });
        kinds.push(
          fc
            .tuple(asObject, fc.constantFrom(...PROTOTYPE_KEYS, ...HOSTILE_STRINGS.slice(0, 40)), value)
            .map(([v, key, x]) => ({
              value: withOwnKey(v, key, x),
              how: how(`map key ${JSON.stringify(key)}`),
            })),
        );
      }
      for (const [from, to] of RANGE_PAIRS) {
        if (!(from in properties && to in properties)) continue;
        const fromPlace = {
          at: `${at}/properties/${pointer(from)}`,
          path: `${place.path}.${from}`,
          name: from,
        };
        const toPlace = { at: `${at}/properties/${pointer(to)}`, path: `${place.path}.${to}`, name: to };
        kinds.push(
          fc.tuple(asObject, this.valid(fromPlace), this.valid(toPlace)).map(([v, a, b]) => {
            const [high, low] = compare(a, b) >= 0 ? [a, b] : [b, a];
            return { value: { ...v, [from]: high, [to]: low }, how: how(`reversed ${from} ≥ ${to}`) };
          }),
          fc.tuple(asObject, this.valid(fromPlace), SPANS).map(([v, a, span]) => ({
            value: { ...v, [from]: a, [to]: shifted(a, span) },
            how: how(`${to} = ${from} + ${span}`),
          })),
        );
      }
    }
    if (!kinds.length) kinds.push(valid.map((value) => ({ value, how: how('valid') })));
    return fc.oneof(...kinds);
  }
}
