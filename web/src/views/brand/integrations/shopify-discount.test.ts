import { describe, expect, it } from 'vitest';
import { discountBody, fromMinorUnits, toMinorUnits } from './shopify-discount.ts';

describe('the Shopify form’s discount', () => {
  it('reads amounts in the currency’s minor units, exactly', () => {
    expect(toMinorUnits('4.99', 'EUR')).toBe(499);
    expect(toMinorUnits('5', 'EUR')).toBe(500);
    expect(toMinorUnits('0,10', 'EUR')).toBe(10);
    expect(toMinorUnits('500', 'JPY')).toBe(500);
    expect(toMinorUnits('4.999', 'EUR')).toBeUndefined();
    expect(toMinorUnits('five', 'EUR')).toBeUndefined();
    expect(fromMinorUnits(499, 'EUR')).toBe('4.99');
    expect(fromMinorUnits(5, 'EUR')).toBe('0.05');
    expect(fromMinorUnits(500, 'JPY')).toBe('500');
  });

  it('sends the token only when typed, and the discount only when a value is', () => {
    const draft = {
      adminAccessToken: '',
      discountType: 'percentage',
      discountValue: '',
      oncePerCustomer: true,
    } as const;
    expect(discountBody(draft, 'EUR')).toEqual({});
    expect(discountBody({ ...draft, adminAccessToken: ' shpat_x ', discountValue: '15' }, 'EUR')).toEqual({
      adminAccessToken: 'shpat_x',
      discount: { type: 'percentage', value: 15, oncePerCustomer: true },
    });
    expect(
      discountBody(
        { ...draft, discountType: 'fixed_amount', discountValue: '4.99', oncePerCustomer: false },
        'EUR',
      ),
    ).toEqual({ discount: { type: 'fixed_amount', value: 499, oncePerCustomer: false } });
  });
});
