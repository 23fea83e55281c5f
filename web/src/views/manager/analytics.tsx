import { useCallback, useState } from 'preact/hooks';
import { ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { addMonths, currentMonth, formatMoney, monthName } from '../../ui/format.ts';
import { Async, SelectField } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import { programApi } from './analytics/analytics-api.ts';
import { ChainsSection } from './analytics/chains-section.tsx';
import { JourneySection } from './analytics/journey-section.tsx';
import { ReportSection } from './analytics/report-section.tsx';
import './manager.css';

/** The periods to choose from, in months. */
const PERIODS = [3, 6, 12, 24];

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
      <h1>{t('managerPeople.analytics.title')}</h1>
      <div class="m-toolbar">
        <SelectField
          label={t('managerPeople.analytics.period')}
          value={period}
          onValue={setPeriod}
          options={PERIODS.map((months) => ({
            value: String(months),
            label: t('managerPeople.analytics.lastMonths', { count: months }),
          }))}
        />
        <p class="muted small">
          {t('managerPeople.analytics.range', { from: monthName(from), to: monthName(thisMonth) })}
        </p>
      </div>
      <Async request={journey} label={t('managerPeople.analytics.loadingJourney')}>
        {(data) => <JourneySection journey={data} money={money} />}
      </Async>
      <Async request={chains} label={t('managerPeople.analytics.loadingChains')}>
        {(data) => <ChainsSection chains={data} />}
      </Async>
      <ReportSection ctx={ctx} money={money} />
    </div>
  );
}
