import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../shared/platform/db/client.ts';

/** Object keys that are data, not names: days, months, ids. Shown as placeholders so shapes stay stable. */
function keyName(key: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return '<day>';
  if (/^\d{4}-\d{2}$/.test(key)) return '<month>';
  if (/^[0-9A-HJKMNP-TV-Z]{26}$/.test(key)) return '<id>';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) return '<uuid>';
  return key;
}

/** Objects that are maps (their keys are data): their keys show as `<key>`. */
const MAPS = new Set(['last30Days', 'byTier', 'byAmbassador', 'headers']);

/**
 * The key paths of a JSON value, sorted and without repeats: `items[].userId` for every key of
 * every element of every array. Values are left out: the shape is what a client can read.
 */
export function keyPaths(value: unknown): string[] {
  const paths = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const element of node) walk(element, `${path}[]`);
    } else if (node !== null && typeof node === 'object') {
      const map = MAPS.has(path.split('.').at(-1) ?? '');
      for (const [key, child] of Object.entries(node)) {
        const name = map ? '<key>' : keyName(key);
        const next = path ? `${path}.${name}` : name;
        paths.add(next);
        walk(child, next);
      }
    }
  };
  walk(value, '');
  return [...paths].sort();
}

/** Attributes of stored items whose values no response may carry. */
const SENSITIVE_ATTRIBUTES = [
  'ipHash',
  'uaHash',
  'customerEmailHash',
  'secretHash',
  'sealedSecret',
  'sealedDetails',
  'sealedAccount',
] as const;

/**
 * Reads this test file's table for the values behind the scenes: visitors' hashed IPs and user
 * agents, hashed customer emails, API key hashes, sealed Shopify secrets, and sealed payout
 * details and payout accounts.
 * @returns value → what it is.
 */
export async function storedSensitiveValues(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      for (const attribute of SENSITIVE_ATTRIBUTES) {
        const value = item[attribute];
        if (typeof value === 'string' && value.length >= 16)
          found.set(value, `${attribute} of a ${item.entity}`);
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}
