import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';

/** Whether the ambassador's first attributed sale in the program is already claimed. */
export async function hasFirstSale(programId: string, userId: string): Promise<boolean> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.firstSale(programId, userId), ConsistentRead: true }),
  );
  return Item !== undefined;
}

/** Claims the first sale for this order; its condition fails when another order claimed it first. */
export function firstSaleClaim(programId: string, userId: string, orderId: string, at: string): TransactItem {
  return putOnce({
    ...keys.firstSale(programId, userId),
    entity: ENTITY.firstSale,
    programId,
    userId,
    orderId,
    createdAt: at,
  });
}
