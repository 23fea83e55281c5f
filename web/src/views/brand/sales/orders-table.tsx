import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate } from '../../../ui/format.ts';
import type { Conversion } from '../brand-data.ts';

const FLAG_WORDS: Record<Conversion['flags'][number], MessageKey> = {
  self_referral: 'brandMoney.flag.self_referral',
  own_link_purchase: 'brandMoney.flag.own_link_purchase',
  unknown_click: 'brandMoney.flag.unknown_click',
  click_outside_window: 'brandMoney.flag.click_outside_window',
  unknown_code: 'brandMoney.flag.unknown_code',
  suspended_code: 'brandMoney.flag.suspended_code',
  retired_code: 'brandMoney.flag.retired_code',
  refunds_exceed_order: 'brandMoney.flag.refunds_exceed_order',
  repeat_customer: 'brandMoney.flag.repeat_customer',
};

const STATUS_WORDS: Record<Conversion['status'], MessageKey> = {
  attributed: 'brandMoney.orders.state.attributed',
  unattributed: 'brandMoney.orders.state.unattributed',
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
    {
      header: t('brandMoney.orders.order'),
      rowHeader: true,
      class: 'order-id',
      cell: (order) => order.orderId,
    },
    {
      header: t('brandMoney.orders.date'),
      class: 'nowrap',
      cell: (order) => formatDate(order.occurredAt, { withTime: true, timeZone: 'UTC' }),
    },
    { header: t('brandMoney.orders.amount'), num: true, cell: (order) => money(order.amount) },
    {
      header: t('brandMoney.orders.refunded'),
      num: true,
      cell: (order) => (order.refundedAmount ? money(order.refundedAmount) : '–'),
    },
    {
      header: t('brandMoney.orders.net'),
      num: true,
      cell: (order) => money(order.amount - order.refundedAmount),
    },
    {
      header: t('brandMoney.orders.ambassador'),
      cell: (order) =>
        order.attribution ? (
          <>
            {nameOf.get(order.attribution.ambassadorId) ?? order.attribution.ambassadorId}
            <span class="muted small block">
              {t(
                order.attribution.via === 'click' ? 'brandMoney.orders.viaLink' : 'brandMoney.orders.viaCode',
                {
                  code: order.attribution.code,
                },
              )}
            </span>
          </>
        ) : (
          <span class="muted">{t('brandMoney.orders.noOne')}</span>
        ),
    },
    {
      header: t('brandMoney.orders.status'),
      cell: (order) => (
        <span class="pills">
          <span class={`pill ${order.status}`}>{t(STATUS_WORDS[order.status])}</span>
          {order.refundedAmount >= order.amount && order.amount > 0 ? (
            <span class="pill void">{t('brandMoney.orders.refundedPill')}</span>
          ) : null}
          {order.flags.map((flag) => (
            <span key={flag} class="pill flag">
              {t(FLAG_WORDS[flag])}
            </span>
          ))}
        </span>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={orders} rowKey={(order) => order.orderId} />;
}
