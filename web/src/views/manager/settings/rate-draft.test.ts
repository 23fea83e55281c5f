import { describe, expect, it } from 'vitest';
import { NO_RATE, rateDraft, rateOf } from './rate-draft.ts';

describe('a commission rate as typed', () => {
  it('shows basis points as a percent and minor units as an amount', () => {
    expect(rateDraft({ kind: 'percent', basisPoints: 1250 })).toEqual({ kind: 'percent', value: '12.5' });
    expect(rateDraft({ kind: 'flat', amount: 499 })).toEqual({ kind: 'flat', value: '4.99' });
    expect(rateDraft(undefined)).toEqual(NO_RATE);
  });

  it('reads back to what the API takes, rounded to whole units', () => {
    expect(rateOf({ kind: 'percent', value: '12.345' })).toEqual({ kind: 'percent', basisPoints: 1235 });
    expect(rateOf({ kind: 'flat', value: '4.99' })).toEqual({ kind: 'flat', amount: 499 });
    expect(rateOf(NO_RATE)).toBeUndefined();
  });

  it('leaves an empty value for the API to name as missing', () => {
    expect(rateOf({ kind: 'flat', value: '' })).toEqual({ kind: 'flat', amount: Number.NaN });
  });
});
