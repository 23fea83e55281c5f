import { describe, expect, it } from 'vitest';
import { formatDate, formatDay } from '../../ui/format.ts';
import { type EarningLine, payoutSentence } from './payout-sentence.ts';

const money = (cents: number) => `€${(cents / 100).toFixed(2)}`;
const line = (payoutStatus: EarningLine['payoutStatus'], fields: Partial<EarningLine> = {}): EarningLine => ({
  programId: 'p',
  commissionId: 'c',
  kind: 'order',
  orderId: 'o',
  ambassadorId: 'a',
  currency: 'EUR',
  occurredAt: '2026-11-02T10:00:00.000Z',
  amount: 500,
  state: 'approved',
  history: [],
  version: 1,
  createdAt: '2026-11-02T10:00:00.000Z',
  ...(payoutStatus ? { payoutStatus } : {}),
  ...fields,
});

describe('the sentence on each unpaid line', () => {
  it('says when and why, for every reason', () => {
    expect(payoutSentence(line({ reason: 'holding', date: '2026-12-30T10:00:00.000Z' }), money)).toBe(
      `Pending until ${formatDate('2026-12-30T10:00:00.000Z')} (holding period, in case the order is returned)`,
    );
    expect(payoutSentence(line({ reason: 'next_payout' }), money)).toBe('Approved: in the next payout');
    expect(payoutSentence(line({ reason: 'next_payout' }, { kind: 'clawback', amount: -100 }), money)).toBe(
      'Approved: taken off your next payout',
    );
    expect(payoutSentence(line({ reason: 'no_payout_details' }), money)).toMatch(
      /waiting for your payout details/,
    );
    expect(payoutSentence(line({ reason: 'below_minimum', minimum: 2_500, balance: 1_240 }), money)).toBe(
      'Approved: below the €25.00 minimum payout (€12.40 so far)',
    );
    expect(payoutSentence(line({ reason: 'below_minimum', minimum: 0, balance: -300 }), money)).toMatch(
      /refunds outweigh .*€-3.00/,
    );
    expect(payoutSentence(line({ reason: 'in_batch', date: '2026-12-01T09:00:00.000Z' }), money)).toBe(
      `In a payout being sent (since ${formatDate('2026-12-01T09:00:00.000Z')})`,
    );
    expect(payoutSentence(line({ reason: 'paid', date: '2026-12-03', reference: 'BANK-77' }), money)).toBe(
      `Paid on ${formatDay('2026-12-03')}, ref BANK-77`,
    );
    expect(payoutSentence(line({ reason: 'void' }), money)).toBe('Void: the order was refunded in full');
  });
});
