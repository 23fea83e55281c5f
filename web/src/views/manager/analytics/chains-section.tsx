import { t } from '../../../i18n/i18n.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { formatHours, formatPercent, monthName } from '../../../ui/format.ts';
import type { Chains } from './analytics-api.ts';
import { actionName, chainText, topTransitions } from './analytics-format.ts';

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
      <h2 id="chains-heading">{t('managerPeople.chains.title')}</h2>
      <p class="muted small">{t('managerPeople.chains.intro', { days: chains.windowDays })}</p>
      <div class="m-chains-grid">
        <div>
          <h3>{t('managerPeople.chains.top')}</h3>
          {chains.topChains.length === 0 ? (
            <p class="muted">{t('managerPeople.chains.top.none')}</p>
          ) : (
            <DataTable
              columns={[
                { header: t('managerPeople.chains.threeInARow'), cell: (c) => chainText(c.chain) },
                {
                  header: t('managerPeople.chains.times'),
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
          <h3>{t('managerPeople.chains.follows')}</h3>
          {transitions.length === 0 ? (
            <p class="muted">{t('managerPeople.chains.follows.none')}</p>
          ) : (
            <DataTable
              columns={[
                { header: t('managerPeople.chains.after'), cell: (step) => actionName(step.from) },
                { header: t('managerPeople.chains.comes'), cell: (step) => actionName(step.to) },
                { header: t('managerPeople.chains.times'), num: true, cell: (step) => step.count },
                {
                  header: t('managerPeople.chains.medianGap'),
                  num: true,
                  cell: (step) => formatHours(step.medianHours),
                },
              ]}
              rows={transitions}
              rowKey={(step) => `${step.from}>${step.to}`}
            />
          )}
        </div>
        <div>
          <h3>{t('managerPeople.chains.deadEnds')}</h3>
          {deadEnds.settledMonths.length > 0 && deadEnds.actions.length === 0 ? (
            <p class="muted">{t('managerPeople.chains.deadEnds.noActions')}</p>
          ) : deadEnds.settledMonths.length === 0 ? (
            <p class="muted">{t('managerPeople.chains.deadEnds.unsettled', { days: chains.windowDays })}</p>
          ) : (
            <>
              <p class="muted small">
                {t('managerPeople.chains.deadEnds.intro', {
                  days: chains.windowDays,
                  months: deadEnds.settledMonths.map(monthName).join(', '),
                })}
              </p>
              <DataTable
                columns={[
                  { header: t('managerPeople.chains.action'), cell: (a) => actionName(a.action) },
                  { header: t('managerPeople.chains.times'), num: true, cell: (a) => a.actions },
                  { header: t('managerPeople.chains.followed'), num: true, cell: (a) => a.followed },
                  {
                    header: t('managerPeople.chains.deadEnds'),
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
          <h3>{t('managerPeople.chains.challenges')}</h3>
          {chains.challenges.length === 0 ? (
            <p class="muted">{t('managerPeople.chains.challenges.none')}</p>
          ) : (
            <DataTable
              columns={[
                { header: t('managerPeople.chains.challenge'), cell: (c) => c.title },
                { header: t('managerPeople.chains.completed'), num: true, cell: (c) => c.completions },
                {
                  header: t('managerPeople.chains.wentOn'),
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
