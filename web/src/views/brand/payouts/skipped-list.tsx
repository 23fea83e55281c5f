import { skipReason } from './payout-words.ts';
import type { Skipped } from './payouts-api.ts';

/** Who a payout leaves out, and why. */
export function SkippedList({
  skipped,
  money,
  minimum,
  count = skipped.length,
}: {
  skipped: readonly Skipped[];
  money: (cents: number) => string;
  minimum: number;
  count?: number;
}) {
  if (skipped.length === 0) return null;
  return (
    <section aria-label="Not in this payout">
      <h3>Not in this payout ({count})</h3>
      <ul class="list skipped">
        {skipped.map((s) => (
          <li key={s.ambassadorId}>
            <strong>{s.name}</strong>: {skipReason(s, money, minimum)}
          </li>
        ))}
      </ul>
      {count > skipped.length ? <p class="muted small">And {count - skipped.length} more.</p> : null}
    </section>
  );
}
