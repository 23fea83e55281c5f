import type { InferResponseType } from 'hono/client';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { api, download, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import {
  addMonths,
  currentMonth,
  formatHours,
  formatMoney,
  formatPercent,
  humanise,
  monthName,
} from '../../ui/format.ts';
import {
  Async,
  Button,
  Card,
  Empty,
  ErrorNotice,
  formatDate,
  Notice,
  SelectField,
  Stat,
} from '../../ui/kit.tsx';
import { LineChart, type Series } from '../../ui/line-chart.tsx';
import { MonthPicker } from '../../ui/month-picker.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction, useRequest } from '../../use-request.ts';
import './manager.css';

const programApi = api.analytics.api.programs[':programId'];
type Journey = InferResponseType<typeof programApi.analytics.journey.$get, 200>;
type Figures = Journey['months'][number];
type Chains = InferResponseType<typeof programApi.analytics.chains.$get, 200>;

/**
 * The monthly report. The route declares a passthrough object, so its shape is spelled out
 * here from shared/analytics/monthly-report.service.ts (MonthlyReport).
 */
type MonthlyReport = {
  month: string;
  generatedAt: string;
  final: boolean;
  kpis?: Figures;
  topAmbassadors: { userId: string; displayName: string; points: number; orders: number; revenue: number }[];
  topPosts: { submissionId: string; authorName: string; postUrl: string; kudos: number }[];
  chains: {
    topTransitions: { from: string; to: string; count: number; medianHours: number | null }[];
    topChain?: { chain: string[]; count: number };
    biggestDeadEnd?: { action: string; actions: number; deadEnds: number };
  };
};

const PERIODS = [
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: '24', label: 'Last 24 months' },
];

const monthSeconds = (month: string) => Date.parse(`${month}-01T00:00:00Z`) / 1000;
const count = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(value);

/** Journey KPIs, participation chains and the monthly report. Months are UTC calendar months. */
export function AnalyticsView({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const thisMonth = currentMonth('UTC');
  const [period, setPeriod] = useState('6');
  const from = addMonths(thisMonth, 1 - Number(period));
  const journey = useRequest(
    () => ok(programApi.analytics.journey.$get({ param: { programId }, query: { from, to: thisMonth } })),
    [programId, from, thisMonth],
  );
  const chains = useRequest(
    () => ok(programApi.analytics.chains.$get({ param: { programId }, query: { from, to: thisMonth } })),
    [programId, from, thisMonth],
  );
  // One function per currency, so the charts' memoized props keep their identity across renders.
  const money = useCallback((cents: number) => formatMoney(cents, program.currency), [program.currency]);

  return (
    <div class="stack manager">
      <h1>Analytics</h1>
      <div class="m-toolbar">
        <SelectField label="Period" value={period} onValue={setPeriod} options={PERIODS} />
        <p class="muted small">
          {monthName(from)} to {monthName(thisMonth)}, in UTC calendar months. This month is still running.
        </p>
      </div>
      <Async request={journey} label="Loading the journey figures…">
        {(data) => <JourneySection journey={data} money={money} />}
      </Async>
      <Async request={chains} label="Loading the participation chains…">
        {(data) => <ChainsSection chains={data} />}
      </Async>
      <ReportSection ctx={ctx} money={money} />
    </div>
  );
}

function KeyFigures({ figures, money }: { figures: Figures; money: (cents: number) => string }) {
  const { sharing, shopping, advocacy } = figures;
  return (
    <>
      <h3>Sharing</h3>
      <div class="stats">
        <Stat value={count(sharing.submissions)} label="Posts submitted" />
        <Stat value={count(sharing.approved)} label="Posts approved" />
        <Stat value={formatPercent(sharing.approvalRate)} label="Approval rate" />
        <Stat value={formatHours(sharing.medianReviewHours)} label="Median time to approval" />
      </div>
      <h3>Shopping</h3>
      <div class="stats">
        <Stat value={count(shopping.clicks)} label="Referral clicks" />
        <Stat value={count(shopping.orders)} label="Orders" />
        <Stat value={money(shopping.revenue)} label="Referral revenue" />
        <Stat value={formatPercent(shopping.conversionRate)} label="Orders per click" />
        <Stat
          value={
            shopping.revenuePerActiveAmbassador === null ? '–' : money(shopping.revenuePerActiveAmbassador)
          }
          label="Revenue per active ambassador"
        />
      </div>
      <h3>Advocacy</h3>
      <div class="stats">
        <Stat value={count(advocacy.applicants)} label="Applications" />
        <Stat value={count(advocacy.newAmbassadors)} label="New ambassadors" />
        <Stat value={count(advocacy.activeAmbassadors)} label="Active ambassadors" />
        <Stat value={formatPercent(advocacy.retention)} label="Active again from last month" />
        <Stat value={count(advocacy.recruited)} label="Recruited by ambassadors" />
      </div>
    </>
  );
}

function JourneySection({ journey, money }: { journey: Journey; money: (cents: number) => string }) {
  const months = journey.months;
  const latest = months[months.length - 1];
  const charts = useMemo(() => {
    const x = months.map((m) => monthSeconds(m.month));
    const series = (pick: (m: Figures) => number | null, label: string, bars = false): Series => ({
      label,
      values: months.map(pick),
      ...(bars ? { bars } : {}),
    });
    return {
      x,
      sharing: [
        series((m) => m.sharing.submissions, 'Submitted'),
        series((m) => m.sharing.approved, 'Approved'),
      ],
      shopping: [series((m) => m.shopping.clicks, 'Clicks'), series((m) => m.shopping.orders, 'Orders')],
      revenue: [series((m) => m.shopping.revenue, 'Revenue', true)],
      advocacy: [
        series((m) => m.advocacy.applicants, 'Applications'),
        series((m) => m.advocacy.newAmbassadors, 'New ambassadors'),
        series((m) => m.advocacy.activeAmbassadors, 'Active ambassadors'),
      ],
    };
  }, [months]);
  const whole = useMemo(() => (value: number) => (Number.isInteger(value) ? String(value) : ''), []);

  if (!latest) return <Empty title="No figures yet">They appear once ambassadors start taking part.</Empty>;
  return (
    <>
      <Card title={`Key figures for ${monthName(latest.month)}`}>
        <KeyFigures figures={latest} money={money} />
        <p class="muted small">Reach is not counted yet: posts carry no audience figures.</p>
      </Card>
      <Card title="Month by month">
        <div class="m-chart-grid">
          <LineChart
            title="Posts submitted and approved"
            x={charts.x}
            series={charts.sharing}
            format={whole}
          />
          <LineChart
            title="Referral clicks and orders"
            x={charts.x}
            series={charts.shopping}
            format={whole}
          />
          <LineChart title="Referral revenue" x={charts.x} series={charts.revenue} format={money} />
          <LineChart
            title="Applications and ambassadors"
            x={charts.x}
            series={charts.advocacy}
            format={whole}
          />
        </div>
      </Card>
    </>
  );
}

const chainText = (chain: string[]) => chain.map(humanise).join(' → ');

function Bar({ rate, label }: { rate: number | null; label: string }) {
  return (
    <span class="m-bar-cell">
      <span class="m-bar" aria-hidden="true">
        <span class="m-bar-fill" style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
      </span>
      <span>{label}</span>
    </span>
  );
}

function ChainsSection({ chains }: { chains: Chains }) {
  const maxChain = Math.max(1, ...chains.topChains.map((c) => c.count));
  const transitions = [...chains.transitions].sort((a, b) => b.count - a.count).slice(0, 15);
  return (
    <section class="card" aria-labelledby="chains-heading">
      <h2 id="chains-heading">Participation chains</h2>
      <p class="muted small">
        Which actions lead to more actions within {chains.windowDays} days, and where they stop.
      </p>
      <div class="m-chains-grid">
        <div>
          <h3>Top chains</h3>
          {chains.topChains.length === 0 ? (
            <p class="muted">No chains of three actions yet.</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Three actions in a row</th>
                    <th scope="col" class="num">
                      Times
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {chains.topChains.map((c) => (
                    <tr key={c.chain.join('>')}>
                      <td>{chainText(c.chain)}</td>
                      <td class="num">
                        <Bar rate={c.count / maxChain} label={String(c.count)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <div>
          <h3>What follows what</h3>
          {transitions.length === 0 ? (
            <p class="muted">No actions followed by another yet.</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">After</th>
                    <th scope="col">Comes</th>
                    <th scope="col" class="num">
                      Times
                    </th>
                    <th scope="col" class="num">
                      Median gap
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {transitions.map((t) => (
                    <tr key={`${t.from}>${t.to}`}>
                      <td>{humanise(t.from)}</td>
                      <td>{humanise(t.to)}</td>
                      <td class="num">{t.count}</td>
                      <td class="num">{formatHours(t.medianHours)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <div>
          <h3>Dead ends</h3>
          {chains.deadEnds.settledMonths.length > 0 && chains.deadEnds.actions.length === 0 ? (
            <p class="muted">No actions in the settled months of this period.</p>
          ) : chains.deadEnds.settledMonths.length === 0 ? (
            <p class="muted">
              None settled yet: a month counts once it ended {chains.windowDays} days ago, so every action in
              it had its chance.
            </p>
          ) : (
            <>
              <p class="muted small">
                Actions nothing followed within {chains.windowDays} days, in{' '}
                {chains.deadEnds.settledMonths.map(monthName).join(', ')}.
              </p>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Action</th>
                      <th scope="col" class="num">
                        Times
                      </th>
                      <th scope="col" class="num">
                        Followed
                      </th>
                      <th scope="col" class="num">
                        Dead ends
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {chains.deadEnds.actions.map((a) => (
                      <tr key={a.action}>
                        <td>{humanise(a.action)}</td>
                        <td class="num">{a.actions}</td>
                        <td class="num">{a.followed}</td>
                        <td class="num">
                          <Bar
                            rate={a.deadEndRate}
                            label={`${a.deadEnds} (${formatPercent(a.deadEndRate)})`}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
        <div>
          <h3>Do challenges lead on?</h3>
          {chains.challenges.length === 0 ? (
            <p class="muted">No completed challenges in this period yet.</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Challenge</th>
                    <th scope="col" class="num">
                      Completed
                    </th>
                    <th scope="col" class="num">
                      Went on
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {chains.challenges.map((c) => (
                    <tr key={c.challengeId}>
                      <td>{c.title}</td>
                      <td class="num">{c.completions}</td>
                      <td class="num">
                        <Bar
                          rate={c.continuationRate}
                          label={`${c.continued} (${formatPercent(c.continuationRate)})`}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function ReportSection({ ctx, money }: { ctx: ProgramContext; money: (cents: number) => string }) {
  const { programId } = ctx;
  const lastMonth = addMonths(currentMonth('UTC'), -1);
  const [month, setMonth] = useState(lastMonth);
  const report = useRequest(
    async () =>
      (await ok(
        programApi.reports.monthly[':month'].$get({ param: { programId, month }, query: { format: 'json' } }),
      )) as unknown as MonthlyReport,
    [programId, month],
  );
  const csv = useAction(async () => {
    const query = new URLSearchParams({ format: 'csv' });
    await download(
      `/api/programs/${encodeURIComponent(programId)}/reports/monthly/${encodeURIComponent(month)}?${query}`,
      `program-report-${month}.csv`,
    );
    toast('Report downloaded');
  });

  return (
    <section class="card stack" aria-labelledby="report-heading">
      <header class="card-header">
        <h2 id="report-heading">Monthly report</h2>
        <Button variant="secondary" busy={csv.busy} onClick={() => void csv.run()}>
          Download CSV
        </Button>
      </header>
      <MonthPicker label="Report month" value={month} onValue={setMonth} max={lastMonth} />
      {csv.error ? <ErrorNotice error={csv.error} /> : null}
      <Async request={report} label="Loading the report…">
        {(data) => (
          <div class="stack" aria-live="polite">
            {data.final ? (
              <Notice kind="success">
                <p>Final report for {monthName(data.month)}.</p>
              </Notice>
            ) : (
              <Notice kind="warning">
                <p>
                  <strong>Provisional.</strong> Figures for {monthName(data.month)} can still change until 30
                  days after the month ends; the final report replaces this one.
                </p>
              </Notice>
            )}
            <p class="muted small">Written {formatDate(data.generatedAt, true)}</p>
            {data.kpis ? <KeyFigures figures={data.kpis} money={money} /> : null}
            <h3>Top ambassadors</h3>
            {data.topAmbassadors.length === 0 ? (
              <p class="muted">Nobody earned points this month.</p>
            ) : (
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Ambassador</th>
                      <th scope="col" class="num">
                        Points
                      </th>
                      <th scope="col" class="num">
                        Orders
                      </th>
                      <th scope="col" class="num">
                        Revenue
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.topAmbassadors.map((a) => (
                      <tr key={a.userId}>
                        <td>{a.displayName}</td>
                        <td class="num">{a.points}</td>
                        <td class="num">{a.orders}</td>
                        <td class="num">{money(a.revenue)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h3>Most liked posts</h3>
            {data.topPosts.length === 0 ? (
              <p class="muted">No approved posts this month.</p>
            ) : (
              <ol class="m-top-posts">
                {data.topPosts.map((p) => (
                  <li key={p.submissionId}>
                    <a href={p.postUrl} target="_blank" rel="noopener noreferrer">
                      {p.authorName || 'A post'}
                      <span class="visually-hidden"> (opens in a new tab)</span>
                    </a>{' '}
                    <span class="muted">· {p.kudos} kudos</span>
                  </li>
                ))}
              </ol>
            )}
            <h3>Chain highlights</h3>
            <ul>
              {data.chains.topChain ? (
                <li>
                  Top chain: {chainText(data.chains.topChain.chain)} ({data.chains.topChain.count} times)
                </li>
              ) : null}
              {data.chains.topTransitions.map((t) => (
                <li key={`${t.from}>${t.to}`}>
                  {humanise(t.from)} → {humanise(t.to)}: {t.count} times, median gap{' '}
                  {formatHours(t.medianHours)}
                </li>
              ))}
              {data.chains.biggestDeadEnd ? (
                <li>
                  Biggest dead end: {humanise(data.chains.biggestDeadEnd.action)} (
                  {data.chains.biggestDeadEnd.deadEnds} of {data.chains.biggestDeadEnd.actions} led nowhere)
                </li>
              ) : null}
              {!data.chains.topChain &&
              data.chains.topTransitions.length === 0 &&
              !data.chains.biggestDeadEnd ? (
                <li class="muted">No chains this month.</li>
              ) : null}
            </ul>
          </div>
        )}
      </Async>
    </section>
  );
}
