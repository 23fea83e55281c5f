import { useEffect, useMemo } from 'preact/hooks';
import { useMoneyReloads } from '../../money-changed.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { formatCount, formatMoney, formatPercent } from '../../ui/format.ts';
import { Async, Notice, Stat } from '../../ui/kit.tsx';
import { LineChart } from '../../ui/line-chart.tsx';
import './ambassador.css';
import { AppLink } from './common.tsx';
import { EarningsLines } from './earnings-lines.tsx';
import { PayoutDetailsSection } from './payout-details-form.tsx';
import { type Links, useLinks } from './referral-card.tsx';

/** What the referral link earned: the shopping journey (clicks → orders → revenue) and commission by state. */
export function EarningsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const links = useLinks(programId);
  // The figures come with the membership: fetch them fresh when the tab opens.
  useEffect(() => ctx.reloadMe(), []);
  useMoneyReloads(ctx.reloadMe);
  const sales = ctx.membership.progress?.sales;
  const currency = sales?.currency ?? ctx.program.currency;
  const money = (cents: number) => formatMoney(cents, currency);

  return (
    <>
      <h1>Earnings</h1>
      {!sales ? (
        <Notice kind="info">
          <p>Your earnings show here once you have a referral link.</p>
        </Notice>
      ) : (
        <>
          <section class="card" aria-labelledby="commission-title">
            <h2 id="commission-title">Commission</h2>
            <div class="stats commission">
              <Stat label="Pending" value={money(sales.commission.pending)} hint="In the holding period" />
              <Stat
                label="Approved"
                value={money(sales.commission.approved)}
                hint="To be paid, in a payout or waiting for one"
              />
              <Stat label="Paid" value={money(sales.commission.paid)} />
            </div>
            <p class="small muted">
              Commission waits out the shop's return period before it is approved; a refunded order reverses
              it.{' '}
              {ctx.program.minimumPayout > 0 ? `Payouts start at ${money(ctx.program.minimumPayout)}.` : ''}
            </p>
          </section>
          <EarningsLines programId={programId} ambassadorId={ctx.me.user.id} money={money} />
          <PayoutDetailsSection programId={programId} ambassadorId={ctx.me.user.id} />
          <section class="card" aria-labelledby="sales-title">
            <h2 id="sales-title">Your sales, all time</h2>
            <div class="stats">
              <Stat label="Clicks" value={formatCount(sales.clicks)} />
              <Stat label="Orders" value={formatCount(sales.orders)} />
              <Stat label="Orders per click" value={formatPercent(sales.conversionRate)} />
              <Stat label="Revenue" value={money(sales.revenue)} />
              <Stat label="Refunds" value={money(sales.refunds)} />
              <Stat label="Net revenue" value={money(sales.netRevenue)} />
            </div>
            {sales.orders === 0 ? (
              <p class="muted">
                No orders yet.{' '}
                <AppLink href={`${programPath(programId, 'home')}#referral`}>Share your link</AppLink> where
                your audience is.
              </p>
            ) : null}
          </section>
        </>
      )}
      <section class="card" aria-labelledby="clicks-title">
        <h2 id="clicks-title">Clicks on your links</h2>
        <Async request={links} label="Loading your clicks…">
          {(data) => <Clicks data={data} programId={programId} />}
        </Async>
      </section>
    </>
  );
}

function Clicks({ data, programId }: { data: Links; programId: string }) {
  // Memoized on the figures, so a re-render (the membership reloading) does not redraw the chart.
  const byDay = data.clicks.byDay;
  const { x, values } = useMemo(() => {
    const days = Array.from({ length: 30 }, (_, i) =>
      new Date(Date.now() - (29 - i) * 86_400_000).toISOString().slice(0, 10),
    );
    return {
      x: days.map((day) => Date.parse(`${day}T12:00:00Z`) / 1000),
      values: days.map((day) => byDay[day] ?? 0),
    };
  }, [byDay]);
  const series = useMemo(() => [{ label: 'Clicks', values, bars: true }], [values]);
  const last30 = values.reduce((sum, n) => sum + n, 0);
  return (
    <>
      <p>
        <strong>{formatCount(data.clicks.total)}</strong> counted clicks in all,{' '}
        <strong>{formatCount(last30)}</strong> in the last 30 days.
      </p>
      {last30 > 0 ? (
        <LineChart title="Clicks per day, last 30 days" x={x} series={series} height={200} />
      ) : (
        <p class="muted small">
          No clicks in the last 30 days.{' '}
          <AppLink href={`${programPath(programId, 'home')}#referral`}>Get your link</AppLink>
        </p>
      )}
      {data.links.length ? (
        <>
          <h3>Your tracked links</h3>
          <ul class="list">
            {data.links.map((l) => (
              <li key={l.slug}>
                <code>{l.url}</code> <span class="small muted">→ {l.destination}</span>
              </li>
            ))}
          </ul>
          <p class="small muted">Clicks are counted for all your links together.</p>
        </>
      ) : null}
    </>
  );
}
