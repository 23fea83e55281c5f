import { useMemo } from 'preact/hooks';
import { t, useLanguage } from '../../../i18n/i18n.ts';
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
  const language = useLanguage();
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
        series((m) => m.sharing.submissions, t('managerPeople.journey.submitted')),
        series((m) => m.sharing.approved, t('managerPeople.journey.approved')),
      ],
      shopping: [
        series((m) => m.shopping.clicks, t('managerPeople.journey.clicks')),
        series((m) => m.shopping.orders, t('managerPeople.journey.orders')),
      ],
      revenue: [series((m) => m.shopping.revenue, t('managerPeople.journey.revenue'), true)],
      advocacy: [
        series((m) => m.advocacy.applicants, t('managerPeople.journey.applications')),
        series((m) => m.advocacy.newAmbassadors, t('managerPeople.journey.newAmbassadors')),
        series((m) => m.advocacy.activeAmbassadors, t('managerPeople.journey.activeAmbassadors')),
      ],
    };
    // The series are named in the current language: drawn again when it changes.
  }, [months, language]);

  if (!latest)
    return <Empty title={t('managerPeople.journey.empty')}>{t('managerPeople.journey.empty.text')}</Empty>;
  return (
    <>
      <Card title={t('managerPeople.journey.keyFigures', { month: monthName(latest.month) })}>
        <KeyFigures figures={latest} money={money} />
        <p class="muted small">{t('managerPeople.journey.noReach')}</p>
      </Card>
      <Card title={t('managerPeople.journey.monthByMonth')}>
        <div class="m-chart-grid">
          <LineChart
            title={t('managerPeople.journey.chart.posts')}
            x={charts.x}
            series={charts.sharing}
            format={formatCount}
          />
          <LineChart
            title={t('managerPeople.journey.chart.shopping')}
            x={charts.x}
            series={charts.shopping}
            format={formatCount}
          />
          <LineChart
            title={t('managerPeople.journey.chart.revenue')}
            x={charts.x}
            series={charts.revenue}
            format={money}
          />
          <LineChart
            title={t('managerPeople.journey.chart.advocacy')}
            x={charts.x}
            series={charts.advocacy}
            format={formatCount}
          />
        </div>
      </Card>
    </>
  );
}
