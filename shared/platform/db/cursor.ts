import { AppError } from '../../errors.ts';

type Key = Record<string, string | number>;

/** Encodes a `LastEvaluatedKey` as an opaque, URL-safe cursor. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What a cursor for one query must look like: exactly these attributes, with these values or prefixes. */
export type CursorShape = {
  /** Attribute → the exact value it must have (the partition being paged). */
  equal: Record<string, string>;
  /** Attribute → the prefix its value must start with. */
  prefix: Record<string, string>;
  /** Attributes whose value must be a finite number (a numeric sort key). */
  numbers?: readonly string[];
};

/**
 * The shape of a cursor for a query on an index within one of its partitions, over items keyed
 * like `item` (a key builder called with empty ids: `keys.conversion('', '')`). The page's
 * last key is the item's own key and the index's: the item keys must have their prefixes, the
 * index's partition must be the one queried.
 */
export function indexCursorShape(
  index: { partitionKey: string; sortKey: string; sortKeyType?: 'S' | 'N' },
  partition: string,
  item: { pk: string; sk: string },
): CursorShape {
  const numeric = index.sortKeyType === 'N';
  return {
    equal: { [index.partitionKey]: partition },
    prefix: { pk: item.pk, sk: item.sk, ...(numeric ? {} : { [index.sortKey]: '' }) },
    ...(numeric ? { numbers: [index.sortKey] } : {}),
  };
}

/**
 * Decodes a cursor, accepting only a key of the query's exact shape, so a forged cursor can
 * neither reach another program's data nor make DynamoDB reject the start key.
 * @throws AppError `bad_request` when the cursor is malformed or foreign.
 */
export function decodeCursor(cursor: string | undefined, shape: CursorShape): Key | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const invalid = () => new AppError('bad_request', 'The cursor is invalid; start again without one');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const key = parsed as Record<string, unknown>;
  const numbers = shape.numbers ?? [];
  const expected = [...Object.keys(shape.equal), ...Object.keys(shape.prefix), ...numbers].sort();
  if (JSON.stringify(Object.keys(key).sort()) !== JSON.stringify(expected)) throw invalid();
  for (const [attribute, value] of Object.entries(shape.equal)) {
    if (key[attribute] !== value) throw invalid();
  }
  for (const [attribute, prefix] of Object.entries(shape.prefix)) {
    const value = key[attribute];
    if (typeof value !== 'string' || !value.startsWith(prefix) || value.length > 512) throw invalid();
  }
  for (const attribute of numbers) {
    // Within DynamoDB's range of numbers, so a forged one is refused here, not by DynamoDB.
    const value = key[attribute];
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) >= 1e38) throw invalid();
  }
  return key as Key;
}
