import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { indexKeys, keys } from '../platform/db/keys.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type StoredClick, StoredClickSchema } from './click.schema.ts';

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
