import { useMemo } from 'preact/hooks';
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
    ['Clicks', formatCount(totals.clicks)],
    ['Orders', formatCount(totals.orders)],
    // Orders through a link per click: code-only orders had no click, so they are not in it.
    ['Conversion rate', totals.conversionRate === null ? 'No clicks' : formatPercent(totals.conversionRate)],
    ['Revenue', money(totals.revenue)],
    // Of the orders and revenue, what a referral code alone brought (no click on the ambassador's links).
    ['Code-only orders', formatCount(totals.codeOnly.orders)],
    ['Code-only revenue', money(totals.codeOnly.revenue)],
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
      <Stats figures={sales} compact />
      <Stats figures={commission} compact />
    </>
  );
}

/** Net revenue and orders per day, or a word that there were none. */
export function SalesChart({ report, currency }: { report: Report; currency: string }) {
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
