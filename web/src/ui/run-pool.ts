/** How one item of a pool went: its value, or what it threw. */
export type PoolResult<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `task` over `items`, at most `limit` at once, so a bulk action does not flood the API;
 * each result says done or failed, in the items' order.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
  onSettled?: (item: T, result: PoolResult<R>) => void,
): Promise<PoolResult<R>[]> {
  const results: PoolResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      let result: PoolResult<R>;
      try {
        result = { ok: true, value: await task(item) };
      } catch (error) {
        result = { ok: false, error };
      }
      results[index] = result;
      onSettled?.(item, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
