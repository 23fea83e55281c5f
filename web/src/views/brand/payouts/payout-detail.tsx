import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
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
    <Card
      title={t('brandMoney.payout.title')}
      actions={<Button onClick={onClose}>{t('brandMoney.payout.close')}</Button>}
    >
      <Async request={detail} label={t('brandMoney.payout.loading')}>
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
    { header: t('brandMoney.payout.ambassador'), rowHeader: true, cell: (item) => item.name },
    { header: t('brandMoney.payout.paidTo'), class: 'small', cell: (item) => payeeText(item.payee) },
    { header: t('brandMoney.payout.lines'), num: true, cell: (item) => item.lineCount },
    { header: t('brandMoney.payout.amount'), num: true, cell: (item) => money(item.amount) },
    {
      header: t('brandMoney.payout.status'),
      cell: (item) => <StatusPill status={item.status ?? 'batched'} />,
    },
  ];
  return (
    <div class="stack">
      <p class="muted small">
        {t('brandMoney.payout.made', {
          when: formatDate(payout.createdAt, { withTime: true }),
          id: payout.payoutId,
        })}
      </p>
      <Stats
        compact
        figures={[
          [t('brandMoney.payout.status'), statusText(payout.status)],
          [t('brandMoney.payout.total'), money(payout.total)],
          [t('brandMoney.payout.ambassadors'), String(payout.itemCount)],
          [t('brandMoney.payout.lines'), String(payout.lineCount)],
        ]}
      />
      {payout.status === 'building' || payout.status === 'confirming' ? (
        <Notice kind="info">
          <p>
            {t(
              payout.status === 'building'
                ? 'brandMoney.payout.stillMade'
                : 'brandMoney.payout.stillConfirmed',
            )}{' '}
            <Button onClick={onReload}>{t('brandMoney.payout.checkAgain')}</Button>
          </p>
        </Notice>
      ) : null}
      <DataTable
        caption={t('brandMoney.payout.caption')}
        columns={columns}
        rows={payout.items}
        rowKey={(item) => item.ambassadorId}
      />
      {payout.linesLeft > 0 ? (
        <p class="muted small">{t('brandMoney.payout.linesLeft', { count: payout.linesLeft })}</p>
      ) : null}
      <SkippedList skipped={payout.skipped} count={payout.skippedCount} money={money} minimum={minimum} />
      {payout.status !== 'building' && files.length > 0 ? (
        <section aria-label={t('brandMoney.payout.files')}>
          <h3>{t('brandMoney.payout.payIt')}</h3>
          <p class="muted small">{t('brandMoney.payout.payItText')}</p>
          <div class="actions">
            {files.map((file) => (
              <Button key={file.format} busy={fetchFile.busy} onClick={() => void fetchFile.run(file.format)}>
                {t('brandMoney.payout.download', { file: file.label })}
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
            {t('brandMoney.payout.sent', {
              day: formatDay(payout.sentOn),
              reference: payout.reference ?? '',
            })}
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
    toast(t('brandMoney.payout.confirmed'));
    onConfirmed(done);
  });
  return (
    <SubmitForm class="stack confirm-payout" noValidate onSubmit={() => void confirm.run()}>
      <h3>{t('brandMoney.payout.confirmTitle')}</h3>
      <div class="grid-2">
        <TextField
          label={t('brandMoney.payout.sentOn')}
          type="date"
          required
          value={sentOn}
          onValue={setSentOn}
        />
        <TextField
          label={t('brandMoney.payout.reference')}
          hint={t('brandMoney.payout.referenceHint')}
          maxLength={140}
          required
          value={reference}
          onValue={setReference}
        />
      </div>
      {confirm.error ? <ErrorNotice error={confirm.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={confirm.busy} disabled={!reference.trim()}>
          {t('brandMoney.payout.confirm')}
        </Button>
      </div>
    </SubmitForm>
  );
}
