import { useState } from 'preact/hooks';
import { toast } from '../../../ui/toast.tsx';
import type { Selection } from '../../../ui/use-selection.ts';
import { asApiError, useAction } from '../../../use-request.ts';
import type { Commission } from '../brand-data.ts';
import { sendPayout } from './commissions-api.ts';
import { batchesOf, totalOf } from './payout-batches.ts';
import { type BatchResult, outcomeUnknown, type Progress, payoutToast } from './payout-outcome.ts';

/** Marking the chosen lines paid, batch by batch, with the progress and outcome of each. */
export function usePayout(programId: string, chosen: Commission[], selection: Selection, onPaid: () => void) {
  const [reference, setReference] = useState('');
  const [progress, setProgress] = useState<Progress | undefined>();
  const pay = useAction(async () => {
    const batches = batchesOf(chosen);
    const results: BatchResult[] = [];
    setProgress({ done: 0, of: batches.length, results, running: true });
    for (const [index, batch] of batches.entries()) {
      const total = totalOf(batch);
      try {
        await sendPayout(
          programId,
          batch.map((line) => line.commissionId),
          reference.trim(),
        );
        results.push({ index, lines: batch.length, total });
      } catch (caught) {
        const error = asApiError(caught);
        results.push({ index, lines: batch.length, total, error, unknown: outcomeUnknown(error) });
      }
      setProgress({ done: index + 1, of: batches.length, results: [...results], running: true });
    }
    setProgress({ done: batches.length, of: batches.length, results, running: false });
    const paid = results.filter((r) => !r.error);
    selection.drop(new Set(paid.flatMap((r) => (batches[r.index] ?? []).map((l) => l.commissionId))));
    if (paid.length === results.length) setReference('');
    const { text, kind } = payoutToast(results);
    toast(text, kind);
    // Always read the queue again: paid lines leave it, and a payout without a clear answer may have
    // been recorded (or a refusal may mean someone else paid them first).
    onPaid();
  });
  return { reference, setReference, progress, pay };
}
