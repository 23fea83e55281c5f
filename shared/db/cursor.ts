import { AppError } from '../errors.ts';

type Key = Record<string, string>;

/** Encodes a `LastEvaluatedKey` as an opaque, URL-safe cursor. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor and checks it belongs to the partition being queried, so a cursor
 * cannot be pointed at another program's data.
 * @throws AppError `bad_request` when the cursor is malformed or foreign.
 */
export function decodeCursor(
  cursor: string | undefined,
  expected: { attribute: string; value: string },
): Key | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const invalid = () => new AppError('bad_request', 'The cursor is invalid; start again without one');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const entries = Object.entries(parsed);
  if (
    entries.length === 0 ||
    entries.length > 6 ||
    !entries.every(([, v]) => typeof v === 'string' && v.length < 512)
  ) {
    throw invalid();
  }
  const key = parsed as Key;
  if (key[expected.attribute] !== expected.value) throw invalid();
  return key;
}
