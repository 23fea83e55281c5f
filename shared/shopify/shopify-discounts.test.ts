import { describe, expect, it } from 'vitest';
import { costWaitMs } from './shopify-admin.ts';
import { discountInput, isCodeTaken, userErrorText } from './shopify-discounts.ts';

describe('the discount Embassy asks Shopify for', () => {
  it('is the program’s discount: a percentage as Shopify’s fraction, an amount as its decimal string', () => {
    const percent = discountInput(
      'ANNA-7K2Q',
      { type: 'percentage', value: 15, oncePerCustomer: true },
      'EUR',
      '2026-12-01T00:00:00.000Z',
      undefined,
    );
    expect(percent).toEqual({
      title: 'Embassy referral code ANNA-7K2Q',
      code: 'ANNA-7K2Q',
      startsAt: '2026-12-01T00:00:00.000Z',
      endsAt: null,
      context: { all: 'ALL' },
      customerGets: { value: { percentage: 0.15 }, items: { all: true } },
      appliesOncePerCustomer: true,
    });
    const euros = discountInput(
      'ANNA-7K2Q',
      { type: 'fixed_amount', value: 499, oncePerCustomer: false },
      'EUR',
      'x',
      'y',
    );
    expect(euros.customerGets).toEqual({
      value: { discountAmount: { amount: '4.99', appliesOnEachItem: false } },
      items: { all: true },
    });
    expect(euros.endsAt).toBe('y');
    const yen = discountInput(
      'ANNA-7K2Q',
      { type: 'fixed_amount', value: 500, oncePerCustomer: true },
      'JPY',
      'x',
      undefined,
    );
    expect(yen.customerGets).toMatchObject({ value: { discountAmount: { amount: '500' } } });
  });

  it('reads Shopify’s refusal of a code in use, and its other user errors in plain words', () => {
    expect(
      isCodeTaken([{ field: ['basicCodeDiscount', 'code'], code: 'TAKEN', message: 'Code must be unique.' }]),
    ).toBe(true);
    expect(
      isCodeTaken([
        {
          field: ['basicCodeDiscount', 'code'],
          message: 'Code must be unique. Please try a different code.',
        },
      ]),
    ).toBe(true);
    expect(
      isCodeTaken([{ field: ['basicCodeDiscount', 'code'], code: 'INVALID', message: 'Code is invalid' }]),
    ).toBe(false);
    expect(
      userErrorText([{ code: 'VALUE_OUTSIDE_RANGE', message: 'Value must be between 0.0 and 1.0' }]),
    ).toBe('Value must be between 0.0 and 1.0 (VALUE_OUTSIDE_RANGE)');
  });

  it('waits as long as the cost budget takes to refill', () => {
    const throttled = {
      cost: {
        requestedQueryCost: 752,
        actualQueryCost: null,
        throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 666, restoreRate: 50 },
      },
    };
    expect(costWaitMs(throttled)).toBe(1720);
    expect(
      costWaitMs({
        cost: { requestedQueryCost: 10, throttleStatus: { currentlyAvailable: 100, restoreRate: 50 } },
      }),
    ).toBe(0);
    expect(costWaitMs(undefined)).toBeUndefined();
    expect(
      costWaitMs({
        cost: { requestedQueryCost: 10, throttleStatus: { currentlyAvailable: 0, restoreRate: 0 } },
      }),
    ).toBeUndefined();
  });
});
