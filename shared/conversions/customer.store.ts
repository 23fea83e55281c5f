import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';

/** Whether another order of this customer came first (by hashed email), and that first order's id. */
export async function findCustomer(programId: string, hash: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.customer(programId, hash), ConsistentRead: true }),
  );
  return typeof Item?.firstOrderId === 'string' ? Item.firstOrderId : undefined;
}

/** Claims a customer's first order, once, so a concurrent second order sees it. */
export function newCustomerClaimItem(
  programId: string,
  hash: string,
  firstOrderId: string,
  at: string,
): TransactItem {
  return putOnce({ ...keys.customer(programId, hash), entity: ENTITY.customer, programId, firstOrderId, at });
}
