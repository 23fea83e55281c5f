import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Commission } from '../commissions/commission.schema.ts';
import { chooseLines, decidePayee, MAX_LINES_PER_ITEM } from './plan-payout.ts';

let next = 0;
const line = (amount: number): Commission => {
  next++;
  return {
    programId: 'p',
    commissionId: `c${String(next).padStart(5, '0')}`,
    kind: amount < 0 ? 'clawback' : 'order',
    orderId: `o${next}`,
    ambassadorId: 'a',
    currency: 'EUR',
    occurredAt: `2026-11-${String((next % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    amount,
    state: 'approved',
    history: [],
    version: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
  };
};

describe('chooseLines', () => {
  it('takes every line when they fit in one item', () => {
    const lines = [line(500), line(-100), line(300)];
    expect(chooseLines(lines)).toEqual({ chosen: lines, left: 0 });
  });

  it('takes the clawbacks first when they do not fit, then the oldest commissions, up to the cap', () => {
    const commissions = Array.from({ length: 100 }, () => line(100));
    const clawbacks = [line(-50), line(-70)];
    const { chosen, left } = chooseLines([...commissions, ...clawbacks]);
    expect(chosen).toHaveLength(MAX_LINES_PER_ITEM);
    expect(left).toBe(102 - MAX_LINES_PER_ITEM);
    expect(chosen.slice(0, 2)).toEqual(clawbacks);
    expect(chosen.slice(2)).toEqual(commissions.slice(0, MAX_LINES_PER_ITEM - 2));
  });

  it('never takes a line twice, never more than the cap, and leaves the rest counted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5_000, max: 10_000 }), { maxLength: 300 }), (amounts) => {
        const lines = amounts.map(line);
        const { chosen, left } = chooseLines(lines);
        expect(new Set(chosen.map((l) => l.commissionId)).size).toBe(chosen.length);
        expect(chosen.length).toBeLessThanOrEqual(MAX_LINES_PER_ITEM);
        expect(chosen.length + left).toBe(lines.length);
      }),
      { numRuns: 200, seed: 14 },
    );
  });
});

describe('decidePayee', () => {
  it('pays the net of the ambassador’s own lines when it is above zero and at the minimum', () => {
    const decision = decidePayee({
      lines: [line(2_000), line(1_000), line(-400)],
      minimum: 2_600,
      hasDetails: true,
    });
    expect(decision).toMatchObject({
      kind: 'pay',
      amount: 2_600,
      commissions: 3_000,
      clawbacks: -400,
      linesLeft: 0,
    });
  });

  it('skips without details, under the minimum, when clawbacks cover it, and with no lines', () => {
    expect(decidePayee({ lines: [line(500)], minimum: 0, hasDetails: false })).toEqual({
      kind: 'skip',
      reason: 'no_payout_details',
      amount: 500,
    });
    expect(decidePayee({ lines: [line(500)], minimum: 501, hasDetails: true })).toMatchObject({
      reason: 'below_minimum',
      amount: 500,
    });
    expect(decidePayee({ lines: [line(500), line(-500)], minimum: 0, hasDetails: true })).toMatchObject({
      reason: 'nothing_owed',
      amount: 0,
    });
    expect(decidePayee({ lines: [], minimum: 0, hasDetails: true })).toEqual({
      kind: 'skip',
      reason: 'no_approved_lines',
    });
  });
});
