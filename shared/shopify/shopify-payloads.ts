import type { RecordConversionInput, RecordRefundInput } from '../conversions/conversion.schema.ts';
import type { ShopifyOrder, ShopifyRefund } from './shopify.schema.ts';
import { toMinorUnits } from './shopify-money.ts';

/** `ref` and `rid` from the order's note attributes, else from the landing-site URL's query. */
export function trackingOf(order: ShopifyOrder): { ref?: string; rid?: string } {
  const found: { ref?: string; rid?: string } = {};
  for (const { name, value } of order.note_attributes ?? []) {
    const key = name.trim().toLowerCase();
    if ((key === 'ref' || key === 'rid') && typeof value === 'string' && value.trim())
      found[key] ??= value.trim();
  }
  if (order.landing_site && (!found.ref || !found.rid)) {
    try {
      const url = new URL(order.landing_site, 'https://shop.invalid');
      const ref = url.searchParams.get('ref')?.trim();
      const rid = url.searchParams.get('rid')?.trim();
      if (ref) found.ref ??= ref;
      if (rid) found.rid ??= rid;
    } catch {
      // a landing site that is not a URL carries nothing
    }
  }
  return found;
}

/**
 * An `orders/paid` order as a conversion. The amount is `subtotal_price`: after discounts,
 * before shipping (and taxes, unless the shop's prices include them). The referral code is the
 * first discount code `isReferralCode` accepts, else the `ref`; the click is the `rid`.
 * @returns a reason instead when the order cannot be read.
 */
export async function conversionOfOrder(
  order: ShopifyOrder,
  isReferralCode: (code: string) => Promise<boolean>,
): Promise<{ input: RecordConversionInput } | { reason: string }> {
  const currency = order.currency.toUpperCase();
  const amount = toMinorUnits(order.subtotal_price, currency);
  if (amount === undefined)
    return { reason: `subtotal_price ${String(order.subtotal_price)} is not an amount` };
  let referralCode: string | undefined;
  for (const { code } of order.discount_codes ?? []) {
    if (await isReferralCode(code)) {
      referralCode = code.trim().toUpperCase();
      break;
    }
  }
  const tracking = trackingOf(order);
  referralCode ??= tracking.ref;
  const items: NonNullable<RecordConversionInput['items']> = [];
  for (const line of order.line_items ?? []) {
    const price = toMinorUnits(line.price, currency);
    if (price === undefined || line.quantity < 1) continue;
    items.push({
      sku: String(line.sku || line.variant_id || line.id || 'unknown').slice(0, 100),
      quantity: line.quantity,
      amount: price * line.quantity,
    });
  }
  const customerEmail = order.email || order.contact_email || order.customer?.email || undefined;
  const occurred = new Date(order.processed_at || order.created_at);
  if (Number.isNaN(occurred.getTime())) return { reason: 'processed_at and created_at are not dates' };
  return {
    input: {
      orderId: `shopify-${String(order.id)}`,
      amount,
      currency,
      occurredAt: occurred.toISOString(),
      ...(referralCode ? { referralCode: referralCode.slice(0, 20) } : {}),
      ...(tracking.rid ? { clickId: tracking.rid.slice(0, 40) } : {}),
      ...(customerEmail ? { customerEmail } : {}),
      ...(items.length > 0 && items.length <= 500 ? { items } : {}),
    },
  };
}

/**
 * A `refunds/create` refund: the subtotals of its refunded line items (the same basis as the
 * order's amount), else its successful refund transactions less any shipping refunded. The
 * caller caps it at what is left of the order.
 */
export function refundOf(
  refund: ShopifyRefund,
  currency: string,
): { orderId: string; input: RecordRefundInput } | { reason: string } {
  let amount = 0;
  for (const line of refund.refund_line_items ?? []) {
    const value = toMinorUnits(line.subtotal_set?.shop_money.amount ?? line.subtotal ?? '0', currency);
    if (value === undefined) return { reason: 'a refund line subtotal is not an amount' };
    amount += value;
  }
  if (amount === 0) {
    // No items returned: the money refunded, less any shipping refunded (not in the order's amount).
    for (const t of refund.transactions ?? []) {
      if (t.kind !== 'refund' || t.status !== 'success') continue;
      const value = toMinorUnits(t.amount, currency);
      if (value === undefined) return { reason: 'a refund transaction amount is not an amount' };
      amount += value;
    }
    let shipping = 0;
    for (const line of refund.refund_shipping_lines ?? []) {
      shipping += toMinorUnits(line.subtotal_amount_set?.shop_money.amount ?? '0', currency) ?? 0;
    }
    for (const adjustment of refund.order_adjustments ?? []) {
      if (adjustment.kind !== 'shipping_refund') continue;
      shipping += toMinorUnits(String(adjustment.amount ?? '0').replace(/^-/, ''), currency) ?? 0;
    }
    amount = Math.max(0, amount - shipping);
  }
  if (amount === 0) return { reason: 'the refund returns no money for items (a restock or shipping only)' };
  return {
    orderId: `shopify-${String(refund.order_id)}`,
    input: { refundId: `shopify-${String(refund.id)}`, amount },
  };
}
