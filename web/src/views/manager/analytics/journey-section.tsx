import { useMemo } from 'preact/hooks';
import { formatCount, monthName } from '../../../ui/format.ts';
import { Card, Empty } from '../../../ui/kit.tsx';
import { LineChart, type Series } from '../../../ui/line-chart.tsx';
import type { Figures, Journey } from './analytics-api.ts';
import { monthSeconds } from './analytics-format.ts';
import { KeyFigures } from './key-figures.tsx';

/** The latest month's key figures, and each figure month by month. */
export function JourneySection({ journey, money }: { journey: Journey; money: (cents: number) => string }) {
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
            format={formatCount}
          />
          <LineChart
            title="Referral clicks and orders"
            x={charts.x}
            series={charts.shopping}
            format={formatCount}
          />
          <LineChart title="Referral revenue" x={charts.x} series={charts.revenue} format={money} />
          <LineChart
            title="Applications and ambassadors"
            x={charts.x}
            series={charts.advocacy}
            format={formatCount}
          />
        </div>
      </Card>
    </>
  );
}
