import { useEffect, useRef } from 'preact/hooks';
import { Button, Empty, ErrorNotice, Notice, TextField } from '../../../ui/kit.tsx';
import { useSelection } from '../../../ui/use-selection.ts';
import type { Commission } from '../brand-data.ts';
import { LineTable } from './line-table.tsx';
import { BATCH, batchesOf, owingAmbassadors, totalOf } from './payout-batches.ts';
import { PayoutProgress } from './payout-progress.tsx';
import { usePayout } from './use-payout.ts';

/** The approved lines, to tick off and mark as paid. */
export function PayoutQueue({
  programId,
  lines,
  money,
  nameOf,
  onPaid,
  onShowPending,
}: {
  onShowPending: () => void;
  programId: string;
  lines: Commission[];
  money: (cents: number) => string;
  nameOf: (id: string) => string;
  onPaid: () => void;
}) {
  const selection = useSelection();
  const { selected } = selection;
  const chosen = lines.filter((line) => selected.has(line.commissionId));
  const { reference, setReference, progress, pay } = usePayout(programId, chosen, selection, onPaid);
  const outcome = useRef<HTMLDivElement>(null);
  // The button pressed may be gone (its lines paid) or disabled: the outcome takes the focus.
  useEffect(() => {
    if (progress && !progress.running) outcome.current?.focus();
  }, [progress?.running]);
  const owing = owingAmbassadors(chosen);
  const allChosen = lines.length > 0 && chosen.length === lines.length;

  return (
    <div class="stack">
      {progress ? (
        <div ref={outcome} tabIndex={-1} class="payout-outcome">
          <PayoutProgress progress={progress} money={money} />
        </div>
      ) : null}
      {lines.length === 0 ? (
        <Empty title="Nothing to pay">
          <p>Approved commissions show here once their holding period ends.</p>
          <Button onClick={onShowPending}>Show pending lines</Button>
        </Empty>
      ) : (
        <>
          <label class="check select-all">
            <input
              type="checkbox"
              checked={allChosen}
              ref={(el) => {
                if (el) el.indeterminate = chosen.length > 0 && !allChosen;
              }}
              onChange={(e) =>
                (e.target as HTMLInputElement).checked
                  ? selection.choose(lines.map((line) => line.commissionId))
                  : selection.clear()
              }
            />
            <span>Select all approved ({lines.length})</span>
          </label>
          <LineTable
            lines={lines}
            money={money}
            nameOf={nameOf}
            state="approved"
            selected={selected}
            onToggle={selection.toggle}
          />
          <div class="payout card">
            <h3>Pay the selected lines</h3>
            <p aria-live="polite">
              <strong>
                {chosen.length} of {lines.length} {lines.length === 1 ? 'line' : 'lines'} selected:{' '}
                {money(totalOf(chosen))}
              </strong>
              {chosen.length > BATCH ? (
                <span class="muted">
                  {' '}
                  (sent as {batchesOf(chosen).length} payouts of at most {BATCH} lines)
                </span>
              ) : null}
            </p>
            {owing.length ? (
              <Notice kind="warning">
                <p>
                  Clawbacks are more than the commissions selected for {owing.map(nameOf).join(', ')}. Select
                  more of their approved lines, or leave their clawbacks for a later payout.
                </p>
              </Notice>
            ) : null}
            <TextField
              label="Payment reference (optional)"
              hint="Your bank transfer id or invoice number, kept with the payout."
              maxLength={200}
              value={reference}
              onValue={setReference}
            />
            {pay.error ? <ErrorNotice error={pay.error} /> : null}
            <div class="actions">
              <Button
                variant="primary"
                busy={pay.busy}
                disabled={chosen.length === 0 || owing.length > 0}
                onClick={() => void pay.run()}
              >
                Mark as paid
              </Button>
              {chosen.length === 0 ? <span class="muted small">Select the lines you have paid.</span> : null}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
