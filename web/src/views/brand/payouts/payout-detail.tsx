import { useState } from 'preact/hooks';
import { useMoneyReloads } from '../../../money-changed.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate, formatDay } from '../../../ui/format.ts';
import { Async, Button, Card, ErrorNotice, Notice, TextField } from '../../../ui/kit.tsx';
import { Stats } from '../../../ui/stats.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { exportsOf, payeeText, statusText } from './payout-words.ts';
import { confirmPayout, downloadPayout, loadPayout, type Payee, type PayoutDetail } from './payouts-api.ts';
import { SkippedList } from './skipped-list.tsx';

type Money = (cents: number) => string;

/** One payout: who it pays, its files to pay it from, and its confirmation once sent. */
export function PayoutDetailCard({
  programId,
  payoutId,
  money,
  minimum,
  onChanged,
  onClose,
}: {
  programId: string;
  payoutId: string;
  money: Money;
  minimum: number;
  onChanged: () => void;
  onClose: () => void;
}) {
  const detail = useRequest(() => loadPayout(programId, payoutId), [programId, payoutId]);
  // Confirmed in another tab: this card follows.
  useMoneyReloads(detail.reload);
  return (
    <Card title="Payout" actions={<Button onClick={onClose}>Close</Button>}>
      <Async request={detail} label="Loading the payout…">
        {(payout) => (
          <PayoutBody
            programId={programId}
            payout={payout}
            money={money}
            minimum={minimum}
            onReload={detail.reload}
            onConfirmed={(next) => {
              detail.setData(next);
              onChanged();
            }}
          />
        )}
      </Async>
    </Card>
  );
}

function PayoutBody({
  programId,
  payout,
  money,
  minimum,
  onReload,
  onConfirmed,
}: {
  programId: string;
  payout: PayoutDetail;
  money: Money;
  minimum: number;
  onReload: () => void;
  onConfirmed: (payout: PayoutDetail) => void;
}) {
  const files = exportsOf(payout);
  const fetchFile = useAction((format: 'paypal' | 'csv' | 'sepa') =>
    downloadPayout(programId, payout.payoutId, format),
  );
  const columns: Column<Payee>[] = [
    { header: 'Ambassador', rowHeader: true, cell: (item) => item.name },
    { header: 'Paid to', class: 'small', cell: (item) => payeeText(item.payee) },
    { header: 'Lines', num: true, cell: (item) => item.lineCount },
    { header: 'Amount', num: true, cell: (item) => money(item.amount) },
    { header: 'Status', cell: (item) => <StatusPill status={item.status ?? 'batched'} /> },
  ];
  return (
    <div class="stack">
      <p class="muted small">
        Made {formatDate(payout.createdAt, { withTime: true })} · payout {payout.payoutId}
      </p>
      <Stats
        compact
        figures={[
          ['Status', statusText(payout.status)],
          ['Total', money(payout.total)],
          ['Ambassadors', String(payout.itemCount)],
          ['Lines', String(payout.lineCount)],
        ]}
      />
      {payout.status === 'building' || payout.status === 'confirming' ? (
        <Notice kind="info">
          <p>
            This payout is still being {payout.status === 'building' ? 'made' : 'confirmed'}.{' '}
            <Button onClick={onReload}>Check again</Button>
          </p>
        </Notice>
      ) : null}
      <DataTable
        caption="Who this payout pays"
        columns={columns}
        rows={payout.items}
        rowKey={(item) => item.ambassadorId}
      />
      {payout.linesLeft > 0 ? (
        <p class="muted small">
          {payout.linesLeft} more approved lines of these ambassadors wait for the next payout.
        </p>
      ) : null}
      <SkippedList skipped={payout.skipped} count={payout.skippedCount} money={money} minimum={minimum} />
      {payout.status !== 'building' && files.length > 0 ? (
        <section aria-label="Files to pay it from">
          <h3>Pay it from your own account</h3>
          <p class="muted small">
            Embassy never holds the money: upload a file to PayPal or your bank, then confirm below.
          </p>
          <div class="actions">
            {files.map((file) => (
              <Button key={file.format} busy={fetchFile.busy} onClick={() => void fetchFile.run(file.format)}>
                Download {file.label}
              </Button>
            ))}
          </div>
          {fetchFile.error ? <ErrorNotice error={fetchFile.error} /> : null}
        </section>
      ) : null}
      {payout.status === 'ready' ? (
        <ConfirmForm programId={programId} payoutId={payout.payoutId} onConfirmed={onConfirmed} />
      ) : null}
      {payout.sentOn ? (
        <Notice kind="success">
          <p>
            Sent on {formatDay(payout.sentOn)}, reference {payout.reference}. The ambassadors were told.
          </p>
        </Notice>
      ) : null}
    </div>
  );
}

function ConfirmForm({
  programId,
  payoutId,
  onConfirmed,
}: {
  programId: string;
  payoutId: string;
  onConfirmed: (payout: PayoutDetail) => void;
}) {
  const [sentOn, setSentOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  const confirm = useAction(async () => {
    const done = await confirmPayout(programId, payoutId, sentOn, reference.trim());
    toast('Payout confirmed: the ambassadors were told');
    onConfirmed(done);
  });
  return (
    <SubmitForm class="stack confirm-payout" noValidate onSubmit={() => void confirm.run()}>
      <h3>Confirm you sent it</h3>
      <div class="grid-2">
        <TextField label="Sent on" type="date" required value={sentOn} onValue={setSentOn} />
        <TextField
          label="Bank reference"
          hint="Your bank's or PayPal's reference for the transfer; each ambassador sees it."
          maxLength={140}
          required
          value={reference}
          onValue={setReference}
        />
      </div>
      {confirm.error ? <ErrorNotice error={confirm.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={confirm.busy} disabled={!reference.trim()}>
          Confirm sent
        </Button>
      </div>
    </SubmitForm>
  );
}
