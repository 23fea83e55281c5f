import { encodeTime, monotonicFactory } from 'ulid';

/**
 * Random bytes for the ids, drawn from the system's generator 4 KB at a time. ulid's own draws
 * one byte per call to crypto.getRandomValues, 16 calls an id: at a viral burst that was a
 * tenth of the redirect's CPU. The values are the same kind, byte for byte: `byte / 256`.
 */
const pool = new Uint8Array(4096);
let next = pool.length;
function pooledRandom(): number {
  if (next === pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  return (pool[next++] as number) / 256;
}

const nextUlid = monotonicFactory(pooledRandom);

/** A new time-sortable id (ULID, 26 Crockford base-32 characters). */
export function newId(now: number = Date.now()): string {
  return nextUlid(now);
}

/** The current instant as ISO-8601 UTC. All stored times use this form. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/**
 * A time-sortable id that is the same every time for the same event: the ULID time part of
 * `at`, then a stable suffix. Writing it twice overwrites, so a retried fan-out never doubles.
 */
export function deterministicId(at: string | number, suffix: string): string {
  return `${encodeTime(typeof at === 'number' ? at : Date.parse(at), 10)}${suffix}`;
}
