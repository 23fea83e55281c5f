import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type Refund, RefundSchema } from './conversion.schema.ts';

export async function findRefund(
  programId: string,
  orderId: string,
  refundId: string,
): Promise<Refund | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.refund(programId, orderId, refundId),
      ConsistentRead: true,
    }),
  );
  return Item ? RefundSchema.parse(Item) : undefined;
}

/** Puts a refund once: its condition fails when the same refund id is already there. */
export function newRefundItem(refund: Refund): TransactItem {
  return putOnce({
    ...keys.refund(refund.programId, refund.orderId, refund.refundId),
    entity: ENTITY.refund,
    ...refund,
  });
}
