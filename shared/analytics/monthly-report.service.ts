import { addMonths, isMonth } from '../challenges/month-window.ts';
import { validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { log } from '../platform/log.ts';
import { listLeaders } from '../points/stats.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { listProgramIds } from '../programs/program.store.ts';
import { csvFile, csvFilename, csvMoney } from '../reports/csv.ts';
import { rowsOfPeriod } from '../reports/rollup-reader.store.ts';
import { ROLLUP } from '../reports/rollup-rows.ts';
import { listApprovedSubmittedBetween } from '../submissions/submission.store.ts';
import { chainsFor } from './chains.service.ts';
import { journeyFor } from './journey.service.ts';
import { findReport, putReportUnlessFinal, storedReports } from './monthly-report.store.ts';

export type MonthlyReport = {
  programId: string;
  month: string;
  generatedAt: string;
  /**
   * False until 30 days after the month: until then a late action can still change its figures,
   * and dead ends are not settled. The scheduler writes the report again once it is final.
   */
  final: boolean;
  kpis: Awaited<ReturnType<typeof journeyFor>>['months'][number];
  topAmbassadors: Array<{
    userId: string;
    displayName: string;
    points: number;
    orders: number;
    revenue: number;
  }>;
  /**
   * Fiesta's table: the figures of the month's approved posts, by platform (summed from their
   * latest counted reports). Reports written before figures were kept have none.
   */
  reachByPlatform?: Array<{
    platform: string;
    posts: number;
    views: number;
    impressions: number;
    reach: number;
    engagements: number;
  }>;
  topPosts: Array<{
    submissionId: string;
    userId: string;
    authorName: string;
    postUrl: string;
    kudos: number;
  }>;
  chains: {
    topTransitions: Array<{ from: string; to: string; count: number; medianHours: number | null }>;
    topChain?: { chain: string[]; count: number };
    biggestDeadEnd?: { action: string; actions: number; deadEnds: number };
  };
};

/** The first instant after the month (UTC). */
const monthEnd = (month: string) => new Date(`${addMonths(month, 1)}-01T00:00:00.000Z`);

/** The month before `now`'s (UTC). */
export const lastMonth = (now: Date) => addMonths(now.toISOString().slice(0, 7), -1);

/** Approved posts submitted in the month, most kudos first (a bounded range of the gallery index). */
async function topPosts(programId: string, month: string) {
  const items = await listApprovedSubmittedBetween(programId, `${month}-01`, monthEnd(month).toISOString());
  return items
    .map(({ submissionId, userId, authorName, postUrl, kudos }) => ({
      submissionId,
      userId,
      authorName,
      postUrl,
      kudos,
    }))
    .sort((a, b) => b.kudos - a.kudos || a.submissionId.localeCompare(b.submissionId))
    .slice(0, 5);
}

/** Builds one program's report for a month from the counters, the leaderboard and the gallery. */
export async function buildMonthlyReport(
  programId: string,
  month: string,
  final: boolean,
): Promise<MonthlyReport> {
  const [journey, chains, leaders, posts] = await Promise.all([
    journeyFor(programId, { from: month, to: month, by: 'platform' }),
    chainsFor(programId, { from: month, to: month }),
    listLeaders(programId, month, 10),
    topPosts(programId, month),
  ]);
  const sales = new Map(
    (
      await rowsOfPeriod(
        programId,
        ROLLUP.month(month),
        leaders.map((l) => ROLLUP.ambassador(l.userId)),
      )
    ).map((item) => [String(item.sk).slice(2), item]),
  );
  const deadEnd = chains.deadEnds.actions[0];
  const { breakdown, ...kpis } = journey.months[0] as MonthlyReport['kpis'] & {
    breakdown?: Array<{ platform?: string } & Omit<MonthlyReport['kpis'], 'month'>>;
  };
  return {
    programId,
    month,
    generatedAt: nowIso(),
    final,
    kpis,
    reachByPlatform: (breakdown ?? [])
      .filter((row) => row.sharing.postsWithFigures > 0)
      .map((row) => ({
        platform: String(row.platform),
        posts: row.sharing.postsWithFigures,
        views: row.sharing.views ?? 0,
        impressions: row.sharing.impressions ?? 0,
        reach: row.sharing.reach ?? 0,
        engagements: row.sharing.engagements ?? 0,
      }))
      .sort(
        (a, b) => b.views + b.impressions - (a.views + a.impressions) || a.platform.localeCompare(b.platform),
      ),
    topAmbassadors: leaders.map((l) => ({
      userId: l.userId,
      displayName: l.displayName,
      points: l.points,
      orders: Number(sales.get(l.userId)?.orders ?? 0),
      revenue: Number(sales.get(l.userId)?.revenue ?? 0),
    })),
    topPosts: posts,
    chains: {
      topTransitions: chains.transitions.slice(0, 3),
      ...(chains.topChains[0] ? { topChain: chains.topChains[0] } : {}),
      ...(deadEnd && deadEnd.deadEnds > 0
        ? { biggestDeadEnd: { action: deadEnd.action, actions: deadEnd.actions, deadEnds: deadEnd.deadEnds } }
        : {}),
    },
  };
}

const SETTLE_MS = 30 * 86_400_000;
/** Whether a month's figures can no longer move: 30 days after it ended (refunds, holds). */
const isSettled = (month: string, now: Date) => monthEnd(month).getTime() + SETTLE_MS <= now.getTime();

/**
 * The report of an ended month: the stored one if it is final (or cannot be yet), else built
 * now and stored. A provisional report is replaced once the month has settled; a final one is
 * never replaced. @returns the report, and whether this call wrote it.
 */
async function ensureReport(
  programId: string,
  month: string,
  now: Date,
): Promise<{ report: MonthlyReport; wrote: boolean }> {
  const settled = isSettled(month, now);
  const stored = await findReport(programId, month);
  if (stored && (stored.final || !settled)) return { report: stored, wrote: false };
  const report = await buildMonthlyReport(programId, month, settled);
  if (await putReportUnlessFinal(report)) return { report, wrote: true };
  return { report: (await findReport(programId, month)) ?? report, wrote: false }; // another writer won
}

/**
 * The scheduler's part: after a month ends, writes each program's (provisional) report for it;
 * 30 days later, its final one. Up to `limit` writes a run; the next runs take the rest.
 */
export async function writeMonthlyReports(now: Date, limit = 25): Promise<{ written: number }> {
  const months = [...new Set([lastMonth(now), lastMonth(new Date(now.getTime() - SETTLE_MS))])];
  const programIds = await listProgramIds();
  // What is stored, read in batches: a run over a thousand programs does not read them one by one.
  const stored = await Promise.all(months.map((month) => storedReports(programIds, month)));
  let written = 0;
  for (const programId of programIds) {
    for (const [i, month] of months.entries()) {
      const final = stored[i]?.get(programId);
      if (final === true || (final === false && !isSettled(month, now))) continue;
      if (written >= limit) return { written };
      if ((await ensureReport(programId, month, now)).wrote) written++;
    }
  }
  if (written > 0) log.info('monthly reports written', { months, written });
  return { written };
}

/**
 * A program's report for a month that has ended (owner, manager or brand): the one the
 * scheduler wrote, or written now if it has not come to it yet.
 * @throws AppError `forbidden`, `validation_failed` (not a month, or not over yet).
 */
export async function getMonthlyReport(
  user: AuthUser,
  programId: string,
  month: string,
): Promise<MonthlyReport> {
  return (await readMonthlyReport(user, programId, month)).report;
}

async function readMonthlyReport(
  user: AuthUser,
  programId: string,
  month: string,
): Promise<{ report: MonthlyReport; program: Program }> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, ['owner', 'manager', 'brand']);
  if (!isMonth(month)) throw validationFailed('month: must be YYYY-MM', { field: 'month' });
  if (monthEnd(month).getTime() > Date.now()) {
    throw validationFailed(`month: the report for ${month} is written when the month ends`, {
      field: 'month',
    });
  }
  return { report: (await ensureReport(programId, month, new Date())).report, program: access.program };
}

/**
 * The month's report as a CSV file (owner, manager or brand): one Section, Item, Measure,
 * Value line per figure, money as decimals with the currency beside it.
 * @throws AppError as {@link getMonthlyReport}.
 */
export async function monthlyReportFile(
  user: AuthUser,
  programId: string,
  month: string,
): Promise<{ filename: string; csv: string }> {
  const { report, program } = await readMonthlyReport(user, programId, month);
  return {
    filename: csvFilename(program.slug, 'program-report', month),
    csv: monthlyReportCsv(report, program.currency),
  };
}

/** The sections of the report's CSV, in words. */
const SECTIONS = {
  kpis: 'Key figures',
  top_ambassadors: 'Top ambassadors',
  reach_by_platform: 'Reach by platform',
  top_posts: 'Top posts',
  chains: 'Participation chains',
} as const;

/** The measures that are money, in minor units in the report. */
const MONEY = new Set(['revenue', 'codeOnlyRevenue', 'revenuePerActiveAmbassador']);

/** A measure's key in words: `revenuePerActiveAmbassador` → `Revenue per active ambassador`. */
const inWords = (key: string) => {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

type Figure = [section: keyof typeof SECTIONS, item: string, measure: string, value: unknown];

/** The report as CSV: one Section, Item, Measure, Value, Currency line per figure. */
export function monthlyReportCsv(report: MonthlyReport, currency: string): string {
  const lines: Figure[] = [];
  for (const [group, figures] of Object.entries(report.kpis)) {
    if (group === 'month' || typeof figures !== 'object' || figures === null) continue;
    for (const [measure, value] of Object.entries(figures)) lines.push(['kpis', group, measure, value]);
  }
  report.topAmbassadors.forEach((a, i) => {
    for (const measure of ['points', 'orders', 'revenue'] as const)
      lines.push(['top_ambassadors', `${i + 1}. ${a.displayName}`, measure, a[measure]]);
  });
  for (const row of report.reachByPlatform ?? []) {
    for (const measure of ['posts', 'views', 'impressions', 'reach', 'engagements'] as const)
      lines.push(['reach_by_platform', row.platform, measure, row[measure]]);
  }
  for (const [i, p] of report.topPosts.entries()) {
    lines.push(['top_posts', `${i + 1}. ${p.authorName} ${p.postUrl}`, 'kudos', p.kudos]);
  }
  for (const t of report.chains.topTransitions) {
    lines.push(
      ['chains', `${t.from} > ${t.to}`, 'count', t.count],
      ['chains', `${t.from} > ${t.to}`, 'median_hours', t.medianHours],
    );
  }
  if (report.chains.topChain)
    lines.push(['chains', report.chains.topChain.chain.join(' > '), 'count', report.chains.topChain.count]);
  if (report.chains.biggestDeadEnd)
    lines.push([
      'chains',
      `dead end: ${report.chains.biggestDeadEnd.action}`,
      'dead_ends',
      report.chains.biggestDeadEnd.deadEnds,
    ]);
  const money = (measure: string, value: unknown) => MONEY.has(measure) && typeof value === 'number';
  return csvFile(
    [
      { header: 'Section', cell: ([section]) => SECTIONS[section] },
      { header: 'Item', cell: ([section, item]) => (section === 'kpis' ? inWords(item) : item) },
      { header: 'Measure', cell: ([, , measure]) => inWords(measure) },
      {
        header: 'Value',
        cell: ([, , measure, value]) => (money(measure, value) ? csvMoney(value as number, currency) : value),
      },
      { header: 'Currency', cell: ([, , measure, value]) => (money(measure, value) ? currency : '') },
    ],
    lines,
  );
}
