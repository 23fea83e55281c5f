import type { PoolResult } from './run-pool.ts';

/** What a queue shows on an item beside the item itself. */
export type ItemState =
  | { state: 'running' }
  | { state: 'failed'; message: string }
  | { state: 'conflict'; message: string };

/** How a decision went: sent, or someone else decided first (the item shows their decision). */
export type Outcome = 'decided' | 'conflict';

/**
 * A later page's items less those already on screen: decisions meanwhile shift the server's
 * pages, so the next one can repeat items the queue holds.
 */
export function withoutShown<T>(items: readonly T[], shown: readonly T[], idOf: (item: T) => string): T[] {
  const ids = new Set(shown.map(idOf));
  return items.filter((item) => !ids.has(idOf(item)));
}

/** The item now at `index` once others left: the one that took its place, else the last. */
export function occupantOf<T>(items: readonly T[], index: number): T | undefined {
  return items[Math.min(Math.max(0, index), items.length - 1)];
}

/** The item with `id` brought up to date, the others as they were. */
export function refreshed<T>(
  items: readonly T[],
  id: string,
  fresh: Partial<T>,
  idOf: (item: T) => string,
): T[] {
  return items.map((item) => (idOf(item) === id ? { ...item, ...fresh } : item));
}

/** After a bulk decision: which items left the queue, and how many met a conflict or failed. */
export function bulkCounts<T>(
  items: readonly T[],
  results: readonly PoolResult<Outcome>[],
  idOf: (item: T) => string,
): { decided: Set<string>; conflicts: number; failed: number } {
  const decided = new Set<string>();
  let conflicts = 0;
  items.forEach((item, i) => {
    const result = results[i];
    if (result?.ok && result.value === 'decided') decided.add(idOf(item));
    else if (result?.ok) conflicts++;
  });
  return { decided, conflicts, failed: items.length - decided.size - conflicts };
}
