import { tierFor } from '../challenges/challenge-rules.ts';
import { monthOf } from '../challenges/month-window.ts';
import { type NoticeValues, noticeText } from '../i18n/notice-text.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import type { NamedItems, TransactOutcome } from '../platform/db/transact.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { tierUpdate } from '../programs/membership.store.ts';
import type { Badge, Program, Tier } from '../programs/program.schema.ts';
import { newlyEarned } from './badge-rules.ts';
import {
  type AmbassadorStats,
  countsTowardLifetime,
  type LedgerCode,
  type LedgerEntry,
  type LedgerKind,
} from './points.schema.ts';
import {
  findStats,
  newBadgeAwardItem,
  newLedgerEntryItem,
  nextStatsItem,
  tierMoveItem,
} from './stats.store.ts';

export type PointsAward = {
  program: Program;
  ambassador: Membership;
  points: number;
  /** The event that earns the points; the ledger holds one entry per source. */
  source: string;
  reason: string;
  /** What it is for, and the values of its sentence (see `LEDGER_CODES`). */
  code?: LedgerCode;
  values?: LedgerEntry['values'];
  at: Date;
  /** Default `earned`. Spending and its returns touch only the all-time balance, not the month's board. */
  kind?: LedgerKind;
  /** Who made an adjustment. */
  by?: string;
  /** The month whose totals a takeback lowers (the sale's), when not the month of `at`. */
  monthOf?: Date;
  approvedPost?: boolean;
  sale?: boolean;
  recruit?: boolean;
};

/**
 * An award's items by name. `ledgerEntry` fails when the source was awarded already; `totals`
 * and `badges` fail when another award raced this one (see {@link awardRaced}).
 */
export type AwardItems = NamedItems<'ledgerEntry' | 'totals' | 'badges' | 'announcements' | 'tierMove'>;

export type AwardPlan = {
  items: AwardItems;
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
    lifetimePoints: stats.lifetimePoints + (countsTowardLifetime(award.kind ?? 'earned') ? award.points : 0),
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

/**
 * Plans one points award as transaction items: the ledger entry (once per source), the
 * all-time and monthly totals (the leaderboards), badges newly earned (each once), the tier
 * move if any, and the notifications. The caller adds its own items and writes them all in one
 * transaction (their names apart from these); if {@link awardRaced}, plan again.
 */
export async function planPointsAward(award: PointsAward): Promise<AwardPlan> {
  const { program, ambassador } = award;
  const kind = award.kind ?? 'earned';
  const month = monthOf(award.monthOf ?? award.at, program.timeZone);
  // Spending is not earning: the month's board (earned points) stays as it was.
  const touchesMonth = countsTowardLifetime(kind);
  const [all, monthly] = await Promise.all([
    findStats(program.programId, ambassador.userId, 'all'),
    touchesMonth ? findStats(program.programId, ambassador.userId, month) : Promise.resolve(undefined),
  ]);
  const total = advance(all ?? emptyStats(award, 'all'), award, month);
  const monthTotal = touchesMonth ? advance(monthly ?? emptyStats(award, month), award, month) : undefined;

  const fromTier = tierFor(program.tiers, all?.lifetimePoints ?? 0);
  const toTier = tierFor(program.tiers, total.lifetimePoints);
  const badges = newlyEarned(program.badges, total, new Set(total.badges));
  total.badges = [...total.badges, ...badges.map((b) => b.id)];
  total.tier = toTier.id;
  if (monthTotal) monthTotal.tier = toTier.id;

  const entry: LedgerEntry = {
    programId: program.programId,
    userId: ambassador.userId,
    source: award.source,
    points: award.points,
    kind,
    reason: award.reason,
    ...(award.code ? { code: award.code, values: award.values ?? {} } : {}),
    at: nowIso(award.at),
    ...(award.by ? { by: award.by } : {}),
  };
  const notify = async (type: 'badge_earned' | 'tier_changed', values: NoticeValues) =>
    notificationPut(
      newNotification({
        userId: ambassador.userId,
        programId: program.programId,
        type,
        ...(await noticeText(type, values, 'en')),
        values,
        link: '/me',
        email: ambassador.email,
      }),
    );
  const moved = toTier.id !== fromTier.id;
  const items: AwardItems = {
    ledgerEntry: newLedgerEntryItem(entry),
    totals: [nextStatsItem(all, total), ...(monthTotal ? [nextStatsItem(monthly, monthTotal)] : [])],
    badges: badges.map((badge) => newBadgeAwardItem(entry, badge.id)),
    announcements: await Promise.all([
      ...badges.map((badge) =>
        notify('badge_earned', {
          badge: badge.name,
          hasDescription: badge.description ? 'yes' : 'no',
          description: badge.description ?? '',
        }),
      ),
      ...(moved ? [notify('tier_changed', { tier: toTier.name, fromTier: fromTier.name })] : []),
    ]),
    tierMove: moved
      ? [
          tierUpdate(program.programId, ambassador.userId, toTier.id),
          tierMoveItem(entry, { from: fromTier.id, to: toTier.id, lifetimePoints: total.lifetimePoints }),
        ]
      : undefined,
  };
  return {
    items,
    entry,
    total,
    ...(moved ? { tierMove: { from: fromTier, to: toTier } } : {}),
    badges,
  };
}

/** Whether a transaction carrying an award's items failed because another award came first. */
export function awardRaced(outcome: TransactOutcome<string>): boolean {
  return !outcome.ok && (outcome.conflict || outcome.failed.has('totals') || outcome.failed.has('badges'));
}
