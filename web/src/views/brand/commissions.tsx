import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ApiError, api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { formatDate, formatDay, formatMoney, formatPercent } from '../../ui/format.ts';
import {
  Async,
  Button,
  Card,
  Empty,
  ErrorNotice,
  Notice,
  SelectField,
  Stat,
  TextField,
} from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { asApiError, useAction, useRequest } from '../../use-request.ts';
import {
  allTime,
  type Commission,
  type CommissionPage,
  type CommissionState,
  loadReport,
  namesOf,
} from './brand-data.ts';
import './brand.css';

const STATES: { value: CommissionState; label: string }[] = [
  { value: 'approved', label: 'Approved, ready to pay' },
  { value: 'pending', label: 'Pending, in the holding period' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void (refunded before approval)' },
];

/** What a payout transaction holds at most (the API refuses more than 99 lines per call). */
const BATCH = 99;
const PAGE = 100;

async function loadCommissions(
  programId: string,
  state: CommissionState,
  cursor?: string,
): Promise<CommissionPage> {
  return ok(
    api.referrals.api.programs[':programId'].commissions.$get({
      param: { programId },
      query: { state, limit: PAGE, ...(cursor ? { cursor } : {}) },
    }),
  );
}

/** The payout queue is read whole (a brand pays it all); other states page on demand. */
async function loadQueue(programId: string, state: CommissionState): Promise<CommissionPage> {
  let page = await loadCommissions(programId, state);
  if (state !== 'approved') return page;
  const items = [...page.items];
  while (page.nextCursor) {
    page = await loadCommissions(programId, state, page.nextCursor);
    items.push(...page.items);
  }
  return { items };
}

/**
 * Splits lines into payouts of at most 99, keeping each ambassador's lines together where they
 * fit, because the API nets a clawback only against the same ambassador's lines in the same call.
 */
export function batchesOf(lines: Commission[]): Commission[][] {
  const byAmbassador = new Map<string, Commission[]>();
  for (const line of lines)
    byAmbassador.set(line.ambassadorId, [...(byAmbassador.get(line.ambassadorId) ?? []), line]);
  const groups: Commission[][] = [];
  for (const group of byAmbassador.values()) {
    if (group.length <= BATCH) {
      groups.push(group);
      continue;
    }
    // Too many for one call: each clawback goes with commissions that cover it.
    const chunks: { lines: Commission[]; sum: number }[] = [];
    for (const line of group.filter((l) => l.amount >= 0).sort((a, b) => b.amount - a.amount)) {
      const last = chunks.at(-1);
      if (last && last.lines.length < BATCH) {
        last.lines.push(line);
        last.sum += line.amount;
      } else chunks.push({ lines: [line], sum: line.amount });
    }
    for (const clawback of group.filter((l) => l.amount < 0)) {
      const home =
        chunks.find((c) => c.lines.length < BATCH && c.sum + clawback.amount >= 0) ?? chunks.at(-1);
      if (home && home.lines.length < BATCH) {
        home.lines.push(clawback);
        home.sum += clawback.amount;
      } else chunks.push({ lines: [clawback], sum: clawback.amount });
    }
    groups.push(...chunks.map((c) => c.lines));
  }
  const batches: Commission[][] = [];
  for (const group of groups.sort((a, b) => b.length - a.length)) {
    const fit = batches.find((b) => b.length + group.length <= BATCH);
    if (fit) fit.push(...group);
    else batches.push([...group]);
  }
  return batches;
}

/** A batch's answer: paid, refused (nothing recorded), or unknown (no clear answer: it may have been recorded). */
type BatchResult = { index: number; lines: number; total: number; error?: ApiError; unknown?: boolean };
type Progress = { done: number; of: number; results: BatchResult[]; running: boolean };

/** No answer (the network failed) or a server failure: the payout may have been recorded all the same. */
const outcomeUnknown = (error: ApiError): boolean => error.status === 0 || error.status >= 500;

type Money = (cents: number) => string;

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
              <div class="stats figures">
                <Stat label="Pending" value={money(data.totals.commission.pending)} />
                <Stat label="Approved, to pay" value={money(data.totals.commission.approved)} />
                <Stat label="Paid" value={money(data.totals.commission.paid)} />
              </div>
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
  money: Money;
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
            <div class="row list-foot">
              <p class="muted small" aria-live="polite">
                {page.items.length} {page.items.length === 1 ? 'line' : 'lines'} shown
                {page.nextCursor ? '; there are more.' : '.'}
              </p>
              <LoadMore page={page} more={more} label="Show more lines" />
            </div>
          </>
        )
      }
    </Async>
  );
}

function PayoutQueue({
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
  money: Money;
  nameOf: (id: string) => string;
  onPaid: () => void;
}) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [reference, setReference] = useState('');
  const [progress, setProgress] = useState<Progress | undefined>();
  const outcome = useRef<HTMLDivElement>(null);
  // The button pressed may be gone (its lines paid) or disabled: the outcome takes the focus.
  useEffect(() => {
    if (progress && !progress.running) outcome.current?.focus();
  }, [progress?.running]);
  const chosen = lines.filter((line) => selected.has(line.commissionId));
  const chosenTotal = chosen.reduce((sum, line) => sum + line.amount, 0);
  const sums = new Map<string, number>();
  for (const line of chosen) sums.set(line.ambassadorId, (sums.get(line.ambassadorId) ?? 0) + line.amount);
  const owing = [...sums].filter(([, sum]) => sum < 0).map(([id]) => id);
  const allChosen = lines.length > 0 && chosen.length === lines.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const pay = useAction(async () => {
    const batches = batchesOf(chosen);
    const results: BatchResult[] = [];
    setProgress({ done: 0, of: batches.length, results, running: true });
    for (const [index, batch] of batches.entries()) {
      const total = batch.reduce((sum, line) => sum + line.amount, 0);
      try {
        await ok(
          api.referrals.api.programs[':programId'].payouts.$post({
            param: { programId },
            json: {
              commissionIds: batch.map((line) => line.commissionId),
              ...(reference.trim() ? { reference: reference.trim() } : {}),
            },
          }),
        );
        results.push({ index, lines: batch.length, total });
      } catch (caught) {
        const error = asApiError(caught);
        results.push({ index, lines: batch.length, total, error, unknown: outcomeUnknown(error) });
      }
      setProgress({ done: index + 1, of: batches.length, results: [...results], running: true });
    }
    setProgress({ done: batches.length, of: batches.length, results, running: false });
    const paid = results.filter((r) => !r.error);
    const unknown = results.filter((r) => r.unknown).length;
    const refused = results.length - paid.length - unknown;
    const paidIds = new Set(paid.flatMap((r) => (batches[r.index] ?? []).map((l) => l.commissionId)));
    setSelected((current) => new Set([...current].filter((id) => !paidIds.has(id))));
    if (paid.length === results.length) setReference('');
    const paidLines = paid.reduce((sum, r) => sum + r.lines, 0);
    const problems = [
      refused ? `${refused} ${refused === 1 ? 'payout was' : 'payouts were'} refused` : '',
      unknown ? `${unknown} ${unknown === 1 ? 'payout is' : 'payouts are'} unconfirmed` : '',
    ]
      .filter(Boolean)
      .join(', ');
    if (!problems) toast(`${paidLines} ${paidLines === 1 ? 'line' : 'lines'} marked as paid`, 'success');
    else if (paid.length) toast(`${paidLines} lines marked as paid; ${problems}`, 'error');
    else if (unknown) toast('The payout is unconfirmed: the queue was reloaded to check', 'error');
    else toast('Nothing was marked as paid', 'error');
    // Always read the queue again: paid lines leave it, and a payout without a clear answer may have
    // been recorded (or a refusal may mean someone else paid them first).
    onPaid();
  });

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
                setSelected(
                  (e.target as HTMLInputElement).checked
                    ? new Set(lines.map((line) => line.commissionId))
                    : new Set(),
                )
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
            onToggle={toggle}
          />
          <div class="payout card">
            <h3>Pay the selected lines</h3>
            <p aria-live="polite">
              <strong>
                {chosen.length} of {lines.length} {lines.length === 1 ? 'line' : 'lines'} selected:{' '}
                {money(chosenTotal)}
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

function PayoutProgress({ progress, money }: { progress: Progress; money: Money }) {
  const failed = progress.results.filter((r) => r.error);
  const paid = progress.results.filter((r) => !r.error);
  const paidTotal = paid.reduce((sum, r) => sum + r.total, 0);
  const paidLines = paid.reduce((sum, r) => sum + r.lines, 0);
  if (progress.running)
    return (
      <Notice kind="info">
        <p>
          Paying: {progress.done} of {progress.of} {progress.of === 1 ? 'payout' : 'payouts'} done…
        </p>
      </Notice>
    );
  return (
    <>
      {paid.length ? (
        <Notice kind="success">
          <p>
            Marked {paidLines} {paidLines === 1 ? 'line' : 'lines'} as paid ({money(paidTotal)}) in{' '}
            {paid.length} {paid.length === 1 ? 'payout' : 'payouts'}.
          </p>
        </Notice>
      ) : null}
      {failed.map((result) =>
        result.error ? (
          <div key={result.index}>
            {result.unknown ? (
              <p class="field-error">
                Payout {result.index + 1} of {progress.of} ({result.lines}{' '}
                {result.lines === 1 ? 'line' : 'lines'}, {money(result.total)}) got no clear answer (
                {result.error.status === 0 ? 'the connection failed' : 'the server failed'}): it may have been
                recorded all the same. The queue below has been read again: lines it paid have left it. Check
                the paid lines before paying any of the rest again.
              </p>
            ) : (
              <p class="field-error">
                Payout {result.index + 1} of {progress.of} ({result.lines}{' '}
                {result.lines === 1 ? 'line' : 'lines'}, {money(result.total)}) was not recorded; nothing in
                it was marked paid. The queue below has been read again.
              </p>
            )}
            <ErrorNotice error={result.error} />
          </div>
        ) : null,
      )}
    </>
  );
}

function LineTable({
  lines,
  money,
  nameOf,
  state,
  selected,
  onToggle,
}: {
  lines: Commission[];
  money: Money;
  nameOf: (id: string) => string;
  state: CommissionState;
  selected?: Set<string>;
  onToggle?: (id: string, on: boolean) => void;
}) {
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const clawbacks = lines.filter((line) => line.kind === 'clawback');
  const selectable = Boolean(selected && onToggle);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Commission lines: {state}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col">
                <span class="visually-hidden">Select</span>
              </th>
            ) : null}
            <th scope="col">Order</th>
            <th scope="col">Ambassador</th>
            <th scope="col">Order day (UTC)</th>
            <th scope="col">Line</th>
            <th scope="col" class="num">
              Amount
            </th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.commissionId} class={line.kind === 'clawback' ? 'clawback-row' : undefined}>
              {selectable ? (
                <td class="select">
                  <label class="check tap">
                    <input
                      type="checkbox"
                      checked={selected?.has(line.commissionId)}
                      onChange={(e) => onToggle?.(line.commissionId, (e.target as HTMLInputElement).checked)}
                    />
                    <span class="visually-hidden">
                      Select {line.kind === 'clawback' ? 'clawback' : 'commission'} for order {line.orderId},{' '}
                      {money(line.amount)}
                    </span>
                  </label>
                </td>
              ) : null}
              <th scope="row" class="order-id">
                {line.orderId}
              </th>
              <td>{nameOf(line.ambassadorId)}</td>
              <td class="nowrap">{formatDate(line.occurredAt, { timeZone: 'UTC' })}</td>
              <td>
                {line.kind === 'clawback' ? (
                  <span class="pill clawback">Clawback</span>
                ) : (
                  <span class="pill commission">Commission</span>
                )}
              </td>
              <td class={`num${line.amount < 0 ? ' negative' : ''}`}>{money(line.amount)}</td>
              <td class="small">
                <LineDetails line={line} money={money} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            {selectable ? <td /> : null}
            <th scope="row" colSpan={4}>
              Total, {lines.length} {lines.length === 1 ? 'line' : 'lines'}
              {clawbacks.length ? ` (${clawbacks.length} clawback${clawbacks.length === 1 ? '' : 's'})` : ''}
            </th>
            <td class={`num${total < 0 ? ' negative' : ''}`}>{money(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function LineDetails({ line, money }: { line: Commission; money: Money }) {
  const parts: string[] = [];
  if (line.kind === 'clawback') parts.push('Taken back after a refund of the order');
  if (line.state === 'pending' && line.availableAt)
    parts.push(`Approved from ${formatDate(line.availableAt)}`);
  if (line.gross !== undefined && line.gross !== line.amount && line.kind === 'order')
    parts.push(`${money(line.gross)} before refunds`);
  if (line.clawedBack) parts.push(`${money(line.clawedBack)} clawed back`);
  if (line.state === 'paid') {
    const paid = line.history.findLast((event) => event.event === 'paid');
    parts.push(paid ? `Paid ${formatDate(paid.at)}` : 'Paid');
  }
  if (line.state === 'void') parts.push('Order refunded in full before approval');
  if (line.rate)
    parts.push(
      line.rate.kind === 'percent'
        ? `${formatPercent(line.rate.basisPoints / 10_000)} of the order`
        : `${money(line.rate.amount)} per order`,
    );
  return <>{parts.join(' · ') || '–'}</>;
}
