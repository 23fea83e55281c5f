import { t } from '../../../i18n/i18n.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { Commission, CommissionState } from '../brand-data.ts';
import { lineDetails } from './line-details.ts';

type Money = (cents: number) => string;

/** Commission lines with their total, clawbacks netted in. */
export function LineTable({
  lines,
  money,
  nameOf,
  state,
}: {
  lines: Commission[];
  money: Money;
  nameOf: (id: string) => string;
  state: CommissionState;
}) {
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const clawbacks = lines.filter((line) => line.kind === 'clawback');
  const columns: Column<Commission>[] = [
    { header: t('brandMoney.lines.order'), rowHeader: true, class: 'order-id', cell: (line) => line.orderId },
    { header: t('brandMoney.lines.ambassador'), cell: (line) => nameOf(line.ambassadorId) },
    {
      header: t('brandMoney.lines.orderDay'),
      class: 'nowrap',
      cell: (line) => formatDate(line.occurredAt, { timeZone: 'UTC' }),
    },
    {
      header: t('brandMoney.lines.line'),
      cell: (line) =>
        line.kind === 'clawback' ? (
          <span class="pill clawback">{t('brandMoney.lines.clawback')}</span>
        ) : (
          <span class="pill commission">{t('brandMoney.lines.commission')}</span>
        ),
    },
    {
      header: t('brandMoney.lines.amount'),
      num: true,
      class: (line) => (line.amount < 0 ? 'negative' : undefined),
      cell: (line) => money(line.amount),
    },
    { header: t('brandMoney.lines.details'), class: 'small', cell: (line) => lineDetails(line, money) },
  ];
  return (
    <DataTable
      caption={t('brandMoney.lines.caption', { state })}
      columns={columns}
      rows={lines}
      rowKey={(line) => line.commissionId}
      rowClass={(line) => (line.kind === 'clawback' ? 'clawback-row' : undefined)}
      foot={
        <tr>
          <th scope="row" colSpan={4}>
            {clawbacks.length
              ? t('brandMoney.lines.totalWithClawbacks', { count: lines.length, clawbacks: clawbacks.length })
              : t('brandMoney.lines.total', { count: lines.length })}
          </th>
          <td class={`num${total < 0 ? ' negative' : ''}`}>{money(total)}</td>
          <td />
        </tr>
      }
    />
  );
}
