import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { type OrderLedger, OrderLedgerSchema } from './conversion.schema.ts';

/** Why an order's write gives up: its ledger kept changing under concurrent writers. */
export const ORDER_TOO_FAST = 'This order is changing too fast; try again';

export async function readOrderLedger(programId: string, orderId: string): Promise<OrderLedger> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.orderLedger(programId, orderId), ConsistentRead: true }),
  );
  return OrderLedgerSchema.parse(Item ?? {});
}

/**
 * Writes the ledger's next state if it is still at the version read: the order and its refunds
 * serialise here, so neither can miss the other. Fields not named in `changes` keep their value.
 */
export function writeOrderLedger(
  programId: string,
  orderId: string,
  read: OrderLedger,
  changes: Partial<Omit<OrderLedger, 'version'>>,
): TransactItem {
  const { version: _version, ...kept } = read;
  const next = { ...kept, ...changes };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.orderLedger(programId, orderId),
        entity: ENTITY.orderLedger,
        programId,
        orderId,
        ...next,
        version: read.version + 1,
      },
      ConditionExpression: read.version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
      ...(read.version === 0 ? {} : { ExpressionAttributeValues: { ':version': read.version } }),
    },
  };
}
