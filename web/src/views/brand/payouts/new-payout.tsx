import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { useMoneyRequest } from '../../../money-changed.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { Async, Button, Card, Empty, ErrorNotice } from '../../../ui/kit.tsx';
import { toggled } from '../../../ui/selection.ts';
import { toast } from '../../../ui/toast.tsx';
import { useAction } from '../../../use-request.ts';
import { payeeText } from './payout-words.ts';
import { createPayout, type Payee, type PayoutRun, previewPayout } from './payouts-api.ts';
import { SkippedList } from './skipped-list.tsx';

type Money = (cents: number) => string;

/** The next payout: who would be paid what now (a dry run), to pay all or some of them. */
export function NewPayout({
  programId,
  money,
  minimum,
  onMade,
}: {
  programId: string;
  money: Money;
  minimum: number;
  onMade: (payoutId: string) => void;
}) {
  // Worked out again whenever money changes (a payout made or confirmed here or in another tab).
  const plan = useMoneyRequest(() => previewPayout(programId), [programId]);
  return (
    <Card
      title={t('brandMoney.next.title')}
      actions={<Button onClick={plan.reload}>{t('brandMoney.next.again')}</Button>}
    >
      <Async request={plan} label={t('brandMoney.next.loading')}>
        {(data) => <Plan programId={programId} plan={data} money={money} minimum={minimum} onMade={onMade} />}
      </Async>
    </Card>
  );
}

function Plan({
  programId,
  plan,
  money,
  minimum,
  onMade,
}: {
  programId: string;
  plan: PayoutRun;
  money: Money;
  minimum: number;
  onMade: (payoutId: string) => void;
}) {
  // Everyone is in unless the brand leaves them out.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() => new Set());
  const chosen = plan.items.filter((item) => !leftOut.has(item.ambassadorId));
  const total = chosen.reduce((sum, item) => sum + item.amount, 0);
  const make = useAction(async () => {
    const run = await createPayout(
      programId,
      leftOut.size > 0 ? chosen.map((item) => item.ambassadorId) : undefined,
    );
    toast(t('brandMoney.next.made', { total: money(run.total), count: run.items.length }));
    if (run.payoutId) onMade(run.payoutId);
  });
  const columns: Column<Payee>[] = [
    {
      header: <span class="visually-hidden">{t('brandMoney.next.pay')}</span>,
      class: 'select',
      cell: (item) => (
        <label class="check tap">
          <input
            type="checkbox"
            checked={!leftOut.has(item.ambassadorId)}
            onChange={(e) =>
              setLeftOut((current) =>
                toggled(current, item.ambassadorId, !(e.target as HTMLInputElement).checked),
              )
            }
          />
          <span class="visually-hidden">{t('brandMoney.next.payOne', { name: item.name })}</span>
        </label>
      ),
    },
    { header: t('brandMoney.payout.ambassador'), rowHeader: true, cell: (item) => item.name },
    { header: t('brandMoney.payout.paidTo'), class: 'small', cell: (item) => payeeText(item.payee) },
    {
      header: t('brandMoney.payout.lines'),
      num: true,
      cell: (item) =>
        item.linesLeft
          ? t('brandMoney.next.linesLeft', { lines: item.lineCount, left: item.linesLeft })
          : item.lineCount,
    },
    {
      header: t('brandMoney.payout.clawbacks'),
      num: true,
      class: (item) => (item.clawbacks < 0 ? 'negative' : undefined),
      cell: (item) => money(item.clawbacks),
    },
    { header: t('brandMoney.payout.amount'), num: true, cell: (item) => money(item.amount) },
  ];
  return (
    <div class="stack">
      {plan.items.length === 0 ? (
        <Empty title={t('brandMoney.next.empty')}>
          <p>{t('brandMoney.next.emptyText')}</p>
        </Empty>
      ) : (
        <>
          <DataTable
            caption={t('brandMoney.next.caption')}
            columns={columns}
            rows={plan.items}
            rowKey={(item) => item.ambassadorId}
            foot={
              <tr>
                <td />
                <th scope="row" colSpan={4}>
                  {t('brandMoney.next.total', { chosen: chosen.length, count: plan.items.length })}
                </th>
                <td class="num">{money(total)}</td>
              </tr>
            }
          />
          <p class="muted small">{t('brandMoney.next.note')}</p>
          {make.error ? <ErrorNotice error={make.error} /> : null}
          <div class="actions">
            <Button
              variant="primary"
              busy={make.busy}
              disabled={chosen.length === 0}
              onClick={() => void make.run()}
            >
              {t('brandMoney.next.make', { total: money(total) })}
            </Button>
          </div>
        </>
      )}
      <SkippedList skipped={plan.skipped} money={money} minimum={minimum} />
    </div>
  );
}
