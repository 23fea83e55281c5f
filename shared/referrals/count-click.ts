import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { queryAll } from '../db/read-all.ts';
import { failedConditions } from '../db/transactions.ts';
import type { Click } from './click.store.ts';

const SHARDS = 10;

/**
 * Counts a recorded click, once per visitor per link per hour: the visit is claimed and a day
 * counter shard incremented in one transaction, so a replayed stream record counts nothing twice.
 * @returns whether the click counted.
 */
export async function countClick(click: Click): Promise<boolean> {
  const day = click.at.slice(0, 10);
  const shard = (click.clickId.charCodeAt(click.clickId.length - 1) || 0) % SHARDS;
  const hourEnds = Math.floor(Date.parse(`${click.at.slice(0, 13)}:00:00.000Z`) / 1000) + 3600;
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.visit(click.visitKey),
                entity: ENTITY.visit,
                clickId: click.clickId,
                expiresAt: hourEnds + 3600,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: keys.clickDay(click.programId, click.code, day, shard),
              UpdateExpression:
                'SET entity = :entity, programId = :programId, code = :code, userId = :userId, #day = :day ADD clicks :one',
              ExpressionAttributeNames: { '#day': 'day' },
              ExpressionAttributeValues: {
                ':entity': ENTITY.clickDay,
                ':programId': click.programId,
                ':code': click.code,
                ':userId': click.userId,
                ':day': day,
                ':one': 1,
              },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (failedConditions(error).includes(0)) return false; // the same visitor within the hour
    throw error;
  }
}

/** Counted clicks of a code, in total and per UTC day (from the day counters, never the clicks). */
export async function countClicks(
  programId: string,
  code: string,
): Promise<{ total: number; byDay: Record<string, number> }> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.clickDay(programId, code, '', 0).pk, ':prefix': 'DAY#' },
  });
  const byDay: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    const clicks = typeof item.clicks === 'number' ? item.clicks : 0;
    const day = String(item.day);
    byDay[day] = (byDay[day] ?? 0) + clicks;
    total += clicks;
  }
  return { total, byDay };
}
