import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeAttributesAt, generateReferralCode, REFERRAL_CODE_PATTERN } from './referral-code.ts';

const bytes = (values: number[]) => () => Uint8Array.from(values);

describe('generateReferralCode', () => {
  it('takes up to six letters of the name, accents folded', () => {
    expect(generateReferralCode('Anna Agent', bytes([0, 1, 2, 3]))).toBe('ANNAAG-0123');
    expect(generateReferralCode('Zoë', bytes([10, 31, 32, 33]))).toBe('ZOE-AZ01');
    expect(generateReferralCode('李', bytes([0, 0, 0, 0]))).toBe('AMB-0000');
  });

  it('always matches the pattern the redirect accepts', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ minLength: 4, maxLength: 4 }), (name, random) => {
        expect(generateReferralCode(name, () => random)).toMatch(REFERRAL_CODE_PATTERN);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('codeAttributesAt', () => {
  const retiresAt = '2026-12-03T12:00:00.000Z';
  it('is true for an active code never rotated, false for a suspended one', () => {
    expect(codeAttributesAt({ active: true }, '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(codeAttributesAt({ active: false }, '2020-01-01T00:00:00.000Z')).toBe(false);
  });
  it('attributes strictly before retiresAt, whatever the offset the time is written with', () => {
    expect(codeAttributesAt({ active: true, retiresAt }, '2026-12-03T11:59:59.999Z')).toBe(true);
    expect(codeAttributesAt({ active: true, retiresAt }, retiresAt)).toBe(false);
    expect(codeAttributesAt({ active: true, retiresAt }, '2026-12-03T13:30:00+02:00')).toBe(true);
    expect(codeAttributesAt({ active: false, retiresAt }, '2026-12-01T00:00:00.000Z')).toBe(false);
  });
});
