import { useMemo, useState } from 'preact/hooks';
import type { ProgramContext } from '../../program-context.ts';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { Async, Card, Empty, SelectField } from '../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../ui/paging.tsx';
import { Stats } from '../../ui/stats.tsx';
import { useRequest } from '../../use-request.ts';
import { allTime, type CommissionState, loadReport, namesOf } from './brand-data.ts';
import { loadCommissions, loadQueue } from './commissions/commissions-api.ts';
import { LineTable } from './commissions/line-table.tsx';
import { PayoutQueue } from './commissions/payout-queue.tsx';
import './brand.css';

const STATES: { value: CommissionState; label: string }[] = [
  { value: 'approved', label: 'Approved, ready to pay' },
  { value: 'pending', label: 'Pending, in the holding period' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void (refunded before approval)' },
];

/** Commissions: lines by state with totals, and the payout queue marked paid in batches. */
export function CommissionsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const money = (cents: number) => formatMoney(cents, currency);
  const [state, setState] = useState<CommissionState>('approved');
  const span = useMemo(() => allTime(), []);
  // The report gives the totals by state and the ambassadors' names (the brand cannot list ambassadors).
  const report = useRequest(() => loadReport(programId, span, 'ambassador'), [programId, span.from, span.to]);
  const names = useMemo(() => namesOf(report.data), [report.data]);
  const nameOf = (id: string) => names.get(id) ?? id;

  return (
    <div class="brand-view">
      <h1>Commissions</h1>
      <section aria-labelledby="commission-totals">
        <h2 id="commission-totals" class="section-title">
          Totals
        </h2>
        <Async request={report} label="Loading the totals…">
          {(data) => (
            <>
              <Stats
                compact
                figures={[
                  ['Pending', money(data.totals.commission.pending)],
                  ['Approved, to pay', money(data.totals.commission.approved)],
                  ['Paid', money(data.totals.commission.paid)],
                ]}
              />
              <p class="muted small">
                All orders up to {formatDay(data.to)} (days are UTC), clawbacks netted in. A line is pending
                during the holding period, then approved and ready to pay. A refund after approval adds a
                negative clawback line.
              </p>
            </>
          )}
        </Async>
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
        {/* Keyed by the filter: another filter starts a fresh list and payout queue (no selection or
            progress carried over), and a payout still running writes only into the view it started in. */}
        <CommissionLines
          key={`${programId}:${state}`}
          programId={programId}
          state={state}
          money={money}
          nameOf={nameOf}
          onShowPending={() => setState('pending')}
          onPaid={report.reload}
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
  onShowPending,
  onPaid,
}: {
  programId: string;
  state: CommissionState;
  money: (cents: number) => string;
  nameOf: (id: string) => string;
  onShowPending: () => void;
  onPaid: () => void;
}) {
  // The approved queue comes whole (a brand pays it all); the other states page on demand.
  const { request: lines, more } = usePaged(
    (cursor) => (cursor ? loadCommissions(programId, state, cursor) : loadQueue(programId, state)),
    [programId, state],
  );
  return (
    <Async request={lines} label="Loading the commission lines…">
      {(page) =>
        state === 'approved' ? (
          <PayoutQueue
            programId={programId}
            lines={page.items}
            money={money}
            nameOf={nameOf}
            onShowPending={onShowPending}
            onPaid={() => {
              lines.reload();
              onPaid();
            }}
          />
        ) : page.items.length === 0 ? (
          <Empty title={`No ${state} commission lines`}>
            {state === 'pending'
              ? 'New orders from ambassadors show here during the holding period.'
              : state === 'paid'
                ? 'Lines you mark as paid show here.'
                : 'Lines voided by a full refund before approval show here.'}
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
