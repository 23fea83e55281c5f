import { encodeTime, monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

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
