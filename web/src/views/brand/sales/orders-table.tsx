import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { Conversion } from '../brand-data.ts';

const FLAG_LABELS: Record<Conversion['flags'][number], string> = {
  self_referral: 'Self-referral',
  own_link_purchase: 'Ambassador’s own browser',
  unknown_click: 'Unknown click',
  click_outside_window: 'Click too old',
  unknown_code: 'Unknown code',
  suspended_code: 'Suspended code',
  retired_code: 'Retired code',
  refunds_exceed_order: 'Refunds exceed order',
  repeat_customer: 'Repeat customer',
};

/** The orders of a period, one a row: amounts, who it was credited to, and what attribution noticed. */
export function OrdersTable({
  caption,
  orders,
  money,
  nameOf,
}: {
  caption: string;
  orders: Conversion[];
  money: (cents: number) => string;
  nameOf: Map<string, string>;
}) {
  const columns: Column<Conversion>[] = [
    { header: 'Order', rowHeader: true, class: 'order-id', cell: (order) => order.orderId },
    {
      header: 'Date (UTC)',
      class: 'nowrap',
      cell: (order) => formatDate(order.occurredAt, { withTime: true, timeZone: 'UTC' }),
    },
    { header: 'Amount', num: true, cell: (order) => money(order.amount) },
    {
      header: 'Refunded',
      num: true,
      cell: (order) => (order.refundedAmount ? money(order.refundedAmount) : '–'),
    },
    { header: 'Net', num: true, cell: (order) => money(order.amount - order.refundedAmount) },
    {
      header: 'Ambassador',
      cell: (order) =>
        order.attribution ? (
          <>
            {nameOf.get(order.attribution.ambassadorId) ?? order.attribution.ambassadorId}
            <span class="muted small block">
              {order.attribution.via === 'click' ? 'Link' : 'Code only'} {order.attribution.code}
            </span>
          </>
        ) : (
          <span class="muted">No one</span>
        ),
    },
    {
      header: 'Status',
      cell: (order) => (
        <span class="pills">
          <span class={`pill ${order.status}`}>{order.status}</span>
          {order.refundedAmount >= order.amount && order.amount > 0 ? (
            <span class="pill void">Refunded</span>
          ) : null}
          {order.flags.map((flag) => (
            <span key={flag} class="pill flag">
              {FLAG_LABELS[flag]}
            </span>
          ))}
        </span>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={orders} rowKey={(order) => order.orderId} />;
}
