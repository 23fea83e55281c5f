import { describe, expect, it } from 'vitest';
import { ShopifyOrderSchema } from './shopify.schema.ts';
import { parseKeepingIds } from './shopify.service.ts';
import { toMinorUnits } from './shopify-money.ts';
import { refundOf, trackingOf } from './shopify-payloads.ts';

describe('Shopify payload reading', () => {
  it('reads decimal strings as exact minor units, per currency', () => {
    expect(toMinorUnits('388.00', 'EUR')).toBe(38_800);
    expect(toMinorUnits('0.1', 'EUR')).toBe(10);
    expect(toMinorUnits('19.99', 'USD')).toBe(1_999);
    expect(toMinorUnits('1500', 'JPY')).toBe(1_500);
    expect(toMinorUnits('1.234', 'KWD')).toBe(1_234);
    expect(toMinorUnits(199.5, 'EUR')).toBe(19_950);
    expect(toMinorUnits('1.005', 'EUR')).toBeUndefined(); // more digits than cents
    expect(toMinorUnits('-1.00', 'EUR')).toBeUndefined();
    expect(toMinorUnits('1e3', 'EUR')).toBeUndefined();
    expect(toMinorUnits('abc', 'EUR')).toBeUndefined();
  });

  it('keeps 64-bit ids exact', () => {
    const parsed = parseKeepingIds(
      '{"id": 820982911946154508, "order_id":820982911946154509,"quantity":2}',
    ) as Record<string, unknown>;
    expect(parsed).toEqual({ id: '820982911946154508', order_id: '820982911946154509', quantity: 2 });
  });

  it('leaves refunded shipping out of a refund without items', () => {
    const refund = {
      id: 1,
      order_id: 2,
      refund_line_items: [],
      transactions: [{ kind: 'refund', status: 'success', amount: '10.00' }],
      order_adjustments: [{ kind: 'shipping_refund', amount: '-10.00' }],
    };
    expect(refundOf(refund, 'EUR')).toEqual({
      reason: 'the refund returns no money for items (a restock or shipping only)',
    });
    expect(refundOf({ ...refund, order_adjustments: [] }, 'EUR')).toMatchObject({ input: { amount: 1_000 } });
  });

  it('finds ref and rid in note attributes first, then the landing site', () => {
    const base = { id: 1, created_at: '2026-11-20T10:00:00Z', currency: 'EUR', subtotal_price: '1.00' };
    expect(
      trackingOf({
        ...base,
        note_attributes: [{ name: 'Ref', value: 'ANNA-1' }],
        landing_site: '/?ref=BEN-2&rid=r1',
      }),
    ).toEqual({
      ref: 'ANNA-1',
      rid: 'r1',
    });
    expect(trackingOf({ ...base, landing_site: 'not a url at all %%%' })).toEqual({});
  });

  it('refuses an order whose currency is not three letters (Intl would throw on it)', () => {
    const order = { id: 1, created_at: '2026-11-20T10:00:00Z', subtotal_price: '1.00' };
    for (const currency of ['E€R', '', 'EURO', 'E\u0000R', '\u202eRUE'])
      expect(ShopifyOrderSchema.safeParse({ ...order, currency }).success, currency).toBe(false);
    expect(ShopifyOrderSchema.safeParse({ ...order, currency: 'eur' }).success).toBe(true);
  });
});
