import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReferralCode, REFERRAL_CODE_PATTERN } from './referral-code.ts';

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
