import { useMemo, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { moneyChanged, useMoneyRequest } from '../../money-changed.ts';
import type { ProgramContext } from '../../program-context.ts';
import { formatMoney } from '../../ui/format.ts';
import { allTime, loadReport } from './brand-data.ts';
import { CommissionTotals } from './commissions/commission-totals.tsx';
import { NewPayout } from './payouts/new-payout.tsx';
import { PayoutAccountCard } from './payouts/payout-account-card.tsx';
import { PayoutDetailCard } from './payouts/payout-detail.tsx';
import { PayoutHistory } from './payouts/payout-history.tsx';
import './brand.css';

/**
 * Payouts: the next one worked out before it is made (a dry run), made for everyone or chosen
 * ambassadors, exported to pay from the brand's own PayPal or bank account, then confirmed with
 * the day and the bank's reference. The commission totals above, the history below, and the
 * account SEPA files pay from. A payout made or confirmed updates every figure (money-changed).
 */
export function PayoutsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const money = (cents: number) => formatMoney(cents, program.currency);
  const [open, setOpen] = useState<string | undefined>();
  const span = useMemo(() => allTime(), []);
  const report = useMoneyRequest(
    () => loadReport(programId, span, 'ambassador'),
    [programId, span.from, span.to],
  );
  return (
    <div class="brand-view">
      <h1>{t('brandMoney.payouts.title')}</h1>
      <p class="muted">{t('brandMoney.payouts.intro')}</p>
      <section aria-labelledby="payout-totals">
        <h2 id="payout-totals" class="section-title">
          {t('brandMoney.payouts.totals')}
        </h2>
        <CommissionTotals report={report} money={money} />
      </section>
      {open ? (
        <PayoutDetailCard
          key={open}
          programId={programId}
          payoutId={open}
          money={money}
          minimum={program.minimumPayout}
          onChanged={moneyChanged}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      <NewPayout
        programId={programId}
        money={money}
        minimum={program.minimumPayout}
        onMade={(payoutId) => {
          setOpen(payoutId);
          moneyChanged();
        }}
      />
      <PayoutHistory programId={programId} money={money} onOpen={setOpen} />
      <PayoutAccountCard programId={programId} />
    </div>
  );
}
