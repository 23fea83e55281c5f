import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { tierFor } from '../challenges/challenge-rules.ts';
import { monthOf } from '../challenges/month-window.ts';
import { tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationItem } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Badge, Program, Tier } from '../programs/program.schema.ts';
import { newlyEarned } from './badge-rules.ts';
import type { AmbassadorStats, LedgerEntry } from './points.schema.ts';
import { findStats, statsItem } from './stats.store.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export type PointsAward = {
  program: Program;
  ambassador: Membership;
  points: number;
  /** The event that earns the points; the ledger holds one entry per source. */
  source: string;
  reason: string;
  at: Date;
  approvedPost?: boolean;
  sale?: boolean;
  recruit?: boolean;
};

export type AwardPlan = {
  items: TransactItem[];
  /** Positions (within `items`) whose failure means a concurrent award: read again and retry. */
  retryable: number[];
  entry: LedgerEntry;
  total: AmbassadorStats;
  tierMove?: { from: Tier; to: Tier };
  badges: Badge[];
};

function emptyStats(award: PointsAward, period: string): AmbassadorStats {
  return {
    programId: award.program.programId,
    userId: award.ambassador.userId,
    period,
    displayName: award.ambassador.displayName,
    points: 0,
    lifetimePoints: 0,
    approvedPosts: 0,
    activeMonths: [],
    sales: 0,
    recruits: 0,
    badges: [],
    version: 0,
    updatedAt: nowIso(award.at),
  };
}

function advance(stats: AmbassadorStats, award: PointsAward, month: string): AmbassadorStats {
  return {
    ...stats,
    displayName: award.ambassador.displayName,
    points: stats.points + award.points,
    lifetimePoints: stats.lifetimePoints + Math.max(0, award.points),
    approvedPosts: stats.approvedPosts + (award.approvedPost ? 1 : 0),
    activeMonths:
      award.approvedPost && !stats.activeMonths.includes(month)
        ? [...stats.activeMonths, month].sort()
        : stats.activeMonths,
    sales: stats.sales + (award.sale ? 1 : 0),
    recruits: stats.recruits + (award.recruit ? 1 : 0),
    version: stats.version + 1,
    updatedAt: nowIso(award.at),
  };
}

/** A conditional put of the next stats: it fails if another award changed them since our read. */
function putStats(previous: AmbassadorStats | undefined, next: AmbassadorStats): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: statsItem(next),
      ConditionExpression: previous ? 'version = :version' : 'attribute_not_exists(pk)',
      ...(previous ? { ExpressionAttributeValues: { ':version': previous.version } } : {}),
    },
  };
}

/**
 * Plans one points award as transaction items: the ledger entry (once per source), the
 * all-time and monthly totals (the leaderboards), badges newly earned (each once), the tier
 * move if any, and the notifications. The caller adds its own items and writes them all in one
 * transaction; if a `retryable` item fails, another award raced this one: plan again.
 */
export async function planPointsAward(award: PointsAward): Promise<AwardPlan> {
  const { program, ambassador } = award;
  const month = monthOf(award.at, program.timeZone);
  const [all, monthly] = await Promise.all([
    findStats(program.programId, ambassador.userId, 'all'),
    findStats(program.programId, ambassador.userId, month),
  ]);
  const total = advance(all ?? emptyStats(award, 'all'), award, month);
  const monthTotal = advance(monthly ?? emptyStats(award, month), award, month);

  const fromTier = tierFor(program.tiers, all?.lifetimePoints ?? 0);
  const toTier = tierFor(program.tiers, total.lifetimePoints);
  const badges = newlyEarned(program.badges, total, new Set(total.badges));
  total.badges = [...total.badges, ...badges.map((b) => b.id)];
  total.tier = toTier.id;
  monthTotal.tier = toTier.id;

  const entry: LedgerEntry = {
    programId: program.programId,
    userId: ambassador.userId,
    source: award.source,
    points: award.points,
    reason: award.reason,
    at: nowIso(award.at),
  };
  const notify = (type: 'badge_earned' | 'tier_changed', title: string, body: string) => ({
    Put: {
      TableName: tableName,
      Item: notificationItem(
        newNotification({
          userId: ambassador.userId,
          programId: program.programId,
          type,
          title,
          body,
          link: '/me',
          email: ambassador.email,
        }),
      ),
    },
  });
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.ledgerEntry(program.programId, ambassador.userId, award.source),
          entity: ENTITY.ledgerEntry,
          ...entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    putStats(all, total),
    putStats(monthly, monthTotal),
  ];
  for (const badge of badges) {
    items.push({
      Put: {
        TableName: tableName,
        Item: {
          ...keys.badgeAward(program.programId, ambassador.userId, badge.id),
          entity: ENTITY.badgeAward,
          programId: program.programId,
          userId: ambassador.userId,
          badgeId: badge.id,
          awardedAt: entry.at,
          source: award.source,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    items.push(
      notify(
        'badge_earned',
        `Badge earned: ${badge.name}`,
        badge.description || `You earned "${badge.name}".`,
      ),
    );
  }
  const moved = toTier.id !== fromTier.id;
  if (moved) {
    items.push({
      Update: {
        TableName: tableName,
        Key: keys.membership(program.programId, ambassador.userId),
        UpdateExpression: 'SET tier = :tier',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':tier': toTier.id },
      },
    });
    items.push({
      Put: {
        TableName: tableName,
        Item: {
          ...keys.tierMove(program.programId, ambassador.userId, entry.at),
          entity: ENTITY.tierMove,
          programId: program.programId,
          userId: ambassador.userId,
          from: fromTier.id,
          to: toTier.id,
          lifetimePoints: total.lifetimePoints,
          source: award.source,
          at: entry.at,
        },
      },
    });
    items.push(
      notify(
        'tier_changed',
        `You are now ${toTier.name}`,
        `You moved from ${fromTier.name} to ${toTier.name}.`,
      ),
    );
  }
  return {
    items,
    retryable: [1, 2, ...badges.map((_, i) => 3 + i * 2)],
    entry,
    total,
    ...(moved ? { tierMove: { from: fromTier, to: toTier } } : {}),
    badges,
  };
}
