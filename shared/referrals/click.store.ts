import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type StoredClick, StoredClickSchema } from './click.schema.ts';

/**
 * Clicks are kept for attribution: the program's window, and a week more for orders reported
 * late. Most of the table's storage is clicks, so they go when attribution no longer needs them.
 */
const CLICK_MARGIN_DAYS = 7;

export type Click = {
  clickId: string;
  programId: string;
  code: string;
  userId: string;
  slug?: string;
  /** The challenge the tracked link was made for, if any: its sales count for that challenge. */
  challengeId?: string;
  at: string;
  /** Keyed hashes: visitors are told apart, never identified. */
  ipHash: string;
  uaHash: string;
  country?: string;
  /** One counted click per visitor per link per hour: the aggregator dedupes on this. */
  visitKey: string;
  /** The program's attribution window when clicked: how long the click is kept (not stored). */
  attributionWindowDays: number;
  /**
   * Whether the program credits a visitor's first click (not stored): only then is the click put
   * on the visitor index, which `first_click` reads; under `last_click` the index would be a
   * second write and a second copy of every click, never read.
   */
  indexByVisitor: boolean;
};

/** One write to a random partition (the click id): a viral burst at one code has no hot key. */
export async function putClick({ attributionWindowDays, indexByVisitor, ...click }: Click): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.click(click.clickId),
        entity: ENTITY.click,
        ...click,
        ...(indexByVisitor
          ? indexKeys.clicksByVisitor(click.programId, click.ipHash, click.uaHash, click.at, click.clickId)
          : {}),
        expiresAt:
          Math.floor(Date.parse(click.at) / 1000) + (attributionWindowDays + CLICK_MARGIN_DAYS) * 86_400,
      },
    }),
  );
}

export async function findClick(clickId: string): Promise<StoredClick | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.click(clickId) }));
  return Item ? StoredClickSchema.parse(Item) : undefined;
}

/**
 * The first click in `click`'s program from the same visitor (hashed IP and user agent) between
 * `from` and `orderAt`, if any: clicks are on the visitor index only under `first_click`.
 */
export async function findFirstClickOfVisitor(
  click: StoredClick,
  from: string,
  orderAt: string,
): Promise<StoredClick | undefined> {
  if (!click.ipHash || !click.uaHash) return undefined;
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: ACCESS_PATTERNS.clicksByVisitor.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': indexKeys.clicksByVisitorPartition(click.programId, click.ipHash, click.uaHash),
        ':from': from,
        ':to': `${orderAt}~`,
      },
      Limit: 1,
    }),
  );
  return Items?.[0] ? StoredClickSchema.parse(Items[0]) : undefined;
}
