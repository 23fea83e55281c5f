import { useMemo } from 'preact/hooks';
import { t, useLanguage } from '../../../i18n/i18n.ts';
import { formatCount, formatMoney, formatPercent } from '../../../ui/format.ts';
import { Empty } from '../../../ui/kit.tsx';
import { LineChart, type Series } from '../../../ui/line-chart.tsx';
import { Stats } from '../../../ui/stats.tsx';
import type { Figures, Report } from '../brand-data.ts';

/**
 * The period's totals: sales (code-only orders and revenue apart, and out of the conversion
 * rate), then commission by state.
 */
export function KeyFigures({ totals, currency }: { totals: Figures; currency: string }) {
  const money = (cents: number) => formatMoney(cents, currency);
  const sales: [string, string][] = [
    [t('brandMoney.figures.clicks'), formatCount(totals.clicks)],
    [t('brandMoney.figures.orders'), formatCount(totals.orders)],
    // Orders through a link per click: code-only orders had no click, so they are not in it.
    [
      t('brandMoney.figures.conversionRate'),
      totals.conversionRate === null
        ? t('brandMoney.figures.noClicks')
        : formatPercent(totals.conversionRate),
    ],
    [t('brandMoney.figures.revenue'), money(totals.revenue)],
    // Of the orders and revenue, what a referral code alone brought (no click on the ambassador's links).
    [t('brandMoney.figures.codeOnlyOrders'), formatCount(totals.codeOnly.orders)],
    [t('brandMoney.figures.codeOnlyRevenue'), money(totals.codeOnly.revenue)],
    [t('brandMoney.figures.refunds'), money(totals.refunds)],
    [t('brandMoney.figures.netRevenue'), money(totals.netRevenue)],
    // A burst of visits from one address in an hour: kept out of the clicks and the rate.
    ...(totals.suspiciousClicks > 0
      ? [[t('brandMoney.figures.suspiciousClicks'), formatCount(totals.suspiciousClicks)] as [string, string]]
      : []),
  ];
  const commission: [string, string][] = [
    [t('brandMoney.figures.commissionPending'), money(totals.commission.pending)],
    [t('brandMoney.figures.commissionApproved'), money(totals.commission.approved)],
    [t('brandMoney.figures.commissionPaid'), money(totals.commission.paid)],
  ];
  return (
    <>
      <Stats figures={sales} compact />
      <Stats figures={commission} compact />
    </>
  );
}

/** Net revenue and orders per day, or a word that there were none. */
export function SalesChart({ report, currency }: { report: Report; currency: string }) {
  // The series' names are words: a language switch names them again.
  const language = useLanguage();
  const x = useMemo(() => report.rows.map((row) => Date.parse(`${row.key}T00:00:00Z`) / 1000), [report]);
  const revenue = useMemo<Series[]>(
    () => [{ label: t('brandMoney.figures.netRevenue'), values: report.rows.map((row) => row.netRevenue) }],
    [report, language],
  );
  const orders = useMemo<Series[]>(
    () => [
      {
        label: t('brandMoney.figures.orders'),
        values: report.rows.map((row) => row.orders),
        bars: true,
        color: '#0f766e',
      },
    ],
    [report, language],
  );
  const money = useMemo(() => (cents: number) => formatMoney(cents, currency), [currency]);
  const count = useMemo(() => (n: number) => (Number.isInteger(n) ? formatCount(n) : ''), []);
  if (report.totals.orders === 0 && report.totals.refunds === 0)
    return <Empty title={t('brandMoney.chart.empty')}>{t('brandMoney.chart.emptyText')}</Empty>;
  return (
    <div class="card chart-pair">
      <LineChart title={t('brandMoney.chart.revenue')} x={x} series={revenue} format={money} />
      <LineChart title={t('brandMoney.chart.orders')} x={x} series={orders} format={count} height={180} />
    </div>
  );
}
