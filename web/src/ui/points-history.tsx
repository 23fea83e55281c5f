import type { Ledger } from '../api/rewards.ts';
import { formatDate } from './format.ts';

type Entry = Ledger['entries'][number];

const KIND_WORDS: Record<Entry['kind'], string> = {
  earned: 'Earned',
  adjusted: 'Adjusted by the team',
  taken_back: 'Taken back',
  spent: 'Spent',
  returned: 'Returned',
};

/** Spending and its returns move the balance only; everything else counts toward lifetime points too. */
const balanceOnly = (kind: Entry['kind']) => kind === 'spent' || kind === 'returned';

/**
 * The latest entries of a points ledger, newest first, each with what it did: earned, adjusted,
 * taken back, spent or returned, and whether it counts toward lifetime points.
 */
export function PointsHistory({ entries, shown = 15 }: { entries: readonly Entry[]; shown?: number }) {
  if (entries.length === 0) return <p class="small muted">No points yet.</p>;
  const latest = [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, shown);
  return (
    <details class="points-history">
      <summary>Points history ({entries.length.toLocaleString()})</summary>
      <ul class="list">
        {latest.map((entry) => (
          <li key={entry.source} class="row">
            <span>
              {entry.reason}
              <br />
              <span class="small muted">
                {KIND_WORDS[entry.kind]} · {formatDate(entry.at)}
                {balanceOnly(entry.kind) ? ' · balance only, not lifetime points' : ''}
              </span>
            </span>
            <strong class={entry.points < 0 ? 'points-minus' : 'points-plus'}>
              {entry.points > 0 ? '+' : entry.points < 0 ? '−' : ''}
              {Math.abs(entry.points).toLocaleString()}
            </strong>
          </li>
        ))}
      </ul>
      {entries.length > shown ? (
        <p class="small muted">
          The latest {shown} of {entries.length.toLocaleString()}.
        </p>
      ) : null}
    </details>
  );
}
