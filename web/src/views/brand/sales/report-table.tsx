import {
  type FigureKind,
  REPORT_FIGURES,
  type ReportFigure,
  type ReportFigureKey,
} from '../../../../../shared/reports/report-columns.ts';
import { NO_CHALLENGE } from '../../../../../shared/reports/rollup-rows.ts';
import { download } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { useMoneyRequest } from '../../../money-changed.ts';
import { type Column, DataRow, DataTable } from '../../../ui/data-table.tsx';
import { formatCount, formatDay, formatMoney, formatPercent } from '../../../ui/format.ts';
import { Async, Button, Card, Empty, ErrorNotice } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction } from '../../../use-request.ts';
import { type DayRange, type Figures, loadReport, reportCsvPath } from '../brand-data.ts';

/** Rows a page: the top sellers first, more on request (a program may have thousands). */
const PAGE = 50;

/** A row of the report: a day, ambassador or challenge by name, or the total. */
type NamedFigures = { key: string; name: string; figures: Figures };

/**
 * The table's header of each figure, by the figure's key (the CSV keeps its English headers; the
 * dashboard shows them in the reader's language). Under a group the header is the short word.
 */
const FIGURE_WORDS: Record<ReportFigureKey, MessageKey> = {
  clicks: 'brandMoney.report.clicks',
  orders: 'brandMoney.report.orders',
  conversionRate: 'brandMoney.report.conversion',
  revenue: 'brandMoney.report.revenue',
  refunds: 'brandMoney.report.refunds',
  netRevenue: 'brandMoney.report.netRevenue',
  codeOnlyOrders: 'brandMoney.report.orders',
  codeOnlyRevenue: 'brandMoney.report.revenue',
  commissionPending: 'brandMoney.report.pending',
  commissionApproved: 'brandMoney.report.approved',
  commissionPaid: 'brandMoney.report.paid',
  suspiciousClicks: 'brandMoney.report.suspiciousClicks',
};
const GROUP_WORDS: Record<NonNullable<ReportFigure['group']>, MessageKey> = {
  'Code only': 'brandMoney.report.group.codeOnly',
  Commission: 'brandMoney.report.group.commission',
};

/** The dashboard's columns of the report: the same list as the CSV's (shared/reports/report-columns.ts). */
function figureColumns(nameHeader: string, money: (cents: number) => string): Column<NamedFigures>[] {
  const written = (kind: FigureKind, value: number | null) =>
    kind === 'money' ? money(value ?? 0) : kind === 'rate' ? formatPercent(value) : formatCount(value ?? 0);
  return [
    { header: nameHeader, rowHeader: true, cell: (row) => row.name },
    ...REPORT_FIGURES.map(
      (figure): Column<NamedFigures> => ({
        header: t(FIGURE_WORDS[figure.key]),
        num: true,
        ...(figure.group ? { group: t(GROUP_WORDS[figure.group]) } : {}),
        cell: (row) => written(figure.kind, figure.value(row.figures)),
      }),
    ),
  ];
}

/** What each grouping is called, and what its table says when the period has nothing. */
const GROUPINGS = {
  ambassador: {
    heading: 'brandMoney.report.ambassador.title',
    nameHeader: 'brandMoney.report.ambassador.name',
    empty: 'brandMoney.report.ambassador.empty',
    loading: 'brandMoney.report.ambassador.loading',
    caption: 'brandMoney.report.ambassador.caption',
    exported: 'brandMoney.report.ambassador.export',
  },
  challenge: {
    heading: 'brandMoney.report.challenge.title',
    nameHeader: 'brandMoney.report.challenge.name',
    empty: 'brandMoney.report.challenge.empty',
    loading: 'brandMoney.report.challenge.loading',
    caption: 'brandMoney.report.challenge.caption',
    exported: 'brandMoney.report.challenge.export',
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

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
  const words = GROUPINGS[groupBy];
  // The first page; each "next" adds the page after the rows on screen (a reload after a money
  // change starts from the first page again, with the figures as they are now).
  const request = useMoneyRequest(
    () => loadReport(programId, range, groupBy, { limit: PAGE }),
    [programId, range.from, range.to],
  );
  const more = useAction(async (cursor: string) => {
    const page = await loadReport(programId, range, groupBy, { limit: PAGE, cursor });
    request.setData((shown) => {
      const seen = new Set(shown.rows.map((row) => row.key));
      return {
        ...page,
        rows: [...shown.rows, ...page.rows.filter((row) => !seen.has(row.key))],
        ...(page.rows.length > 0 && page.nextCursor
          ? { nextCursor: page.nextCursor }
          : { nextCursor: undefined }),
      };
    });
  });
  const exportCsv = useAction(async () => {
    await download(
      reportCsvPath(programId, range, groupBy),
      `referrals-${groupBy}-${range.from}-to-${range.to}.csv`,
    );
    toast(t('brandMoney.report.downloaded'));
  });
  const columns = figureColumns(t(words.nameHeader), (cents) => formatMoney(cents, currency));
  return (
    <Card
      title={t(words.heading)}
      actions={
        <Button
          busy={exportCsv.busy}
          onClick={() => void exportCsv.run()}
          aria-describedby={`export-${groupBy}`}
        >
          {t('brandMoney.report.exportCsv')}
        </Button>
      }
    >
      <p class="visually-hidden" id={`export-${groupBy}`}>
        {t(words.exported, { from: formatDay(range.from), to: formatDay(range.to) })}
      </p>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} /> : null}
      <Async request={request} label={t(words.loading)}>
        {(report) =>
          report.rows.length === 0 ? (
            <Empty title={t('brandMoney.report.nothing')}>{t(words.empty)}</Empty>
          ) : (
            <div class="stack">
              <DataTable
                caption={t(words.caption, { from: formatDay(report.from), to: formatDay(report.to) })}
                columns={columns}
                rows={report.rows.map((row) => ({
                  key: row.key,
                  // The row of sales through no challenge's link, in the reader's words.
                  name:
                    groupBy === 'challenge' && row.key === NO_CHALLENGE
                      ? t('brandMoney.report.noChallenge')
                      : row.name || row.key,
                  figures: row,
                }))}
                rowKey={(row) => row.key}
                foot={
                  <DataRow
                    columns={columns}
                    row={{ key: 'total', name: t('brandMoney.report.total'), figures: report.totals }}
                  />
                }
              />
              {more.error ? <ErrorNotice error={more.error} /> : null}
              {report.nextCursor ? (
                <Button
                  variant="secondary"
                  busy={more.busy}
                  onClick={() => {
                    if (report.nextCursor) void more.run(report.nextCursor);
                  }}
                >
                  {t('brandMoney.report.more', { shown: report.rows.length })}
                </Button>
              ) : null}
            </div>
          )
        }
      </Async>
    </Card>
  );
}
