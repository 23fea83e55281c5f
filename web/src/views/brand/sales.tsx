import { t } from '../../i18n/i18n.ts';
import { useMoneyRequest } from '../../money-changed.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { Async, Card } from '../../ui/kit.tsx';
import { loadReport } from './brand-data.ts';
import { KeyFigures, SalesChart } from './sales/key-figures.tsx';
import { OrdersPage } from './sales/orders-page.tsx';
import { PeriodPicker } from './sales/period-picker.tsx';
import { ReportTable } from './sales/report-table.tsx';
import { type PeriodState, usePeriod } from './sales/use-period.ts';
import './brand.css';

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
  const byDay = useMoneyRequest(() => loadReport(programId, range, 'day'), [programId, range.from, range.to]);

  return (
    <div class="brand-view">
      <h1>{t('brandMoney.sales.title')}</h1>
      <PeriodPicker state={state} />

      <section aria-labelledby="key-figures">
        <h2 id="key-figures" class="section-title">
          {t('brandMoney.sales.keyFigures')}
        </h2>
        <Async request={byDay} label={t('brandMoney.sales.loading')}>
          {(report) => (
            <>
              <KeyFigures totals={report.totals} currency={currency} />
              <SalesChart report={report} currency={currency} />
            </>
          )}
        </Async>
      </section>

      <ReportTable groupBy="ambassador" programId={programId} range={range} currency={currency} />
      <ReportTable groupBy="challenge" programId={programId} range={range} currency={currency} />
      <Card title={t('brandMoney.sales.orders')}>
        <p>{t('brandMoney.sales.ordersText')}</p>
        <Link class="button secondary" href={`${programPath(programId, 'sales', 'orders')}${state.search}`}>
          {t('brandMoney.sales.seeOrders')}
        </Link>
      </Card>
    </div>
  );
}
