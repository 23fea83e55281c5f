import {
  type CountedMetrics,
  ENGAGEMENT_METRICS,
  type Figures,
  METRICS,
  type Metric,
  type ReachBonus,
} from './figures.schema.ts';
import type { MetricsFlag, MetricsReport } from './metrics.schema.ts';

/** Metrics rules, pure: merging a report over the last, plausibility flags, what counts. */

/** A figure more than this many times the last one is flagged for a look. */
export const JUMP_FACTOR = 100;

/** The figures given in a report body, without its other fields. */
export function givenFigures(input: Partial<Record<Metric, number | undefined>>): Figures {
  const figures: Figures = {};
  for (const metric of METRICS) {
    const value = input[metric];
    if (value !== undefined) figures[metric] = value;
  }
  return figures;
}

/** The figures that went down since the last report. */
export function lowered(previous: Figures, given: Figures): Metric[] {
  return METRICS.filter(
    (m) =>
      given[m] !== undefined && previous[m] !== undefined && (given[m] as number) < (previous[m] as number),
  );
}

/** Implausible figures: a jump of more than 100× over the last report, or more likes than views. */
export function plausibilityFlags(previous: Figures, figures: Figures, given: Figures): MetricsFlag[] {
  const flags: MetricsFlag[] = [];
  for (const metric of METRICS) {
    const before = previous[metric];
    const now = given[metric];
    if (before !== undefined && before > 0 && now !== undefined && now > before * JUMP_FACTOR) {
      flags.push({
        code: 'jump',
        metric,
        before,
        now,
        factor: JUMP_FACTOR,
        message: `${metric} went from ${before} to ${now}, more than ${JUMP_FACTOR} times the last report`,
      });
    }
  }
  if (figures.likes !== undefined && figures.views !== undefined && figures.likes > figures.views) {
    flags.push({
      code: 'likes_above_views',
      metric: 'likes',
      now: figures.likes,
      views: figures.views,
      message: `${figures.likes} likes is more than ${figures.views} views`,
    });
  }
  return flags;
}

/** Whether a report counts: verified, or reported without flags. Disputed ones never count. */
export function counts(report: Pick<MetricsReport, 'status' | 'flags'>): boolean {
  return report.status === 'verified' || (report.status === 'reported' && report.flags.length === 0);
}

/** The latest report that counts, of reports oldest first. */
export function countedReport(reports: readonly MetricsReport[]): MetricsReport | undefined {
  return reports.findLast(counts);
}

/** The figures a post counts for, from the latest report that counts; undefined when none does. */
export function countedMetrics(reports: readonly MetricsReport[]): CountedMetrics | undefined {
  const report = countedReport(reports);
  if (!report) return undefined;
  return {
    ...report.figures,
    engagements: engagementsOf(report.figures),
    reportId: report.reportId,
    asOf: report.asOf,
    status: report.status === 'verified' ? 'verified' : 'reported',
  };
}

export function engagementsOf(figures: Figures): number {
  return ENGAGEMENT_METRICS.reduce((sum, m) => sum + (figures[m] ?? 0), 0);
}

/** The last report that is not disputed: a new report is compared with it and fills in from it. */
export function baseReport(reports: readonly MetricsReport[]): MetricsReport | undefined {
  return reports.findLast((r) => r.status !== 'disputed');
}

/** The key of a reach bonus: the same metric and threshold is paid once per post. */
export const bonusKey = (bonus: Pick<ReachBonus, 'metric' | 'atLeast'>) => `${bonus.metric}:${bonus.atLeast}`;

/** The bonuses a verified report reaches that the post was not paid yet. */
export function bonusesReached(
  bonuses: readonly ReachBonus[],
  figures: Figures,
  paid: ReadonlySet<string>,
): ReachBonus[] {
  return bonuses.filter((b) => (figures[b.metric] ?? 0) >= b.atLeast && !paid.has(bonusKey(b)));
}

/** The figures the rollups add up: reach, views and impressions as reported, and engagements. */
export const METRICS_COUNTED = ['reach', 'views', 'impressions', 'engagements'] as const;
