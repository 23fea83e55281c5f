import { describe, expect, it } from 'vitest';
import { runPool } from './run-pool.ts';

/** A task whose answers the test gives by hand, one item at a time. */
function manualTask() {
  const waiting = new Map<number, { resolve: (value: number) => void; reject: (error: Error) => void }>();
  let running = 0;
  let most = 0;
  const task = (item: number) =>
    new Promise<number>((resolve, reject) => {
      running++;
      most = Math.max(most, running);
      const settle = () => running--;
      waiting.set(item, {
        resolve: (value) => {
          settle();
          resolve(value);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
    });
  return { task, waiting, most: () => most };
}

/** Lets the pool's workers take their next items. */
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('runPool', () => {
  it('runs at most `limit` tasks at once and answers in the items’ order', async () => {
    // Prepare
    const { task, waiting, most } = manualTask();
    const settled: number[] = [];

    // Act: finish them in another order than they started.
    const done = runPool([1, 2, 3, 4, 5], 2, task, (item) => settled.push(item));
    await flush();
    expect([...waiting.keys()]).toEqual([1, 2]);
    waiting.get(2)?.resolve(20);
    await flush();
    waiting.get(1)?.reject(new Error('refused'));
    await flush();
    for (const item of [3, 4, 5]) {
      waiting.get(item)?.resolve(item * 10);
      await flush();
    }
    const results = await done;

    // Assess
    expect(most()).toBe(2);
    expect(settled).toEqual([2, 1, 3, 4, 5]);
    expect(results.map((r) => (r.ok ? r.value : 'failed'))).toEqual(['failed', 20, 30, 40, 50]);
  });

  it('answers at once for no items', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([]);
  });
});
