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
    { header: 'Order', rowHeader: true, class: 'order-id', cell: (line) => line.orderId },
    { header: 'Ambassador', cell: (line) => nameOf(line.ambassadorId) },
    {
      header: 'Order day (UTC)',
      class: 'nowrap',
      cell: (line) => formatDate(line.occurredAt, { timeZone: 'UTC' }),
    },
    {
      header: 'Line',
      cell: (line) =>
        line.kind === 'clawback' ? (
          <span class="pill clawback">Clawback</span>
        ) : (
          <span class="pill commission">Commission</span>
        ),
    },
    {
      header: 'Amount',
      num: true,
      class: (line) => (line.amount < 0 ? 'negative' : undefined),
      cell: (line) => money(line.amount),
    },
    { header: 'Details', class: 'small', cell: (line) => lineDetails(line, money) },
  ];
  return (
    <DataTable
      caption={`Commission lines: ${state}`}
      columns={columns}
      rows={lines}
      rowKey={(line) => line.commissionId}
      rowClass={(line) => (line.kind === 'clawback' ? 'clawback-row' : undefined)}
      foot={
        <tr>
          <th scope="row" colSpan={4}>
            Total, {lines.length} {lines.length === 1 ? 'line' : 'lines'}
            {clawbacks.length ? ` (${clawbacks.length} clawback${clawbacks.length === 1 ? '' : 's'})` : ''}
          </th>
          <td class={`num${total < 0 ? ' negative' : ''}`}>{money(total)}</td>
          <td />
        </tr>
      }
    />
  );
}
