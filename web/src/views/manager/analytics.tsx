import { useCallback, useState } from 'preact/hooks';
import { ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { addMonths, currentMonth, formatMoney, monthName } from '../../ui/format.ts';
import { Async, SelectField } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import { programApi } from './analytics/analytics-api.ts';
import { ChainsSection } from './analytics/chains-section.tsx';
import { JourneySection } from './analytics/journey-section.tsx';
import { ReportSection } from './analytics/report-section.tsx';
import './manager.css';

const PERIODS = [
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: '24', label: 'Last 24 months' },
];

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
