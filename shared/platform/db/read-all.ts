import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { type CursorShape, decodeCursor, encodeCursor } from './cursor.ts';

type Item = Record<string, unknown>;

/** Every item a query matches, page after page (for partitions known to stay small). */
export async function queryAll(
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page: QueryCommandOutput = await db.send(
      new QueryCommand({ TableName: tableName, ...input, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** One of the generic indexes, as ACCESS_PATTERNS names them. */
type Index = { name: string; partitionKey: string; sortKey: string };

/**
 * The first `limit` items of a time-ordered index partition whose sort key (`{ISO time}#…`) is
 * due by `now`, oldest first: the reminders' and sweeps' work.
 */
export async function queryDue(index: Index, partition: string, now: string, limit: number): Promise<Item[]> {
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk AND #sk <= :now',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      // Past every `{now}#…` key, whatever follows the time.
      ExpressionAttributeValues: { ':pk': partition, ':now': `${now}\uffff` },
      Limit: limit,
    }),
  );
  return Items;
}

/**
 * The items with these keys (missing ones left out), 100 keys a request, unprocessed keys
 * retried; strongly consistent reads when `consistent` is set; only the `attributes` named, when given.
 */
export async function batchGetAll(
  keys: Item[],
  consistent = false,
  attributes?: readonly string[],
): Promise<Item[]> {
  const projection = attributes && {
    ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])),
  };
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let request: Item[] | undefined = keys.slice(i, i + 100);
    for (let attempt = 0; request?.length && attempt < 5; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
      const result: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: { Keys: request, ...(consistent ? { ConsistentRead: true } : {}), ...projection },
          },
        }),
      );
      found.push(...(result.Responses?.[tableName] ?? []));
      request = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
}

/**
 * One page of a query, from an opaque cursor to the next. The cursor must have `shape`
 * (the query's own partition and key attributes), so it cannot be pointed elsewhere. A page
 * with a `Limit` reads one item more, to know whether another page follows: the last page has
 * no cursor, so no "next" leads to an empty page (unless a `ProjectionExpression` leaves the
 * keys out, or a filter makes DynamoDB stop with a key before the end).
 * @throws AppError `bad_request` for a malformed or foreign cursor.
 */
export async function queryPage(
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  cursor: string | undefined,
  shape: CursorShape,
): Promise<{ items: Item[]; nextCursor?: string }> {
  const limit = input.Limit;
  const peek = limit !== undefined && input.ProjectionExpression === undefined;
  const result: QueryCommandOutput = await db.send(
    new QueryCommand({
      TableName: tableName,
      ...input,
      ...(peek ? { Limit: limit + 1 } : {}),
      ExclusiveStartKey: decodeCursor(cursor, shape),
    }),
  );
  const items = result.Items ?? [];
  if (peek && items.length > limit) {
    const page = items.slice(0, limit);
    return { items: page, nextCursor: encodeCursor(cursorKeyOf(page.at(-1) ?? {}, shape)) };
  }
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return { items, ...(nextCursor ? { nextCursor } : {}) };
}

/**
 * The key DynamoDB would give as the last evaluated one at this item: the attributes of `shape`
 * (an item read without one would give a cursor that `decodeCursor` refuses, never a wrong page).
 */
const cursorKeyOf = (item: Item, shape: CursorShape): Item =>
  Object.fromEntries(
    [...Object.keys(shape.equal), ...Object.keys(shape.prefix), ...(shape.numbers ?? [])].map((name) => [
      name,
      item[name],
    ]),
  );
