import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys, leaderboardScore } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import {
  type AmbassadorStats,
  AmbassadorStatsSchema,
  type LedgerEntry,
  LedgerEntrySchema,
} from './points.schema.ts';

/** The stored form, placed on its period's leaderboard by lifetime points (spending never moves a rank). */
export function statsItem(stats: AmbassadorStats) {
  return {
    ...keys.stats(stats.programId, stats.userId, stats.period),
    entity: ENTITY.stats,
    ...stats,
    ...indexKeys.leaderboard(stats.programId, stats.period, stats.lifetimePoints, stats.userId),
  };
}

/** The next totals, put only if they are still at the version read (or still absent). */
export function nextStatsItem(previous: AmbassadorStats | undefined, next: AmbassadorStats): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: statsItem(next),
      ConditionExpression: previous ? 'version = :version' : 'attribute_not_exists(pk)',
      ...(previous ? { ExpressionAttributeValues: { ':version': previous.version } } : {}),
    },
  };
}

/** A ledger entry, once per source: its condition fails when the source was already awarded. */
export function newLedgerEntryItem(entry: LedgerEntry): TransactItem {
  return putOnce({
    ...keys.ledgerEntry(entry.programId, entry.userId, entry.source),
    entity: ENTITY.ledgerEntry,
    ...entry,
  });
}

/** A badge, once per ambassador: its condition fails when another award gave it first. */
export function newBadgeAwardItem(
  entry: Pick<LedgerEntry, 'programId' | 'userId' | 'source' | 'at'>,
  badgeId: string,
): TransactItem {
  return putOnce({
    ...keys.badgeAward(entry.programId, entry.userId, badgeId),
    entity: ENTITY.badgeAward,
    programId: entry.programId,
    userId: entry.userId,
    badgeId,
    awardedAt: entry.at,
    source: entry.source,
  });
}

/** The record of a move between tiers, for the ambassador's journey. */
export function tierMoveItem(
  entry: Pick<LedgerEntry, 'programId' | 'userId' | 'source' | 'at'>,
  move: { from: string; to: string; lifetimePoints: number },
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.tierMove(entry.programId, entry.userId, entry.at),
        entity: ENTITY.tierMove,
        programId: entry.programId,
        userId: entry.userId,
        ...move,
        source: entry.source,
        at: entry.at,
      },
    },
  };
}

/** One ambassador's totals for a period (`all` or `YYYY-MM`), read consistently, or undefined. */
export async function findStats(
  programId: string,
  userId: string,
  period: string,
): Promise<AmbassadorStats | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.stats(programId, userId, period),
      ConsistentRead: true,
    }),
  );
  return Item ? AmbassadorStatsSchema.parse(Item) : undefined;
}

/** The top of a period's leaderboard, most lifetime points first. */
export async function listLeaders(
  programId: string,
  period: string,
  limit: number,
): Promise<AmbassadorStats[]> {
  const index = ACCESS_PATTERNS.leaderboard;
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': indexKeys.leaderboardPartition(programId, period) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map((item) => AmbassadorStatsSchema.parse(item));
}

/** How many ambassadors have strictly more lifetime points in a period: a count over the index, never a scan. */
export async function countAhead(programId: string, period: string, points: number): Promise<number> {
  const index = ACCESS_PATTERNS.leaderboard;
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk AND #sk > :score',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
        ExpressionAttributeValues: {
          ':pk': indexKeys.leaderboardPartition(programId, period),
          ':score': `${leaderboardScore(points)}#\uffff`,
        },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

/** One ledger entry by its source, or undefined. */
export async function findLedgerEntry(
  programId: string,
  userId: string,
  source: string,
): Promise<LedgerEntry | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.ledgerEntry(programId, userId, source),
      ConsistentRead: true,
    }),
  );
  return Item ? LedgerEntrySchema.parse(Item) : undefined;
}

/** An ambassador's whole ledger, oldest first. */
export async function listLedger(programId: string, userId: string): Promise<LedgerEntry[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.ledgerEntry(programId, userId, '').pk,
      ':prefix': keys.ledgerPrefix(userId),
    },
  });
  return items
    .map((item) => LedgerEntrySchema.parse(item))
    .sort((a, b) => a.at.localeCompare(b.at) || a.source.localeCompare(b.source));
}
