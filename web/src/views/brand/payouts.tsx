import { useState } from 'preact/hooks';
import type { ProgramContext } from '../../program-context.ts';
import { formatMoney } from '../../ui/format.ts';
import { NewPayout } from './payouts/new-payout.tsx';
import { PayoutAccountCard } from './payouts/payout-account-card.tsx';
import { PayoutDetailCard } from './payouts/payout-detail.tsx';
import { PayoutHistory } from './payouts/payout-history.tsx';
import './brand.css';

/**
 * Payouts: the next one worked out before it is made (a dry run), made for everyone or chosen
 * ambassadors, exported to pay from the brand's own PayPal or bank account, then confirmed with
 * the day and the bank's reference. The history below, and the account SEPA files pay from.
 */
export function PayoutsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const money = (cents: number) => formatMoney(cents, program.currency);
  const [open, setOpen] = useState<string | undefined>();
  // A payout made or confirmed: the plan and the history are read again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  return (
    <div class="brand-view">
      <h1>Payouts</h1>
      <p class="muted">
        Approved commission, one payment per ambassador. Embassy never holds money: you pay from your own
        account with the file a payout exports.
      </p>
      {open ? (
        <PayoutDetailCard
          key={open}
          programId={programId}
          payoutId={open}
          money={money}
          minimum={program.minimumPayout}
          onChanged={changed}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      <NewPayout
        key={`plan-${changes}`}
        programId={programId}
        money={money}
        minimum={program.minimumPayout}
        onMade={(payoutId) => {
          setOpen(payoutId);
          changed();
        }}
      />
      <PayoutHistory key={`history-${changes}`} programId={programId} money={money} onOpen={setOpen} />
      <PayoutAccountCard programId={programId} />
    </div>
  );
}
