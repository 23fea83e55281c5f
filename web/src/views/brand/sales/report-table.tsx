import { type FigureKind, REPORT_FIGURES } from '../../../../../shared/reports/report-columns.ts';
import { download } from '../../../api/client.ts';
import { useMoneyRequest } from '../../../money-changed.ts';
import { type Column, DataRow, DataTable } from '../../../ui/data-table.tsx';
import { formatCount, formatDay, formatMoney, formatPercent } from '../../../ui/format.ts';
import { Async, Button, Card, Empty, ErrorNotice } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction } from '../../../use-request.ts';
import { type DayRange, type Figures, loadReport, reportCsvPath } from '../brand-data.ts';

/** A row of the report: a day, ambassador or challenge by name, or the total. */
type NamedFigures = { key: string; name: string; figures: Figures };

/** The dashboard's columns of the report: the same list as the CSV's (shared/reports/report-columns.ts). */
function figureColumns(nameHeader: string, money: (cents: number) => string): Column<NamedFigures>[] {
  const written = (kind: FigureKind, value: number | null) =>
    kind === 'money' ? money(value ?? 0) : kind === 'rate' ? formatPercent(value) : formatCount(value ?? 0);
  return [
    { header: nameHeader, rowHeader: true, cell: (row) => row.name },
    ...REPORT_FIGURES.map(
      (figure): Column<NamedFigures> => ({
        header: figure.header,
        num: true,
        ...(figure.group ? { group: figure.group } : {}),
        cell: (row) => written(figure.kind, figure.value(row.figures)),
      }),
    ),
  ];
}

/** What each grouping is called, and what its table says when the period has nothing. */
const GROUPINGS = {
  ambassador: {
    title: 'By ambassador',
    nameHeader: 'Ambassador',
    empty: 'No ambassador had clicks or orders in this period.',
  },
  challenge: {
    title: 'By challenge',
    nameHeader: 'Challenge',
    empty: 'No challenge links had clicks or orders in this period.',
  },
} as const;

/** The report grouped one way (by ambassador, by challenge), with its totals and a CSV export. */
export function ReportTable({
  groupBy,
  programId,
  range,
  currency,
}: {
  groupBy: keyof typeof GROUPINGS;
  programId: string;
  range: DayRange;
  currency: string;
}) {
  const { title, nameHeader, empty } = GROUPINGS[groupBy];
  const request = useMoneyRequest(
    () => loadReport(programId, range, groupBy),
    [programId, range.from, range.to],
  );
  const exportCsv = useAction(async () => {
    await download(
      reportCsvPath(programId, range, groupBy),
      `referrals-${groupBy}-${range.from}-to-${range.to}.csv`,
    );
    toast('CSV downloaded');
  });
  const columns = figureColumns(nameHeader, (cents) => formatMoney(cents, currency));
  return (
    <Card
      title={title}
      actions={
        <Button
          busy={exportCsv.busy}
          onClick={() => void exportCsv.run()}
          aria-describedby={`export-${groupBy}`}
        >
          Export CSV
        </Button>
      }
    >
      <p class="visually-hidden" id={`export-${groupBy}`}>
        {title}, {formatDay(range.from)} to {formatDay(range.to)}, the table's columns with money as decimals
      </p>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} /> : null}
      <Async request={request} label={`Loading ${title.toLowerCase()}…`}>
        {(report) =>
          report.rows.length === 0 ? (
            <Empty title="Nothing in this period">{empty}</Empty>
          ) : (
            <DataTable
              caption={`${title}, ${formatDay(report.from)} to ${formatDay(report.to)}`}
              columns={columns}
              rows={report.rows.map((row) => ({ key: row.key, name: row.name || row.key, figures: row }))}
              rowKey={(row) => row.key}
              foot={
                <DataRow columns={columns} row={{ key: 'total', name: 'Total', figures: report.totals }} />
              }
            />
          )
        }
      </Async>
    </Card>
  );
}
