import { useEffect, useMemo } from 'preact/hooks';
import { t, tx } from '../../i18n/i18n.ts';
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
      <h1>{t('ambassadorHome.earnings.title')}</h1>
      {!sales ? (
        <Notice kind="info">
          <p>{t('ambassadorHome.earnings.noLink')}</p>
        </Notice>
      ) : (
        <>
          <section class="card" aria-labelledby="commission-title">
            <h2 id="commission-title">{t('ambassadorHome.earnings.commission')}</h2>
            <div class="stats commission">
              <Stat
                label={t('ambassadorHome.earnings.pending')}
                value={money(sales.commission.pending)}
                hint={t('ambassadorHome.earnings.pendingHint')}
              />
              <Stat
                label={t('ambassadorHome.earnings.approved')}
                value={money(sales.commission.approved)}
                hint={t('ambassadorHome.earnings.approvedHint')}
              />
              <Stat label={t('ambassadorHome.earnings.paid')} value={money(sales.commission.paid)} />
            </div>
            <p class="small muted">
              {t('ambassadorHome.earnings.note')}{' '}
              {ctx.program.minimumPayout > 0
                ? t('ambassadorHome.earnings.minimum', { amount: money(ctx.program.minimumPayout) })
                : ''}
            </p>
          </section>
          <EarningsLines programId={programId} ambassadorId={ctx.me.user.id} money={money} />
          <PayoutDetailsSection programId={programId} ambassadorId={ctx.me.user.id} />
          <section class="card" aria-labelledby="sales-title">
            <h2 id="sales-title">{t('ambassadorHome.earnings.sales')}</h2>
            <div class="stats">
              <Stat label={t('ambassadorHome.earnings.clicks')} value={formatCount(sales.clicks)} />
              <Stat label={t('ambassadorHome.earnings.orders')} value={formatCount(sales.orders)} />
              <Stat
                label={t('ambassadorHome.earnings.perClick')}
                value={formatPercent(sales.conversionRate)}
              />
              <Stat label={t('ambassadorHome.earnings.revenue')} value={money(sales.revenue)} />
              <Stat label={t('ambassadorHome.earnings.refunds')} value={money(sales.refunds)} />
              <Stat label={t('ambassadorHome.earnings.netRevenue')} value={money(sales.netRevenue)} />
            </div>
            {sales.orders === 0 ? (
              <p class="muted">
                {tx('ambassadorHome.earnings.noOrders', {
                  link: (words) => (
                    <AppLink href={`${programPath(programId, 'home')}#referral`}>{words}</AppLink>
                  ),
                })}
              </p>
            ) : null}
          </section>
        </>
      )}
      <section class="card" aria-labelledby="clicks-title">
        <h2 id="clicks-title">{t('ambassadorHome.earnings.clicksTitle')}</h2>
        <Async request={links} label={t('ambassadorHome.earnings.clicksLoading')}>
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
  const series = useMemo(
    () => [{ label: t('ambassadorHome.earnings.clicks'), values, bars: true }],
    [values],
  );
  const last30 = values.reduce((sum, n) => sum + n, 0);
  return (
    <>
      <p>
        {tx('ambassadorHome.earnings.clicksCounted', {
          total: formatCount(data.clicks.total),
          last30: formatCount(last30),
          strong: (words) => <strong>{words}</strong>,
        })}
      </p>
      {last30 > 0 ? (
        <LineChart title={t('ambassadorHome.earnings.clicksChart')} x={x} series={series} height={200} />
      ) : (
        <p class="muted small">
          {tx('ambassadorHome.earnings.noClicks', {
            link: (words) => <AppLink href={`${programPath(programId, 'home')}#referral`}>{words}</AppLink>,
          })}
        </p>
      )}
      {data.links.length ? (
        <>
          <h3>{t('ambassadorHome.earnings.trackedLinks')}</h3>
          <ul class="list">
            {data.links.map((l) => (
              <li key={l.slug}>
                <code>{l.url}</code> <span class="small muted">→ {l.destination}</span>
              </li>
            ))}
          </ul>
          <p class="small muted">{t('ambassadorHome.earnings.together')}</p>
        </>
      ) : null}
    </>
  );
}
