import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Conversion, ConversionSchema } from './conversion.schema.ts';

/** The stored form of an order: keyed by its order id (one per order), on the by-time index. */
export function conversionItem(conversion: Conversion, keyId: string, customerEmailHash?: string) {
  return {
    ...keys.conversion(conversion.programId, conversion.orderId),
    entity: ENTITY.conversion,
    ...conversion,
    ...indexKeys.conversionsByTime(conversion.programId, conversion.occurredAt, conversion.orderId),
    keyId,
    ...(customerEmailHash ? { customerEmailHash } : {}),
  };
}

/** Sets an order's refunded total; its condition fails when the order is not stored. */
export function refundedAmountUpdate(
  programId: string,
  orderId: string,
  refundedAmount: number,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.conversion(programId, orderId),
      UpdateExpression: 'SET refundedAmount = :total',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':total': refundedAmount },
    },
  };
}

/** Puts an order once: its condition fails when another delivery of the same order came first. */
export function newConversionItem(
  conversion: Conversion,
  keyId: string,
  customerEmailHash?: string,
): TransactItem {
  return putOnce(conversionItem(conversion, keyId, customerEmailHash));
}

export async function findConversion(programId: string, orderId: string): Promise<Conversion | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.conversion(programId, orderId), ConsistentRead: true }),
  );
  return Item ? ConversionSchema.parse(Item) : undefined;
}

/**
 * A page of a program's orders, newest first, between two UTC days (either open). `code` and
 * `codeOnly` filter the page as it is read (a leak alert's day is a few dozen orders): a page
 * may then hold fewer than `limit`, and `nextCursor` says whether more remain.
 */
export async function listConversionsByTime(
  programId: string,
  query: {
    from?: string | undefined;
    to?: string | undefined;
    code?: string | undefined;
    codeOnly?: boolean | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<Conversion>> {
  const index = ACCESS_PATTERNS.conversionsByTime;
  const partition = indexKeys.conversionsByTimePartition(programId);
  const filters: string[] = [];
  if (query.code !== undefined) filters.push('attribution.code = :code');
  // Orders recorded before `codeOnly` was kept read it from `via`.
  const codeOnly =
    '(attribution.codeOnly = :yes OR (attribution.via = :via AND attribute_not_exists(attribution.codeOnly)))';
  if (query.codeOnly !== undefined) filters.push(query.codeOnly ? codeOnly : `NOT ${codeOnly}`);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      ExpressionAttributeValues: {
        ':pk': partition,
        ':from': query.from ?? '0',
        ':to': `${query.to ?? '9'}~`,
        ...(query.code !== undefined ? { ':code': query.code } : {}),
        ...(query.codeOnly !== undefined ? { ':yes': true, ':via': 'code' } : {}),
      },
      ScanIndexForward: false,
      Limit: query.limit,
    },
    query.cursor,
    indexCursorShape(index, partition, keys.conversion('', '')),
  );
  return { ...page, items: page.items.map((item) => ConversionSchema.parse(item)) };
}
