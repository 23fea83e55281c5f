import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenApiContract } from '../contract/openapi-contract.ts';
import { DocumentArbitraries, shifted } from './from-document.ts';

/** A document with every keyword and format the generators know, some the API does not use yet. */
const document = {
  openapi: '3.1.0',
  info: { title: 'keywords', version: '1' },
  paths: {},
  components: {
    schemas: {
      Rate: {
        oneOf: [
          {
            type: 'object',
            properties: {
              kind: { const: 'percent' },
              basisPoints: { type: 'integer', minimum: 0, maximum: 10_000 },
            },
            required: ['kind', 'basisPoints'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: { kind: { type: 'string', enum: ['flat'] }, amount: { type: 'integer', minimum: 0 } },
            required: ['kind', 'amount'],
            additionalProperties: false,
          },
        ],
      },
      Everything: {
        type: 'object',
        properties: {
          title: { type: 'string', minLength: 1, maxLength: 12 },
          month: { type: 'string', pattern: '^(?:20\\d\\d|2100)-(?:0[1-9]|1[0-2])$' },
          domain: { type: 'string', pattern: '^(?=.{1,40}$)([a-z0-9]+\\.)+[a-z]{2,6}$' },
          tag: { type: 'string', pattern: '^[#@]?[\\p{L}\\p{N}_.]{1,20}$' },
          at: { type: 'string', format: 'date-time' },
          day: { type: 'string', format: 'date' },
          email: { type: 'string', format: 'email', maxLength: 60 },
          link: { type: 'string', format: 'uri' },
          id: { type: 'string', format: 'uuid' },
          host: { type: 'string', format: 'hostname' },
          ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
          step: { type: 'integer', multipleOf: 5, minimum: 0, maximum: 100 },
          count: { type: ['integer', 'null'], minimum: 1, maximum: 9 },
          flag: { type: 'boolean' },
          kind: { const: 'fixed' },
          period: {
            anyOf: [
              { type: 'string', enum: ['all'] },
              { type: 'string', pattern: '^\\d{4}$' },
            ],
          },
          tags: {
            type: 'array',
            items: { type: 'string', maxLength: 5 },
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
          },
          rate: { $ref: '#/components/schemas/Rate' },
          byTier: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Rate' } },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
        },
        required: ['title', 'rate', 'kind'],
        additionalProperties: false,
      },
    },
  },
};

const checker = new OpenApiContract(document as unknown as ConstructorParameters<typeof OpenApiContract>[0]);
const gen = new DocumentArbitraries(document, (at) => checker.validator(at));
const place = (name: string) => ({
  at: `/components/schemas/Everything/properties/${name}`,
  path: name,
  name,
});
const whole = { at: '/components/schemas/Everything', path: 'body' };

describe('the generators taken from a document', () => {
  const names = Object.keys(document.components.schemas.Everything.properties);

  it.each(names)('%s: valid values are accepted, broken ones refused, hostile ones generated', (name) => {
    for (const value of fc.sample(gen.valid(place(name)), { numRuns: 300, seed: 7 }))
      expect(gen.accepts(place(name), value), JSON.stringify(value)).toBe(true);
    const broken = gen.broken(place(name));
    expect(broken, `${name} can be broken`).toBeDefined();
    for (const { value, how } of fc.sample(broken as fc.Arbitrary<{ value: unknown; how: string }>, {
      numRuns: 300,
      seed: 7,
    }))
      expect(gen.accepts(place(name), value), `${how}: ${JSON.stringify(value)}`).toBe(false);
    expect(fc.sample(gen.hostile(place(name)), { numRuns: 50, seed: 7 }).length).toBe(50);
  });

  it('builds whole objects: valid ones accepted, each broken one refused in the way it says', () => {
    for (const value of fc.sample(gen.valid(whole), { numRuns: 500, seed: 3 }))
      expect(gen.accepts(whole, value), JSON.stringify(value)).toBe(true);
    const hows = new Set<string>();
    for (const { value, how } of fc.sample(
      gen.broken(whole) as fc.Arbitrary<{ value: unknown; how: string }>,
      {
        numRuns: 2_000,
        seed: 3,
      },
    )) {
      expect(gen.accepts(whole, value), `${how}: ${JSON.stringify(value)}`).toBe(false);
      hows.add(how.replace(/ ".*$| \(.*$|: wrong type .*$/, ''));
    }
    for (const expected of [
      'body: without the required title',
      'body: unknown key',
      'body.title: maxLength+1',
      'body.title: minLength-1',
      'body.ratio: at exclusiveMinimum',
      'body.count: maximum+1',
      'body.tags: maxItems+1',
      'body.tags: minItems-1',
      'body.rate.basisPoints: maximum+1',
      'body.kind: outside the enum:',
    ])
      expect(
        [...hows].some((h) => h.startsWith(expected)),
        `${expected} among ${[...hows].join(' | ')}`,
      ).toBe(true);
  });

  it('gives prototype keys, reversed and shifted ranges as hostile objects', () => {
    const hows = fc.sample(gen.hostile(whole), { numRuns: 3_000, seed: 5 }).map((v) => v.how);
    for (const expected of ['key __proto__', 'reversed from ≥ to', 'to = from + ', 'map key "__proto__"'])
      expect(
        hows.some((h) => h.includes(expected)),
        expected,
      ).toBe(true);
    const proto = fc
      .sample(gen.hostile(whole), { numRuns: 3_000, seed: 5 })
      .find((v) => v.how === 'body: key __proto__');
    expect(JSON.stringify(proto?.value)).toContain('"__proto__":');
  });

  it('moves dates by their own unit', () => {
    expect(shifted('2100-12', 1)).toBe('2101-01');
    expect(shifted('2026-01-31', 1)).toBe('2026-02-01');
    expect(shifted('0001-01-01', -1)).toBe('0000-12-31');
    expect(shifted('2026-01-01T00:00:00.000Z', 31)).toBe('2026-02-01T00:00:00.000Z');
    expect(shifted('soon', 3)).toBe('soon');
  });

  it('refuses keywords and formats it cannot generate, rather than skip them quietly', () => {
    const odd = {
      ...document,
      components: {
        schemas: { A: { type: 'string', format: 'iban' }, B: { not: { type: 'string' } } },
      },
    };
    const oddChecker = new OpenApiContract(
      odd as unknown as ConstructorParameters<typeof OpenApiContract>[0],
    );
    const oddGen = new DocumentArbitraries(odd, (at) => oddChecker.validator(at));
    expect(() => oddGen.valid({ at: '/components/schemas/A', path: 'a' })).toThrow(/format "iban"/);
    expect(() => oddGen.valid({ at: '/components/schemas/B', path: 'b' })).toThrow(/keyword "not"/);
  });
});
