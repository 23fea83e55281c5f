import { useMemo, useRef } from 'preact/hooks';
import { api, download, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { formatCount, formatDate, formatDay, formatMoney, formatPercent } from '../../ui/format.ts';
import { Async, Button, Card, Empty, ErrorNotice, SelectField, Stat, TextField } from '../../ui/kit.tsx';
import { LineChart, type Series } from '../../ui/line-chart.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { type Request, useAction, useRequest } from '../../use-request.ts';
import {
  addDays,
  type Conversion,
  type ConversionPage,
  type DayRange,
  daysIn,
  type Figures,
  type GroupBy,
  loadReport,
  MAX_REPORT_DAYS,
  namesOf,
  type Report,
  reportCsvPath,
  utcDay,
} from './brand-data.ts';
import './brand.css';

type Period = 'last7' | 'last30' | 'thisMonth' | 'lastMonth' | 'custom';

const PERIODS: { value: Period; label: string }[] = [
  { value: 'last7', label: 'Last 7 days' },
  { value: 'last30', label: 'Last 30 days' },
  { value: 'thisMonth', label: 'This month' },
  { value: 'lastMonth', label: 'Last month' },
  { value: 'custom', label: 'Custom dates' },
];

function presetRange(period: Exclude<Period, 'custom'>): DayRange {
  const today = utcDay(new Date());
  switch (period) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with custom dates, if anything. */
function customProblem(range: DayRange): { field: 'from' | 'to'; message: string } | undefined {
  if (!DAY.test(range.from)) return { field: 'from', message: 'Choose a start date.' };
  if (!DAY.test(range.to)) return { field: 'to', message: 'Choose an end date.' };
  if (range.from > range.to) return { field: 'to', message: 'The end date must not be before the start.' };
  if (daysIn(range) > MAX_REPORT_DAYS)
    return { field: 'to', message: `A report spans at most ${MAX_REPORT_DAYS} days (three years).` };
  return undefined;
}

/** The period in the address (`?period=` or `?from=&to=`), so a reload or a shared link keeps it. */
function usePeriod() {
  const { path, query } = useLocation();
  const raw = query.get('period');
  const period: Period = PERIODS.some((p) => p.value === raw) ? (raw as Period) : 'last30';
  const custom = { from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const problem = period === 'custom' ? customProblem(custom) : undefined;
  // Half-typed custom dates keep the last good period on screen rather than blanking it.
  const shown = useRef<DayRange>(presetRange('last30'));
  if (period !== 'custom') shown.current = presetRange(period);
  else if (!problem) shown.current = custom;
  const range = shown.current;
  const set = (next: Period, dates?: DayRange) => {
    const params = new URLSearchParams(location.search);
    params.set('period', next);
    params.delete('from');
    params.delete('to');
    if (next === 'custom' && dates) {
      params.set('from', dates.from);
      params.set('to', dates.to);
    }
    navigate(`${path}?${params}`, { replace: true });
  };
  return {
    period,
    custom,
    problem,
    range,
    search: location.search,
    setPeriod: (next: Period) => set(next, next === 'custom' ? range : undefined),
    setCustom: (dates: DayRange) => set('custom', dates),
  };
}

type PeriodState = ReturnType<typeof usePeriod>;

function PeriodPicker({ state }: { state: PeriodState }) {
  const { period, custom, problem, range } = state;
  return (
    <Card>
      <div class="period">
        <SelectField
          label="Period"
          value={period}
          onValue={(value) => state.setPeriod(value as Period)}
          options={PERIODS}
        />
        {period === 'custom' ? (
          <>
            <TextField
              label="From"
              type="date"
              value={custom.from}
              max={custom.to || undefined}
              error={problem?.field === 'from' ? problem.message : undefined}
              onValue={(from) => state.setCustom({ ...custom, from })}
            />
            <TextField
              label="To"
              type="date"
              value={custom.to}
              min={custom.from || undefined}
              error={problem?.field === 'to' ? problem.message : undefined}
              onValue={(to) => state.setCustom({ ...custom, to })}
            />
          </>
        ) : null}
      </div>
      <p class="muted small period-note" aria-live="polite">
        {formatDay(range.from)} to {formatDay(range.to)}, {daysIn(range)}{' '}
        {daysIn(range) === 1 ? 'day' : 'days'}. Days are UTC; an order, its refunds and its commission count
        on the order's day.
      </p>
    </Card>
  );
}

/** Sales: the referral report for a period, by day, ambassador and challenge; `sales/orders` lists its orders. */
export function SalesTab({ ctx }: { ctx: ProgramContext }) {
  const state = usePeriod();
  if (ctx.rest[0] === 'orders') return <OrdersPage ctx={ctx} state={state} />;
  return <SalesReport ctx={ctx} state={state} />;
}

function SalesReport({ ctx, state }: { ctx: ProgramContext; state: PeriodState }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const { range } = state;
  const byDay = useRequest(() => loadReport(programId, range, 'day'), [programId, range.from, range.to]);
  const byAmbassador = useRequest(
    () => loadReport(programId, range, 'ambassador'),
    [programId, range.from, range.to],
  );
  const byChallenge = useRequest(
    () => loadReport(programId, range, 'challenge'),
    [programId, range.from, range.to],
  );

  return (
    <div class="brand-view">
      <h1>Sales</h1>
      <PeriodPicker state={state} />

      <section aria-labelledby="key-figures">
        <h2 id="key-figures" class="section-title">
          Key figures
        </h2>
        <Async request={byDay} label="Loading the figures…">
          {(report) => (
            <>
              <KeyFigures totals={report.totals} currency={currency} />
              <SalesChart report={report} currency={currency} />
            </>
          )}
        </Async>
      </section>

      <ReportTable
        title="By ambassador"
        nameHeader="Ambassador"
        groupBy="ambassador"
        request={byAmbassador}
        programId={programId}
        range={range}
        currency={currency}
        empty="No ambassador had clicks or orders in this period."
      />
      <ReportTable
        title="By challenge"
        nameHeader="Challenge"
        groupBy="challenge"
        request={byChallenge}
        programId={programId}
        range={range}
        currency={currency}
        empty="No challenge links had clicks or orders in this period."
      />
      <Card title="Orders">
        <p>
          Reconcile with your shop order by order: each order's amount, refunds, who it was credited to, and
          anything the attribution noticed, such as a self-referral.
        </p>
        <Link class="button secondary" href={`${programPath(programId, 'sales', 'orders')}${state.search}`}>
          See the orders for this period
        </Link>
      </Card>
    </div>
  );
}

function KeyFigures({ totals, currency }: { totals: Figures; currency: string }) {
  const money = (cents: number) => formatMoney(cents, currency);
  const sales: [string, string][] = [
    ['Clicks', formatCount(totals.clicks)],
    ['Orders', formatCount(totals.orders)],
    ['Conversion rate', totals.conversionRate === null ? 'No clicks' : formatPercent(totals.conversionRate)],
    ['Revenue', money(totals.revenue)],
    ['Refunds', money(totals.refunds)],
    ['Net revenue', money(totals.netRevenue)],
    // A burst of visits from one address in an hour: kept out of the clicks and the rate.
    ...(totals.suspiciousClicks > 0
      ? [['Suspicious clicks (not counted)', formatCount(totals.suspiciousClicks)] as [string, string]]
      : []),
  ];
  const commission: [string, string][] = [
    ['Commission pending', money(totals.commission.pending)],
    ['Commission approved', money(totals.commission.approved)],
    ['Commission paid', money(totals.commission.paid)],
  ];
  return (
    <>
      <Stats figures={sales} />
      <Stats figures={commission} />
    </>
  );
}

function Stats({ figures }: { figures: [string, string][] }) {
  return (
    <div class="stats figures">
      {figures.map(([label, value]) => (
        <Stat key={label} label={label} value={value} />
      ))}
    </div>
  );
}

function SalesChart({ report, currency }: { report: Report; currency: string }) {
  const x = useMemo(() => report.rows.map((row) => Date.parse(`${row.key}T00:00:00Z`) / 1000), [report]);
  const revenue = useMemo<Series[]>(
    () => [{ label: 'Net revenue', values: report.rows.map((row) => row.netRevenue) }],
    [report],
  );
  const orders = useMemo<Series[]>(
    () => [{ label: 'Orders', values: report.rows.map((row) => row.orders), bars: true, color: '#0f766e' }],
    [report],
  );
  const money = useMemo(() => (cents: number) => formatMoney(cents, currency), [currency]);
  const count = useMemo(() => (n: number) => (Number.isInteger(n) ? formatCount(n) : ''), []);
  if (report.totals.orders === 0 && report.totals.refunds === 0)
    return (
      <Empty title="No referral sales in this period">Orders appear here once the shop reports them.</Empty>
    );
  return (
    <div class="card chart-pair">
      <LineChart title="Net revenue per day" x={x} series={revenue} format={money} />
      <LineChart title="Orders per day" x={x} series={orders} format={count} height={180} />
    </div>
  );
}

function ReportTable({
  title,
  nameHeader,
  groupBy,
  request,
  programId,
  range,
  currency,
  empty,
}: {
  title: string;
  nameHeader: string;
  groupBy: GroupBy;
  request: Request<Report>;
  programId: string;
  range: DayRange;
  currency: string;
  empty: string;
}) {
  const exportCsv = useAction(async () => {
    await download(
      reportCsvPath(programId, range, groupBy),
      `referrals-${groupBy}-${range.from}-to-${range.to}.csv`,
    );
    toast('CSV downloaded');
  });
  const money = (cents: number) => formatMoney(cents, currency);
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
        {title}, {formatDay(range.from)} to {formatDay(range.to)}, money in minor units
      </p>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} /> : null}
      <Async request={request} label={`Loading ${title.toLowerCase()}…`}>
        {(report) =>
          report.rows.length === 0 ? (
            <Empty title="Nothing in this period">{empty}</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  {title}, {formatDay(report.from)} to {formatDay(report.to)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2}>
                      {nameHeader}
                    </th>
                    {['Clicks', 'Orders', 'Conversion', 'Revenue', 'Refunds', 'Net revenue'].map((label) => (
                      <th key={label} scope="col" rowSpan={2} class="num">
                        {label}
                      </th>
                    ))}
                    <th scope="colgroup" colSpan={3} class="group">
                      Commission
                    </th>
                  </tr>
                  <tr>
                    <th scope="col" class="num">
                      Pending
                    </th>
                    <th scope="col" class="num">
                      Approved
                    </th>
                    <th scope="col" class="num">
                      Paid
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row) => (
                    <FigureRow key={row.key} name={row.name || row.key} figures={row} money={money} />
                  ))}
                </tbody>
                <tfoot>
                  <FigureRow name="Total" figures={report.totals} money={money} />
                </tfoot>
              </table>
            </div>
          )
        }
      </Async>
    </Card>
  );
}

function FigureRow({
  name,
  figures,
  money,
}: {
  name: string;
  figures: Figures;
  money: (cents: number) => string;
}) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td class="num">{formatCount(figures.clicks)}</td>
      <td class="num">{formatCount(figures.orders)}</td>
      <td class="num">{formatPercent(figures.conversionRate)}</td>
      <td class="num">{money(figures.revenue)}</td>
      <td class="num">{money(figures.refunds)}</td>
      <td class="num">{money(figures.netRevenue)}</td>
      <td class="num">{money(figures.commission.pending)}</td>
      <td class="num">{money(figures.commission.approved)}</td>
      <td class="num">{money(figures.commission.paid)}</td>
    </tr>
  );
}

const FLAG_LABELS: Record<Conversion['flags'][number], string> = {
  self_referral: 'Self-referral',
  own_link_purchase: 'Ambassador’s own browser',
  unknown_click: 'Unknown click',
  click_outside_window: 'Click too old',
  unknown_code: 'Unknown code',
  suspended_code: 'Suspended code',
  refunds_exceed_order: 'Refunds exceed order',
  repeat_customer: 'Repeat customer',
};

const PAGE_SIZE = 50;

function loadOrders(programId: string, range: DayRange, cursor?: string): Promise<ConversionPage> {
  return ok(
    api.referrals.api.programs[':programId'].conversions.$get({
      param: { programId },
      query: { from: range.from, to: range.to, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    }),
  );
}

/** `sales/orders`: the period's orders, newest first, so a brand can tick them off against its shop. */
function OrdersPage({ ctx, state }: { ctx: ProgramContext; state: PeriodState }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const { range } = state;
  const periodLabel = `${formatDay(range.from)} to ${formatDay(range.to)}`;
  // The brand cannot list ambassadors; the per-ambassador report of the same period names them.
  const names = useRequest(
    () => loadReport(programId, range, 'ambassador'),
    [programId, range.from, range.to],
  );
  const { request, more } = usePaged(
    (cursor) => loadOrders(programId, range, cursor),
    [programId, range.from, range.to],
  );
  const nameOf = useMemo(() => namesOf(names.data), [names.data]);
  const money = (cents: number) => formatMoney(cents, currency);
  return (
    <div class="brand-view">
      <p class="back">
        <Link href={`${programPath(programId, 'sales')}${state.search}`}>Back to sales</Link>
      </p>
      <h1>Orders</h1>
      <PeriodPicker state={state} />
      <Card title="Orders in this period">
        <p class="muted small">
          Every order the shop reported for {periodLabel}, newest first, with who it was credited to. Amounts
          are in {currency}; the net is the amount less refunds. Times are UTC, like the period's days.
        </p>
        {names.status === 'error' ? <ErrorNotice error={names.error} onRetry={names.reload} /> : null}
        <Async request={request} label="Loading the orders…">
          {(page) =>
            page.items.length === 0 ? (
              <Empty title="No orders in this period">
                Orders appear once the shop reports them (see Integrations).
              </Empty>
            ) : (
              <>
                <div class="table-wrap">
                  <table>
                    <caption class="visually-hidden">Orders, {periodLabel}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Order</th>
                        <th scope="col">Date (UTC)</th>
                        <th scope="col" class="num">
                          Amount
                        </th>
                        <th scope="col" class="num">
                          Refunded
                        </th>
                        <th scope="col" class="num">
                          Net
                        </th>
                        <th scope="col">Ambassador</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((order) => (
                        <tr key={order.orderId}>
                          <th scope="row" class="order-id">
                            {order.orderId}
                          </th>
                          <td class="nowrap">
                            {formatDate(order.occurredAt, { withTime: true, timeZone: 'UTC' })}
                          </td>
                          <td class="num">{money(order.amount)}</td>
                          <td class="num">{order.refundedAmount ? money(order.refundedAmount) : '–'}</td>
                          <td class="num">{money(order.amount - order.refundedAmount)}</td>
                          <td>
                            {order.attribution ? (
                              <>
                                {nameOf.get(order.attribution.ambassadorId) ?? order.attribution.ambassadorId}
                                <span class="muted small block">
                                  {order.attribution.via === 'click' ? 'Link' : 'Code'}{' '}
                                  {order.attribution.code}
                                </span>
                              </>
                            ) : (
                              <span class="muted">No one</span>
                            )}
                          </td>
                          <td>
                            <span class="pills">
                              <span class={`pill ${order.status}`}>{order.status}</span>
                              {order.refundedAmount >= order.amount && order.amount > 0 ? (
                                <span class="pill void">Refunded</span>
                              ) : null}
                              {order.flags.map((flag) => (
                                <span key={flag} class="pill flag">
                                  {FLAG_LABELS[flag]}
                                </span>
                              ))}
                            </span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div class="row list-foot">
                  <p class="muted small" aria-live="polite">
                    {page.items.length} {page.items.length === 1 ? 'order' : 'orders'} shown
                    {page.nextCursor ? '; there are more.' : '.'}
                  </p>
                  <LoadMore page={page} more={more} label="Show more orders" />
                </div>
              </>
            )
          }
        </Async>
      </Card>
    </div>
  );
}
