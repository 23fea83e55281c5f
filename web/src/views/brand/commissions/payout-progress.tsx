import { ErrorNotice, Notice } from '../../../ui/kit.tsx';
import type { Progress } from './payout-outcome.ts';

/** How a payout is going, then what each batch came to: paid, refused, or without a clear answer. */
export function PayoutProgress({
  progress,
  money,
}: {
  progress: Progress;
  money: (cents: number) => string;
}) {
  const failed = progress.results.filter((r) => r.error);
  const paid = progress.results.filter((r) => !r.error);
  const paidTotal = paid.reduce((sum, r) => sum + r.total, 0);
  const paidLines = paid.reduce((sum, r) => sum + r.lines, 0);
  if (progress.running)
    return (
      <Notice kind="info">
        <p>
          Paying: {progress.done} of {progress.of} {progress.of === 1 ? 'payout' : 'payouts'} done…
        </p>
      </Notice>
    );
  return (
    <>
      {paid.length ? (
        <Notice kind="success">
          <p>
            Marked {paidLines} {paidLines === 1 ? 'line' : 'lines'} as paid ({money(paidTotal)}) in{' '}
            {paid.length} {paid.length === 1 ? 'payout' : 'payouts'}.
          </p>
        </Notice>
      ) : null}
      {failed.map((result) =>
        result.error ? (
          <div key={result.index}>
            {result.unknown ? (
              <p class="field-error">
                Payout {result.index + 1} of {progress.of} ({result.lines}{' '}
                {result.lines === 1 ? 'line' : 'lines'}, {money(result.total)}) got no clear answer (
                {result.error.status === 0 ? 'the connection failed' : 'the server failed'}): it may have been
                recorded all the same. The queue below has been read again: lines it paid have left it. Check
                the paid lines before paying any of the rest again.
              </p>
            ) : (
              <p class="field-error">
                Payout {result.index + 1} of {progress.of} ({result.lines}{' '}
                {result.lines === 1 ? 'line' : 'lines'}, {money(result.total)}) was not recorded; nothing in
                it was marked paid. The queue below has been read again.
              </p>
            )}
            <ErrorNotice error={result.error} />
          </div>
        ) : null,
      )}
    </>
  );
}
