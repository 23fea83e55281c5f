import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { batchGetAll } from '../platform/db/read-all.ts';
import {
  type StoredPayoutAccount,
  StoredPayoutAccountSchema,
  type StoredPayoutDetails,
  StoredPayoutDetailsSchema,
} from './payout.schema.ts';

/** Writes an ambassador's payout details (sealed), replacing what was there. */
export async function putPayoutDetailsItem(details: StoredPayoutDetails): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.payoutDetails(details.programId, details.ambassadorId),
        entity: ENTITY.payoutDetails,
        ...details,
      },
    }),
  );
}

export async function findPayoutDetails(
  programId: string,
  ambassadorId: string,
): Promise<StoredPayoutDetails | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.payoutDetails(programId, ambassadorId),
      ConsistentRead: true,
    }),
  );
  return Item ? StoredPayoutDetailsSchema.parse(Item) : undefined;
}

/** The payout details of these ambassadors, by ambassador id; those without any are left out. */
export async function findPayoutDetailsOf(
  programId: string,
  ambassadorIds: readonly string[],
): Promise<Map<string, StoredPayoutDetails>> {
  const items = await batchGetAll(
    ambassadorIds.map((id) => keys.payoutDetails(programId, id)),
    true,
  );
  return new Map(
    items.map((item) => StoredPayoutDetailsSchema.parse(item)).map((d) => [d.ambassadorId, d] as const),
  );
}

/** Writes the brand's payout account (sealed), replacing what was there. */
export async function putPayoutAccountItem(account: StoredPayoutAccount): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...keys.payoutAccount(account.programId), entity: ENTITY.payoutAccount, ...account },
    }),
  );
}

export async function findPayoutAccount(programId: string): Promise<StoredPayoutAccount | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.payoutAccount(programId), ConsistentRead: true }),
  );
  return Item ? StoredPayoutAccountSchema.parse(Item) : undefined;
}
