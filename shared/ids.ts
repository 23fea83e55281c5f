import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** A new time-sortable id (ULID, 26 Crockford base-32 characters). */
export function newId(now: number = Date.now()): string {
  return nextUlid(now);
}

/** The current instant as ISO-8601 UTC. All stored times use this form. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
