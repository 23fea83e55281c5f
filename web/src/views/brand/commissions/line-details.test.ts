import { describe, expect, it } from 'vitest';
import { formatDate, formatDay } from '../../../ui/format.ts';
import { commissionLine } from './commission-fixture.ts';
import { lineDetails } from './line-details.ts';

const money = (cents: number) => `€${cents}`;

describe('lineDetails', () => {
  it('gives a dash for a plain line', () => {
    expect(lineDetails(commissionLine('a', 500), money)).toBe('–');
  });

  it('tells a pending line when it is approved, and the rule and refunds behind it', () => {
    // Prepare
    const line = commissionLine('a', 800, {
      state: 'pending',
      availableAt: '2026-12-01T00:00:00.000Z',
      gross: 1_000,
      rate: { kind: 'percent', basisPoints: 1_000 },
    });

    // Act
    const details = lineDetails(line, money);

    // Assess
    expect(details.split(' · ')).toEqual([
      `Approved from ${formatDate('2026-12-01T00:00:00.000Z')}`,
      '€1000 before refunds',
      expect.stringMatching(/^10\s?% of the order$/),
    ]);
  });

  it('explains a clawback, and when a paid line was paid', () => {
    expect(lineDetails(commissionLine('a', -200), money)).toBe('Taken back after a refund of the order');
    const paidLine = commissionLine('a', 300, {
      state: 'paid',
      clawedBack: -100,
      rate: { kind: 'flat', amount: 300 },
      history: [{ at: '2026-11-20T09:00:00.000Z', event: 'paid', state: 'paid', amount: 300 }],
    });
    expect(lineDetails(paidLine, money)).toBe(
      `€-100 clawed back · Paid ${formatDate('2026-11-20T09:00:00.000Z')} · €300 per order`,
    );
  });

  it('says a batched line waits in a payout, and a paid one the day and reference it was sent with', () => {
    const batched = commissionLine('a', 300, {
      state: 'batched',
      payoutId: 'P1',
      history: [{ at: '2026-12-01T09:00:00.000Z', event: 'batched', state: 'batched', amount: 300 }],
    });
    expect(lineDetails(batched, money)).toBe(
      `In a payout since ${formatDate('2026-12-01T09:00:00.000Z')}, not yet sent`,
    );
    const paid = commissionLine('a', 300, { state: 'paid', paidOn: '2026-12-03', payoutReference: 'REF-9' });
    expect(lineDetails(paid, money)).toBe(`Paid ${formatDay('2026-12-03')}, ref REF-9`);
  });

  it('says a void line was refunded before approval', () => {
    expect(lineDetails(commissionLine('a', 0, { state: 'void' }), money)).toBe(
      'Order refunded in full before approval',
    );
  });
});
