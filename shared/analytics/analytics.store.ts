import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { keys } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import type { ActivityType } from './activity.ts';
import { ANALYTICS_ROW } from './analytics-rows.ts';
import type { Counters } from './counters.ts';

/** Every counter row of one month, by row key (`K#TOTAL`, `X#a#b`, …). One query per month. */
export async function monthRows(programId: string, month: string): Promise<Map<string, Counters>> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.analyticsPartition(programId, month) },
  });
  return new Map(
    items.map((item) => [
      String(item.sk),
      Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Counters,
    ]),
  );
}

/** One ambassador's actions between two instants, newest first, at most `limit`. */
export async function recentActivities(
  programId: string,
  userId: string,
  from: string,
  to: string,
  limit: number,
): Promise<{ type: ActivityType; at: string }[]> {
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.activityPartition(programId, userId),
        ':from': from,
        ':to': to,
      },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items.map((item) => ({ type: item.type as ActivityType, at: String(item.at) }));
}

/** A month's counted transitions from one action type: to which type, how many times. */
export async function transitionsFrom(
  programId: string,
  month: string,
  from: ActivityType,
): Promise<{ to: string; n: number }[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.analyticsPartition(programId, month),
      ':prefix': ANALYTICS_ROW.transitionsFrom(from),
    },
    ProjectionExpression: 'sk, n',
  });
  return items.flatMap((item) => {
    const to = String(item.sk).split('#')[2];
    return to ? [{ to, n: Number(item.n ?? 0) }] : [];
  });
}

export type ReachTotals = {
  posts: number;
  reach: number;
  views: number;
  impressions: number;
  engagements: number;
};

/** An ambassador's figures across their posts with figures (from the rollups). */
export async function findReachTotals(programId: string, userId: string): Promise<ReachTotals> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.reachTotals(programId, userId) }),
  );
  const n = (name: string) => Number(Item?.[`m_${name}`] ?? 0);
  return {
    posts: n('posts'),
    reach: n('reach'),
    views: n('views'),
    impressions: n('impressions'),
    engagements: n('engagements'),
  };
}
