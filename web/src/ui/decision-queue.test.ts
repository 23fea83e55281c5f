import { describe, expect, it } from 'vitest';
import { bulkCounts, occupantOf, refreshed, withoutShown } from './decision-queue.ts';

type Post = { id: string; status: string };
const idOf = (post: Post) => post.id;
const posts = (...ids: string[]): Post[] => ids.map((id) => ({ id, status: 'pending' }));

describe('withoutShown', () => {
  it('drops the items of a later page that the queue already shows', () => {
    // Prepare: two decisions shifted the server's pages, so the next one repeats b and c.
    const shown = posts('a', 'b', 'c');
    const next = posts('b', 'c', 'd', 'e');

    // Act
    const fresh = withoutShown(next, shown, idOf);

    // Assess
    expect(fresh.map(idOf)).toEqual(['d', 'e']);
  });

  it('keeps a page with nothing in common whole, in its order', () => {
    expect(withoutShown(posts('z', 'y'), posts('a'), idOf).map(idOf)).toEqual(['z', 'y']);
  });
});

describe('occupantOf', () => {
  it('gives the item that took the place of the one that left', () => {
    // Prepare: b (index 1) left a, b, c.
    const rest = posts('a', 'c');

    // Act and assess
    expect(occupantOf(rest, 1)?.id).toBe('c');
  });

  it('gives the last item when the last one left, and none when the queue is empty', () => {
    expect(occupantOf(posts('a', 'b'), 2)?.id).toBe('b');
    expect(occupantOf(posts('a'), -1)?.id).toBe('a');
    expect(occupantOf([], 0)).toBeUndefined();
  });
});

describe('refreshed', () => {
  it('brings one item up to date and leaves the others as they were', () => {
    // Prepare
    const items = posts('a', 'b');

    // Act
    const next = refreshed(items, 'b', { status: 'approved' }, idOf);

    // Assess
    expect(next).toEqual([
      { id: 'a', status: 'pending' },
      { id: 'b', status: 'approved' },
    ]);
    expect(next[0]).toBe(items[0]);
    expect(items[1]?.status).toBe('pending');
  });
});

describe('bulkCounts', () => {
  it('counts what was decided, what met a conflict and what failed, by position', () => {
    // Prepare
    const items = posts('a', 'b', 'c', 'd');
    const results = [
      { ok: true, value: 'decided' },
      { ok: false, error: new Error('offline') },
      { ok: true, value: 'conflict' },
      { ok: true, value: 'decided' },
    ] as const;

    // Act
    const counts = bulkCounts(items, results, idOf);

    // Assess
    expect([...counts.decided]).toEqual(['a', 'd']);
    expect(counts.conflicts).toBe(1);
    expect(counts.failed).toBe(1);
  });
});
