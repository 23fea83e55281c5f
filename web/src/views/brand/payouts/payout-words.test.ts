import { describe, expect, it } from 'vitest';
import { exportsOf, payeeText, skipReason, statusText } from './payout-words.ts';

const money = (cents: number) => `€${(cents / 100).toFixed(2)}`;

describe('payout words', () => {
  it('says why an ambassador is skipped', () => {
    const skip = (reason: 'below_minimum' | 'no_payout_details' | 'nothing_owed', amount?: number) =>
      skipReason(
        { ambassadorId: 'a', name: 'Anna', reason, ...(amount === undefined ? {} : { amount }) },
        money,
        2_500,
      );
    expect(skip('below_minimum', 1_000)).toBe('Below the €25.00 minimum (€10.00 approved)');
    expect(skip('no_payout_details')).toMatch(/No payout details yet/);
    expect(skip('nothing_owed', -300)).toBe('Clawbacks cover their commission (€-3.00)');
  });

  it('shows a payee masked, and a status in words', () => {
    expect(payeeText({ method: 'paypal', paypalEmail: 'a***@example.com' })).toBe('PayPal a***@example.com');
    expect(payeeText({ method: 'bank', accountHolder: 'Anna', iban: 'DE89 **** 3000' })).toBe(
      'Anna · DE89 **** 3000',
    );
    expect(statusText('paid')).toBe('Sent');
  });

  it('offers the files the payees’ methods call for, SEPA in euros only', () => {
    expect(
      exportsOf({ byMethod: { paypal: 100, bank: 0 }, currency: 'EUR', itemCount: 1 }).map((f) => f.format),
    ).toEqual(['paypal']);
    expect(
      exportsOf({ byMethod: { paypal: 100, bank: 200 }, currency: 'EUR', itemCount: 2 }).map((f) => f.format),
    ).toEqual(['paypal', 'csv', 'sepa']);
    expect(
      exportsOf({ byMethod: { paypal: 0, bank: 200 }, currency: 'USD', itemCount: 1 }).map((f) => f.format),
    ).toEqual(['csv']);
  });
});
