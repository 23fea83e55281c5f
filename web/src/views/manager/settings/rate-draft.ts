import type { Program } from '../../../program-context.ts';
import { numberOf } from '../../../ui/field-text.ts';

export type Rate = Program['commission']['rate'];
/** A commission rate as typed: percent or an amount in major units; '' kind for "Same as above". */
export type RateDraft = { kind: Rate['kind'] | ''; value: string };

export const NO_RATE: RateDraft = { kind: '', value: '' };

export function rateDraft(rate: Rate | undefined): RateDraft {
  if (!rate) return NO_RATE;
  return rate.kind === 'percent'
    ? { kind: 'percent', value: String(rate.basisPoints / 100) }
    : { kind: 'flat', value: String(rate.amount / 100) };
}

/** The rate the API takes (basis points, or minor units), or undefined for none. */
export function rateOf(draft: RateDraft): Rate | undefined {
  if (draft.kind === '') return undefined;
  const value = numberOf(draft.value);
  return draft.kind === 'percent'
    ? { kind: 'percent', basisPoints: Math.round(value * 100) }
    : { kind: 'flat', amount: Math.round(value * 100) };
}
