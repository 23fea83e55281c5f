import type { Decision } from './applications-api.ts';

/** What a bulk decision did, in words: how many went through, met a conflict, or failed. */
export function bulkSummary(
  decision: Decision,
  total: number,
  { decided, conflicts, failed }: { decided: number; conflicts: number; failed: number },
): { kind: 'success' | 'warning'; text: string } {
  const verb = decision === 'approve' ? 'Approved' : 'Rejected';
  const text = [
    decided === total
      ? `${verb} ${decided} ${decided === 1 ? 'application' : 'applications'}.`
      : `${verb} ${decided} of ${total}.`,
    conflicts > 0
      ? `${conflicts} ${conflicts === 1 ? 'was' : 'were'} already decided by someone else: ${conflicts === 1 ? 'its row shows' : 'their rows show'} the decision.`
      : '',
    failed > 0
      ? `${failed} failed: the reason is on ${failed === 1 ? 'its row' : 'each row'}, still selected.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { kind: failed === 0 && conflicts === 0 ? 'success' : 'warning', text };
}
