import { describe, expect, it } from 'vitest';
import type { Commission } from './commission.schema.ts';
import { payoutOutlook } from './payout-outlook.ts';

const line = (fields: Partial<Commission>): Commission => ({
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
  ...fields,
});
const ready = { hasPayoutDetails: true, balance: 3_000, minimum: 2_500 };

describe('when and why a line is paid', () => {
  it('gives every state its reason', () => {
    expect(payoutOutlook(line({ state: 'pending', availableAt: '2026-12-30T10:00:00.000Z' }), ready)).toEqual(
      {
        reason: 'holding',
        date: '2026-12-30T10:00:00.000Z',
      },
    );
    expect(payoutOutlook(line({}), ready)).toEqual({ reason: 'next_payout' });
    expect(payoutOutlook(line({}), { ...ready, hasPayoutDetails: false })).toEqual({
      reason: 'no_payout_details',
    });
    expect(payoutOutlook(line({}), { ...ready, balance: 2_000 })).toEqual({
      reason: 'below_minimum',
      minimum: 2_500,
      balance: 2_000,
    });
    expect(
      payoutOutlook(line({ kind: 'clawback', amount: -700 }), { ...ready, balance: -200, minimum: 0 }),
    ).toEqual({
      reason: 'below_minimum',
      minimum: 0,
      balance: -200,
    });
    expect(
      payoutOutlook(
        line({
          state: 'batched',
          payoutId: 'P1',
          history: [{ at: '2026-12-01T09:00:00.000Z', event: 'batched', state: 'batched', amount: 500 }],
        }),
        ready,
      ),
    ).toEqual({ reason: 'in_batch', date: '2026-12-01T09:00:00.000Z', payoutId: 'P1' });
    expect(
      payoutOutlook(
        line({ state: 'paid', payoutId: 'P1', paidOn: '2026-12-03', payoutReference: 'REF' }),
        ready,
      ),
    ).toEqual({ reason: 'paid', date: '2026-12-03', reference: 'REF', payoutId: 'P1' });
    expect(payoutOutlook(line({ state: 'void', amount: 0 }), ready)).toEqual({ reason: 'void' });
  });
});
