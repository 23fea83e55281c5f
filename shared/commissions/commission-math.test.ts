import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMISSION_RULES } from '../programs/program.schema.ts';
import { commissionAfterRefunds, grossCommission, rateFor } from './commission-math.ts';

describe('commission arithmetic', () => {
  it('rounds a percent commission down to the minor unit', () => {
    expect(grossCommission(9_999, { kind: 'percent', basisPoints: 1000 })).toBe(999); // 999.9 → 999
    expect(grossCommission(12_345, { kind: 'percent', basisPoints: 1250 })).toBe(1543); // 1543.125
    expect(grossCommission(1, { kind: 'percent', basisPoints: 9999 })).toBe(0);
    expect(grossCommission(0, { kind: 'percent', basisPoints: 1000 })).toBe(0);
  });

  it('pays a flat commission whatever the amount', () => {
    expect(grossCommission(12_345, { kind: 'flat', amount: 500 })).toBe(500);
  });

  it('stays exact beyond 2^53', () => {
    expect(grossCommission(1_000_000_000_000, { kind: 'percent', basisPoints: 3333 })).toBe(333_300_000_000);
    expect(commissionAfterRefunds(999_999_999_999, 1_000_000_000_000, 1)).toBe(999_999_999_998);
  });

  it('takes refunds back proportionally, and the clawbacks add up to the whole', () => {
    const gross = grossCommission(10_000, { kind: 'percent', basisPoints: 1000 }); // 1000
    const steps = [3_333, 3_333, 3_334];
    let refunded = 0;
    let before = gross;
    let clawedBack = 0;
    for (const refund of steps) {
      refunded += refund;
      const after = commissionAfterRefunds(gross, 10_000, refunded);
      clawedBack += before - after;
      before = after;
    }
    expect(before).toBe(0);
    expect(clawedBack).toBe(gross);
    expect(commissionAfterRefunds(gross, 10_000, 3_333)).toBe(666); // 1000 × 6667 / 10000 = 666.7
  });

  it('uses a tier rate when the program names one', () => {
    const rules = { ...DEFAULT_COMMISSION_RULES, byTier: { expert: { kind: 'flat' as const, amount: 700 } } };
    expect(rateFor(rules, 'expert')).toEqual({ kind: 'flat', amount: 700 });
    expect(rateFor(rules, 'member')).toEqual(DEFAULT_COMMISSION_RULES.rate);
    expect(rateFor(rules, undefined)).toEqual(DEFAULT_COMMISSION_RULES.rate);
  });
});
