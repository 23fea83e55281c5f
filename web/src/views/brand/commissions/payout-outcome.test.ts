import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { type BatchResult, outcomeUnknown, payoutToast } from './payout-outcome.ts';

const paid = (lines: number): BatchResult => ({ index: 0, lines, total: lines * 100 });
const refused = (): BatchResult => ({
  index: 1,
  lines: 2,
  total: 200,
  error: new ApiError(409, 'conflict', 'Paid'),
});
const unknown = (): BatchResult => ({
  ...refused(),
  error: new ApiError(0, 'client', 'Offline'),
  unknown: true,
});

describe('outcomeUnknown', () => {
  it('is unknown without an answer or after a server failure, known after a refusal', () => {
    expect(outcomeUnknown({ status: 0 })).toBe(true);
    expect(outcomeUnknown({ status: 503 })).toBe(true);
    expect(outcomeUnknown({ status: 409 })).toBe(false);
  });
});

describe('payoutToast', () => {
  it('says how many lines were marked paid when every batch was', () => {
    expect(payoutToast([paid(1)])).toEqual({ text: '1 line marked as paid', kind: 'success' });
    expect(payoutToast([paid(99), paid(3)])).toEqual({ text: '102 lines marked as paid', kind: 'success' });
  });

  it('names the refused and the unconfirmed batches beside what was paid', () => {
    expect(payoutToast([paid(5), refused(), unknown(), unknown()])).toEqual({
      text: '5 lines marked as paid; 1 payout was refused, 2 payouts are unconfirmed',
      kind: 'error',
    });
  });

  it('says the queue was read again when nothing is confirmed, and nothing was paid when all were refused', () => {
    expect(payoutToast([unknown()]).text).toBe('The payout is unconfirmed: the queue was reloaded to check');
    expect(payoutToast([refused(), refused()]).text).toBe('Nothing was marked as paid');
  });
});
