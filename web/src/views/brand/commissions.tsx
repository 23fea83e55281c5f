import { useMemo, useState } from 'preact/hooks';
import { useMoneyReloads, useMoneyRequest } from '../../money-changed.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatMoney } from '../../ui/format.ts';
import { Async, Card, Empty, SelectField } from '../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../ui/paging.tsx';
import { allTime, type CommissionState, loadReport, namesOf } from './brand-data.ts';
import { CommissionTotals } from './commissions/commission-totals.tsx';
import { loadCommissions } from './commissions/commissions-api.ts';
import { LineTable } from './commissions/line-table.tsx';
import './brand.css';

const STATES: { value: CommissionState; label: string }[] = [
  { value: 'approved', label: 'Approved, ready to pay' },
  { value: 'pending', label: 'Pending, in the holding period' },
  { value: 'batched', label: 'In a payout, not yet sent' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void (refunded before approval)' },
];

/** Commissions: lines by state with totals; approved lines are paid from the Payouts tab. */
export function CommissionsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const money = (cents: number) => formatMoney(cents, currency);
  const [state, setState] = useState<CommissionState>('approved');
  const span = useMemo(() => allTime(), []);
  // The report gives the totals by state and the ambassadors' names (the brand cannot list ambassadors).
  const report = useMoneyRequest(
    () => loadReport(programId, span, 'ambassador'),
    [programId, span.from, span.to],
  );
  const names = useMemo(() => namesOf(report.data), [report.data]);
  const nameOf = (id: string) => names.get(id) ?? id;

  return (
    <div class="brand-view">
      <h1>Commissions</h1>
      <section aria-labelledby="commission-totals">
        <h2 id="commission-totals" class="section-title">
          Totals
        </h2>
        <CommissionTotals report={report} money={money} note />
      </section>

      <Card title="Commission lines">
        <div class="filter">
          <SelectField
            label="Show"
            value={state}
            onValue={(value) => setState(value as CommissionState)}
            options={STATES}
          />
        </div>
        {state === 'approved' ? (
          <p>
            Pay approved lines from <Link href={programPath(programId, 'payouts')}>Payouts</Link>: one payment
            per ambassador, exported for PayPal or your bank.
          </p>
        ) : null}
        {/* Keyed by the filter: another filter starts a fresh list. */}
        <CommissionLines
          key={`${programId}:${state}`}
          programId={programId}
          state={state}
          money={money}
          nameOf={nameOf}
        />
      </Card>
    </div>
  );
}

function CommissionLines({
  programId,
  state,
  money,
  nameOf,
}: {
  programId: string;
  state: CommissionState;
  money: (cents: number) => string;
  nameOf: (id: string) => string;
}) {
  const { request: lines, more } = usePaged(
    (cursor) => loadCommissions(programId, state, cursor),
    [programId, state],
  );
  // A payout made or confirmed moves lines between states: the list follows.
  useMoneyReloads(lines.reload);
  return (
    <Async request={lines} label="Loading the commission lines…">
      {(page) =>
        page.items.length === 0 ? (
          <Empty title={`No ${state === 'batched' ? 'batched' : state} commission lines`}>
            {EMPTY[state]}
          </Empty>
        ) : (
          <>
            <LineTable lines={page.items} money={money} nameOf={nameOf} state={state} />
            <ListFoot page={page} more={more} one="line" many="lines" label="Show more lines" />
          </>
        )
      }
    </Async>
  );
}

const EMPTY: Record<CommissionState, string> = {
  approved: 'Approved commissions show here once their holding period ends.',
  pending: 'New orders from ambassadors show here during the holding period.',
  batched: 'Lines in a payout you have not confirmed yet show here.',
  paid: 'Lines of the payouts you confirmed show here.',
  void: 'Lines voided by a full refund before approval show here.',
};
