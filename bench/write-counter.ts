import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { observeItemCalls } from '../shared/platform/db/item-calls.ts';

type Key = { pk?: unknown; sk?: unknown };
type Input = {
  Item?: Key;
  Key?: Key;
  TransactItems?: Array<{ Put?: { Item?: Key }; Update?: { Key?: Key }; Delete?: { Key?: Key } }>;
  RequestItems?: Record<string, Array<{ PutRequest?: { Item?: Key }; DeleteRequest?: { Key?: Key } }>>;
};

/** The document client's commands reach the middleware as the low-level ones, marshalled. */
const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

/** The item keys a write command touches (a transaction or batch touches several). */
function keysOf(command: string, input: Input): Key[] {
  if (command === 'TransactWriteItemsCommand')
    return (input.TransactItems ?? []).map((t) => t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key ?? {});
  if (command === 'BatchWriteItemCommand')
    return Object.values(input.RequestItems ?? {}).flatMap((requests) =>
      requests.map((r) => r.PutRequest?.Item ?? r.DeleteRequest?.Key ?? {}),
    );
  return [input.Item ?? input.Key ?? {}];
}

/** A key attribute as the wire carries it (`{ S: '…' }`). */
const text = (value: unknown) =>
  typeof value === 'object' && value !== null && 'S' in value ? String(value.S) : String(value);

/**
 * Counts the writes each item receives, per wall-clock second, by watching the commands the
 * shared document client sends (the redirect's clicks and the aggregators' rollups alike).
 * Only writes the emulator accepted count: a transaction cancelled by a condition writes nothing.
 */
export function countWritesPerKey(client: DynamoDBDocumentClient) {
  const perKeySecond = new Map<string, Map<number, number>>();
  let active = false;
  const count = (key: Record<string, unknown>) => {
    const second = Math.floor(Date.now() / 1000);
    const id = `${text(key.pk)}|${text(key.sk)}`;
    const seconds = perKeySecond.get(id) ?? new Map<number, number>();
    seconds.set(second, (seconds.get(second) ?? 0) + 1);
    perKeySecond.set(id, seconds);
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (active && WRITES.has(String(context.commandName)))
        for (const key of keysOf(String(context.commandName), args.input as Input)) count(key);
      return result;
    },
    { step: 'initialize', name: 'benchWriteCounter' },
  );
  // The redirect's clicks go without the SDK's clients (shared/platform/db/item-calls.ts).
  observeItemCalls(({ operation, input }) => {
    if (active && operation === 'PutItem') count(input.Item ?? {});
  });
  return {
    start: () => {
      active = true;
    },
    stop: () => {
      active = false;
    },
    /** Each item's busiest second, as a distribution over items, and the busiest items. */
    report: (label: (id: string) => string) => {
      const peaks = [...perKeySecond.entries()].map(([id, seconds]) => ({
        key: label(id),
        peakPerSecond: Math.max(...seconds.values()),
        total: [...seconds.values()].reduce((a, b) => a + b, 0),
      }));
      peaks.sort((a, b) => b.peakPerSecond - a.peakPerSecond || b.total - a.total);
      const buckets = [
        ['1', 1, 1],
        ['2–10', 2, 10],
        ['11–100', 11, 100],
        ['101–800', 101, 800],
        ['over 800', 801, Number.POSITIVE_INFINITY],
      ] as const;
      return {
        items: peaks.length,
        maxPerSecond: peaks[0]?.peakPerSecond ?? 0,
        distribution: Object.fromEntries(
          buckets.map(([name, low, high]) => [
            name,
            peaks.filter((p) => p.peakPerSecond >= low && p.peakPerSecond <= high).length,
          ]),
        ),
        busiest: peaks.slice(0, 6),
      };
    },
  };
}
