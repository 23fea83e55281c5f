import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import LRUCache from './lru-cache.ts';

/** mnemonist's own, as the DynamoDB client loads it unbundled (CommonJS). */
const MnemonistLRU = createRequire(import.meta.url)('mnemonist/lru-cache') as new <K, V>(
  capacity: number,
) => Pick<LRUCache<K, V>, 'get' | 'peek' | 'has' | 'set' | 'clear'>;

describe('the bundles’ LRU cache (in place of mnemonist’s)', () => {
  it('drops the least recently used past its capacity; get refreshes, peek does not', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.peek('a')).toBe(1);
    cache.set('d', 4);
    expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
    cache.clear();
    expect(cache.has('c')).toBe(false);
    expect(cache.get('c')).toBeUndefined();
  });

  it('answers as mnemonist’s does for any run of the calls EndpointCache makes', () => {
    const key = fc.integer({ min: 0, max: 4 });
    const call = fc.oneof(
      { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), key, value: fc.integer() }) },
      {
        weight: 4,
        arbitrary: fc.record({ op: fc.constantFrom('get' as const, 'peek' as const, 'has' as const), key }),
      },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const) }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(call, { minLength: 20, maxLength: 80 }),
        (capacity, calls) => {
          const ours = new LRUCache<number, number>(capacity);
          const theirs = new MnemonistLRU<number, number>(capacity);
          for (const c of calls) {
            if (c.op === 'set') {
              ours.set(c.key, c.value);
              theirs.set(c.key, c.value);
            } else if (c.op === 'clear') {
              ours.clear();
              theirs.clear();
            } else expect(ours[c.op](c.key)).toEqual(theirs[c.op](c.key));
          }
        },
      ),
    );
  });
});
