import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';

/** The most order ids a day's item keeps: past the highest threshold, more add nothing to the alert. */
export const MAX_LEAK_ORDER_IDS = 500;
const KEEP_DAYS = 90;

export type CodeLeakDay = { programId: string; code: string; ambassadorId: string; day: string };

/**
 * Adds a code-only order to its code's day. The ids are a string set, so the same order added
 * again (a redelivered stream record, a retry) changes nothing: the count is exact whatever the
 * repeats and whoever adds at the same time. Past {@link MAX_LEAK_ORDER_IDS} ids nothing is added.
 * @returns the day's order ids after the add, and whether its alert was raised already.
 */
export async function addCodeOnlyOrder(
  leak: CodeLeakDay,
  orderId: string,
): Promise<{ orderIds: string[]; alerted: boolean }> {
  try {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.codeLeakDay(leak.programId, leak.code, leak.day),
        UpdateExpression:
          'SET entity = :entity, programId = :programId, code = :code, ambassadorId = :ambassadorId, ' +
          '#day = :day, expiresAt = :expiresAt ADD orderIds :ids',
        ConditionExpression:
          'attribute_not_exists(orderIds) OR size(orderIds) < :cap OR contains(orderIds, :id)',
        ExpressionAttributeNames: { '#day': 'day' },
        ExpressionAttributeValues: {
          ':entity': ENTITY.codeLeakDay,
          ':programId': leak.programId,
          ':code': leak.code,
          ':ambassadorId': leak.ambassadorId,
          ':day': leak.day,
          ':expiresAt': Math.floor(Date.parse(`${leak.day}T00:00:00Z`) / 1000) + KEEP_DAYS * 86_400,
          ':ids': new Set([orderId]),
          ':id': orderId,
          ':cap': MAX_LEAK_ORDER_IDS,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return {
      orderIds: [...((Attributes?.orderIds as Set<string> | undefined) ?? [])].sort(),
      alerted: typeof Attributes?.alertedAt === 'string',
    };
  } catch (error) {
    // Full: the alert, if any, was raised long before.
    if (isConditionFailure(error)) return { orderIds: [], alerted: true };
    throw error;
  }
}

/** Marks the day's alert as raised; its condition fails when it was raised already. */
export function claimLeakAlert(leak: CodeLeakDay, at: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.codeLeakDay(leak.programId, leak.code, leak.day),
      UpdateExpression: 'SET alertedAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(alertedAt)',
      ExpressionAttributeValues: { ':at': at },
    },
  };
}
