import { useState } from 'preact/hooks';
import { download, ok } from '../../../api/client.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import {
  addMonths,
  currentMonth,
  formatHours,
  humanise,
  monthName,
  platformName,
} from '../../../ui/format.ts';
import { Async, Button, ErrorNotice, formatDate, Notice } from '../../../ui/kit.tsx';
import { MonthPicker } from '../../../ui/month-picker.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { type MonthlyReport, programApi } from './analytics-api.ts';
import { chainText, count } from './analytics-format.ts';
import { KeyFigures } from './key-figures.tsx';

/** The monthly report of a past month: provisional until it is final, and as a CSV. */
export function ReportSection({ ctx, money }: { ctx: ProgramContext; money: (cents: number) => string }) {
  const { programId } = ctx;
  const lastMonth = addMonths(currentMonth('UTC'), -1);
  const [month, setMonth] = useState(lastMonth);
  const report = useRequest(
    async () =>
      (await ok(
        programApi.reports.monthly[':month'].$get({ param: { programId, month }, query: { format: 'json' } }),
      )) as unknown as MonthlyReport,
    [programId, month],
  );
  const csv = useAction(async () => {
    const query = new URLSearchParams({ format: 'csv' });
    await download(
      `/api/programs/${encodeURIComponent(programId)}/reports/monthly/${encodeURIComponent(month)}?${query}`,
      `program-report-${month}.csv`,
    );
    toast('Report downloaded');
  });

  return (
    <section class="card stack" aria-labelledby="report-heading">
      <header class="card-header">
        <h2 id="report-heading">Monthly report</h2>
        <Button variant="secondary" busy={csv.busy} onClick={() => void csv.run()}>
          Download CSV
        </Button>
      </header>
      <MonthPicker label="Report month" value={month} onValue={setMonth} max={lastMonth} />
      {csv.error ? <ErrorNotice error={csv.error} /> : null}
      <Async request={report} label="Loading the report…">
        {(data) => (
          <div class="stack" aria-live="polite">
            {data.final ? (
              <Notice kind="success">
                <p>Final report for {monthName(data.month)}.</p>
              </Notice>
            ) : (
              <Notice kind="warning">
                <p>
                  <strong>Provisional.</strong> Figures for {monthName(data.month)} can still change until 30
                  days after the month ends; the final report replaces this one.
                </p>
              </Notice>
            )}
            <p class="muted small">Written {formatDate(data.generatedAt, true)}</p>
            {data.kpis ? <KeyFigures figures={data.kpis} money={money} /> : null}
            <h3>Views and impressions by platform</h3>
            {!data.reachByPlatform?.length ? (
              <p class="muted">No approved post of this month has figures yet.</p>
            ) : (
              <DataTable
                columns={[
                  { header: 'Platform', cell: (r) => platformName(r.platform) },
                  { header: 'Posts', num: true, cell: (r) => count(r.posts) },
                  { header: 'Views', num: true, cell: (r) => count(r.views) },
                  { header: 'Impressions', num: true, cell: (r) => count(r.impressions) },
                  { header: 'Reach', num: true, cell: (r) => count(r.reach) },
                  { header: 'Engagements', num: true, cell: (r) => count(r.engagements) },
                ]}
                rows={data.reachByPlatform}
                rowKey={(r) => r.platform}
              />
            )}
            <h3>Top ambassadors</h3>
            {data.topAmbassadors.length === 0 ? (
              <p class="muted">Nobody earned points this month.</p>
            ) : (
              <DataTable
                columns={[
                  { header: 'Ambassador', cell: (a) => a.displayName },
                  { header: 'Points', num: true, cell: (a) => a.points },
                  { header: 'Orders', num: true, cell: (a) => a.orders },
                  { header: 'Revenue', num: true, cell: (a) => money(a.revenue) },
                ]}
                rows={data.topAmbassadors}
                rowKey={(a) => a.userId}
              />
            )}
            <h3>Most liked posts</h3>
            {data.topPosts.length === 0 ? (
              <p class="muted">No approved posts this month.</p>
            ) : (
              <ol class="m-top-posts">
                {data.topPosts.map((p) => (
                  <li key={p.submissionId}>
                    <a href={p.postUrl} target="_blank" rel="noopener noreferrer">
                      {p.authorName || 'A post'}
                      <span class="visually-hidden"> (opens in a new tab)</span>
                    </a>{' '}
                    <span class="muted">· {p.kudos} kudos</span>
                  </li>
                ))}
              </ol>
            )}
            <h3>Chain highlights</h3>
            <ul>
              {data.chains.topChain ? (
                <li>
                  Top chain: {chainText(data.chains.topChain.chain)} ({data.chains.topChain.count} times)
                </li>
              ) : null}
              {data.chains.topTransitions.map((t) => (
                <li key={`${t.from}>${t.to}`}>
                  {humanise(t.from)} → {humanise(t.to)}: {t.count} times, median gap{' '}
                  {formatHours(t.medianHours)}
                </li>
              ))}
              {data.chains.biggestDeadEnd ? (
                <li>
                  Biggest dead end: {humanise(data.chains.biggestDeadEnd.action)} (
                  {data.chains.biggestDeadEnd.deadEnds} of {data.chains.biggestDeadEnd.actions} led nowhere)
                </li>
              ) : null}
              {!data.chains.topChain &&
              data.chains.topTransitions.length === 0 &&
              !data.chains.biggestDeadEnd ? (
                <li class="muted">No chains this month.</li>
              ) : null}
            </ul>
          </div>
        )}
      </Async>
    </section>
  );
}
