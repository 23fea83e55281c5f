import { useState } from 'preact/hooks';
import { download, ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { addMonths, currentMonth, formatHours, monthName, platformName } from '../../../ui/format.ts';
import { Async, Button, ErrorNotice, formatDate, Notice } from '../../../ui/kit.tsx';
import { MonthPicker } from '../../../ui/month-picker.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { type MonthlyReport, programApi } from './analytics-api.ts';
import { actionName, chainText, count } from './analytics-format.ts';
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
    toast(t('managerPeople.report.downloaded'));
  });

  return (
    <section class="card stack" aria-labelledby="report-heading">
      <header class="card-header">
        <h2 id="report-heading">{t('managerPeople.report.title')}</h2>
        <Button variant="secondary" busy={csv.busy} onClick={() => void csv.run()}>
          {t('managerPeople.report.csv')}
        </Button>
      </header>
      <MonthPicker label={t('managerPeople.report.month')} value={month} onValue={setMonth} max={lastMonth} />
      {csv.error ? <ErrorNotice error={csv.error} /> : null}
      <Async request={report} label={t('managerPeople.report.loading')}>
        {(data) => (
          <div class="stack" aria-live="polite">
            {data.final ? (
              <Notice kind="success">
                <p>{t('managerPeople.report.final', { month: monthName(data.month) })}</p>
              </Notice>
            ) : (
              <Notice kind="warning">
                <p>
                  {tx('managerPeople.report.provisional', {
                    month: monthName(data.month),
                    strong: (words) => <strong>{words}</strong>,
                  })}
                </p>
              </Notice>
            )}
            <p class="muted small">
              {t('managerPeople.report.written', { date: formatDate(data.generatedAt, true) })}
            </p>
            {data.kpis ? <KeyFigures figures={data.kpis} money={money} /> : null}
            <h3>{t('managerPeople.report.byPlatform')}</h3>
            {!data.reachByPlatform?.length ? (
              <p class="muted">{t('managerPeople.report.byPlatform.none')}</p>
            ) : (
              <DataTable
                columns={[
                  { header: t('managerPeople.report.platform'), cell: (r) => platformName(r.platform) },
                  { header: t('managerPeople.report.posts'), num: true, cell: (r) => count(r.posts) },
                  { header: t('managerPeople.report.views'), num: true, cell: (r) => count(r.views) },
                  {
                    header: t('managerPeople.report.impressions'),
                    num: true,
                    cell: (r) => count(r.impressions),
                  },
                  { header: t('managerPeople.report.reach'), num: true, cell: (r) => count(r.reach) },
                  {
                    header: t('managerPeople.report.engagements'),
                    num: true,
                    cell: (r) => count(r.engagements),
                  },
                ]}
                rows={data.reachByPlatform}
                rowKey={(r) => r.platform}
              />
            )}
            <h3>{t('managerPeople.report.topAmbassadors')}</h3>
            {data.topAmbassadors.length === 0 ? (
              <p class="muted">{t('managerPeople.report.topAmbassadors.none')}</p>
            ) : (
              <DataTable
                columns={[
                  { header: t('managerPeople.report.ambassador'), cell: (a) => a.displayName },
                  { header: t('managerPeople.report.points'), num: true, cell: (a) => a.points },
                  { header: t('managerPeople.report.orders'), num: true, cell: (a) => a.orders },
                  { header: t('managerPeople.report.revenue'), num: true, cell: (a) => money(a.revenue) },
                ]}
                rows={data.topAmbassadors}
                rowKey={(a) => a.userId}
              />
            )}
            <h3>{t('managerPeople.report.topPosts')}</h3>
            {data.topPosts.length === 0 ? (
              <p class="muted">{t('managerPeople.report.topPosts.none')}</p>
            ) : (
              <ol class="m-top-posts">
                {data.topPosts.map((p) => (
                  <li key={p.submissionId}>
                    <a href={p.postUrl} target="_blank" rel="noopener noreferrer">
                      {p.authorName || t('managerPeople.report.aPost')}
                      <span class="visually-hidden"> {t('managerPeople.newTab')}</span>
                    </a>{' '}
                    <span class="muted">· {t('managerPeople.report.kudos', { count: p.kudos })}</span>
                  </li>
                ))}
              </ol>
            )}
            <h3>{t('managerPeople.report.chains')}</h3>
            <ul>
              {data.chains.topChain ? (
                <li>
                  {t('managerPeople.report.topChain', {
                    chain: chainText(data.chains.topChain.chain),
                    count: data.chains.topChain.count,
                  })}
                </li>
              ) : null}
              {data.chains.topTransitions.map((step) => (
                <li key={`${step.from}>${step.to}`}>
                  {t('managerPeople.report.transition', {
                    from: actionName(step.from),
                    to: actionName(step.to),
                    count: step.count,
                    gap: formatHours(step.medianHours),
                  })}
                </li>
              ))}
              {data.chains.biggestDeadEnd ? (
                <li>
                  {t('managerPeople.report.deadEnd', {
                    action: actionName(data.chains.biggestDeadEnd.action),
                    deadEnds: data.chains.biggestDeadEnd.deadEnds,
                    actions: data.chains.biggestDeadEnd.actions,
                  })}
                </li>
              ) : null}
              {!data.chains.topChain &&
              data.chains.topTransitions.length === 0 &&
              !data.chains.biggestDeadEnd ? (
                <li class="muted">{t('managerPeople.report.noChains')}</li>
              ) : null}
            </ul>
          </div>
        )}
      </Async>
    </section>
  );
}
