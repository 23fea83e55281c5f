import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { linkOf, type TrackedLink } from './redirect.store.ts';

export type { TrackedLink };

/** Puts a new tracked link: its condition fails when the slug is taken for this code. */
export function newTrackedLinkItem(link: TrackedLink): TransactItem {
  return putOnce({ ...keys.trackedLink(link.code, link.slug), entity: ENTITY.trackedLink, ...link });
}

/** A code's tracked links (an ambassador makes a handful). */
export async function listTrackedLinks(code: string): Promise<TrackedLink[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.trackedLink(code, '').pk,
        ':prefix': keys.trackedLink(code, '').sk,
      },
      Limit: 200,
    }),
  );
  return (result.Items ?? []).map((item) => linkOf(code, item));
}
