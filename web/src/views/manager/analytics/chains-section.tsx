import { DataTable } from '../../../ui/data-table.tsx';
import { formatHours, formatPercent, humanise, monthName } from '../../../ui/format.ts';
import type { Chains } from './analytics-api.ts';
import { chainText, topTransitions } from './analytics-format.ts';

function Bar({ rate, label }: { rate: number | null; label: string }) {
  return (
    <span class="m-bar-cell">
      <span class="m-bar" aria-hidden="true">
        <span class="m-bar-fill" style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
      </span>
      <span>{label}</span>
    </span>
  );
}

/** Which actions lead to more actions, where they stop, and whether challenges lead on. */
export function ChainsSection({ chains }: { chains: Chains }) {
  const maxChain = Math.max(1, ...chains.topChains.map((c) => c.count));
  const transitions = topTransitions(chains.transitions);
  const { deadEnds } = chains;
  return (
    <section class="card" aria-labelledby="chains-heading">
      <h2 id="chains-heading">Participation chains</h2>
      <p class="muted small">
        Which actions lead to more actions within {chains.windowDays} days, and where they stop.
      </p>
      <div class="m-chains-grid">
        <div>
          <h3>Top chains</h3>
          {chains.topChains.length === 0 ? (
            <p class="muted">No chains of three actions yet.</p>
          ) : (
            <DataTable
              columns={[
                { header: 'Three actions in a row', cell: (c) => chainText(c.chain) },
                {
                  header: 'Times',
                  num: true,
                  cell: (c) => <Bar rate={c.count / maxChain} label={String(c.count)} />,
                },
              ]}
              rows={chains.topChains}
              rowKey={(c) => c.chain.join('>')}
            />
          )}
        </div>
        <div>
          <h3>What follows what</h3>
          {transitions.length === 0 ? (
            <p class="muted">No actions followed by another yet.</p>
          ) : (
            <DataTable
              columns={[
                { header: 'After', cell: (t) => humanise(t.from) },
                { header: 'Comes', cell: (t) => humanise(t.to) },
                { header: 'Times', num: true, cell: (t) => t.count },
                { header: 'Median gap', num: true, cell: (t) => formatHours(t.medianHours) },
              ]}
              rows={transitions}
              rowKey={(t) => `${t.from}>${t.to}`}
            />
          )}
        </div>
        <div>
          <h3>Dead ends</h3>
          {deadEnds.settledMonths.length > 0 && deadEnds.actions.length === 0 ? (
            <p class="muted">No actions in the settled months of this period.</p>
          ) : deadEnds.settledMonths.length === 0 ? (
            <p class="muted">
              None settled yet: a month counts once it ended {chains.windowDays} days ago, so every action in
              it had its chance.
            </p>
          ) : (
            <>
              <p class="muted small">
                Actions nothing followed within {chains.windowDays} days, in{' '}
                {deadEnds.settledMonths.map(monthName).join(', ')}.
              </p>
              <DataTable
                columns={[
                  { header: 'Action', cell: (a) => humanise(a.action) },
                  { header: 'Times', num: true, cell: (a) => a.actions },
                  { header: 'Followed', num: true, cell: (a) => a.followed },
                  {
                    header: 'Dead ends',
                    num: true,
                    cell: (a) => (
                      <Bar rate={a.deadEndRate} label={`${a.deadEnds} (${formatPercent(a.deadEndRate)})`} />
                    ),
                  },
                ]}
                rows={deadEnds.actions}
                rowKey={(a) => a.action}
              />
            </>
          )}
        </div>
        <div>
          <h3>Do challenges lead on?</h3>
          {chains.challenges.length === 0 ? (
            <p class="muted">No completed challenges in this period yet.</p>
          ) : (
            <DataTable
              columns={[
                { header: 'Challenge', cell: (c) => c.title },
                { header: 'Completed', num: true, cell: (c) => c.completions },
                {
                  header: 'Went on',
                  num: true,
                  cell: (c) => (
                    <Bar
                      rate={c.continuationRate}
                      label={`${c.continued} (${formatPercent(c.continuationRate)})`}
                    />
                  ),
                },
              ]}
              rows={chains.challenges}
              rowKey={(c) => c.challengeId}
            />
          )}
        </div>
      </div>
    </section>
  );
}
