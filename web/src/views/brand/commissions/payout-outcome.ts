import type { ApiError } from '../../../api/client.ts';

/** A batch's answer: paid, refused (nothing recorded), or unknown (no clear answer: it may have been recorded). */
export type BatchResult = {
  index: number;
  lines: number;
  total: number;
  error?: ApiError;
  unknown?: boolean;
};
export type Progress = { done: number; of: number; results: BatchResult[]; running: boolean };

/** No answer (the network failed) or a server failure: the payout may have been recorded all the same. */
export const outcomeUnknown = (error: Pick<ApiError, 'status'>): boolean =>
  error.status === 0 || error.status >= 500;

const lines = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;

/** The toast after a payout: what was marked paid, and what was refused or is unconfirmed. */
export function payoutToast(results: readonly BatchResult[]): { text: string; kind: 'success' | 'error' } {
  const paid = results.filter((r) => !r.error);
  const unknown = results.filter((r) => r.unknown).length;
  const refused = results.length - paid.length - unknown;
  const paidLines = paid.reduce((sum, r) => sum + r.lines, 0);
  const problems = [
    refused ? `${refused} ${refused === 1 ? 'payout was' : 'payouts were'} refused` : '',
    unknown ? `${unknown} ${unknown === 1 ? 'payout is' : 'payouts are'} unconfirmed` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!problems) return { text: `${lines(paidLines)} marked as paid`, kind: 'success' };
  if (paid.length) return { text: `${paidLines} lines marked as paid; ${problems}`, kind: 'error' };
  if (unknown) return { text: 'The payout is unconfirmed: the queue was reloaded to check', kind: 'error' };
  return { text: 'Nothing was marked as paid', kind: 'error' };
}
