import type { InferResponseType } from 'hono/client';
import { api, ok } from '../../api/client.ts';

type ReportGet = (typeof api.referrals.api.programs)[':programId']['reports']['referrals']['$get'];
export type Report = Extract<InferResponseType<ReportGet, 200>, { rows: unknown }>;
export type ReportRow = Report['rows'][number];
export type Figures = Report['totals'];
export type GroupBy = Report['groupBy'];

type ConversionsGet = (typeof api.referrals.api.programs)[':programId']['conversions']['$get'];
export type ConversionPage = InferResponseType<ConversionsGet, 200>;
export type Conversion = ConversionPage['items'][number];

type CommissionsGet = (typeof api.referrals.api.programs)[':programId']['commissions']['$get'];
export type CommissionPage = InferResponseType<CommissionsGet, 200>;
export type Commission = CommissionPage['items'][number];
export type CommissionState = Commission['state'];

/** A span of UTC days, both ends included, as the report and orders list take them. */
export type DayRange = { from: string; to: string };

/** The longest span the report accepts. */
export const MAX_REPORT_DAYS = 1096;

export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

export function daysIn(range: DayRange): number {
  return (
    Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/**
 * Everything the report can span, up to today. Not from the program's creation: a shop may
 * report orders that happened before it.
 */
export function allTime(): DayRange {
  const to = utcDay(new Date());
  return { from: addDays(to, -(MAX_REPORT_DAYS - 1)), to };
}

/** The referral report, as JSON: every row, or with `page` one page of them (the totals always whole). */
export function loadReport(
  programId: string,
  range: DayRange,
  groupBy: GroupBy,
  page?: { limit: number; cursor?: string | undefined },
): Promise<Report> {
  return ok(
    api.referrals.api.programs[':programId'].reports.referrals.$get({
      param: { programId },
      query: {
        from: range.from,
        to: range.to,
        groupBy,
        ...(page ? { limit: String(page.limit), ...(page.cursor ? { cursor: page.cursor } : {}) } : {}),
      },
    }),
  ) as Promise<Report>;
}

/** The report's path for a CSV download, with the same query as the table shows. */
export function reportCsvPath(programId: string, range: DayRange, groupBy: GroupBy): string {
  const query = new URLSearchParams({ from: range.from, to: range.to, groupBy, format: 'csv' });
  return `/api/programs/${encodeURIComponent(programId)}/reports/referrals?${query}`;
}

/** Ambassador id → display name, from a per-ambassador report (the brand cannot list ambassadors). */
export function namesOf(report: Report | undefined): Map<string, string> {
  return new Map((report?.rows ?? []).map((row) => [row.key, row.name || row.key]));
}
