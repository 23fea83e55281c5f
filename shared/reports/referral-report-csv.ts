import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES, SALES_ROLES } from '../programs/membership.schema.ts';
import { findMemberships } from '../programs/membership.store.ts';
import { type CsvColumn, csvFile, csvFilename, csvMoney, csvPercent } from './csv.ts';
import { reportFor } from './referral-report.service.ts';
import type { ReferralFigures, ReferralReport, ReferralReportQuery } from './report.schema.ts';
import { GROUP_HEADERS, REPORT_FIGURES } from './report-columns.ts';

/**
 * The report as a CSV file (owner or brand): a header row in words, one line per row, then the
 * total; the dashboard table's columns (REPORT_FIGURES), money as decimals with a Currency
 * column. Per ambassador, the owner (who sees members' emails in the dashboard) also gets each
 * one's email; the brand does not.
 * @throws AppError `forbidden`.
 */
export async function referralReportCsv(
  user: AuthUser,
  programId: string,
  query: ReferralReportQuery,
): Promise<{ filename: string; csv: string }> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  // A file is the whole report: no page of it.
  const { limit: _limit, cursor: _cursor, ...whole } = query;
  const report = await reportFor(access.program, whole);
  const emails =
    query.groupBy === 'ambassador' && hasRole(access, MANAGER_ROLES)
      ? new Map(
          (
            await findMemberships(
              programId,
              report.rows.map((row) => row.key),
            )
          ).map((m) => [m.userId, m.email]),
        )
      : undefined;
  return {
    filename: csvFilename(access.program.slug, 'referrals-by', query.groupBy, query.from, 'to', query.to),
    csv: reportCsv(report, emails),
  };
}

type CsvLine = { name: string; email?: string | undefined; figures: ReferralFigures };

/** The report's lines as CSV, with an Email column when `emails` is given. */
export function reportCsv(report: ReferralReport, emails?: Map<string, string>): string {
  const { currency } = report;
  const columns: CsvColumn<CsvLine>[] = [
    { header: GROUP_HEADERS[report.groupBy], cell: (line) => line.name },
    ...(emails ? [{ header: 'Email', cell: (line: CsvLine) => line.email ?? '' }] : []),
    ...REPORT_FIGURES.map(
      (figure): CsvColumn<CsvLine> => ({
        header: figure.title,
        cell: (line) => {
          const value = figure.value(line.figures);
          if (figure.kind === 'money') return csvMoney(value ?? 0, currency);
          return figure.kind === 'rate' ? csvPercent(value) : value;
        },
      }),
    ),
    { header: 'Currency', cell: () => currency },
  ];
  return csvFile(columns, [
    ...report.rows.map((row) => ({ name: row.name || row.key, email: emails?.get(row.key), figures: row })),
    { name: 'Total', figures: report.totals },
  ]);
}
