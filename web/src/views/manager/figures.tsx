import { useState } from 'preact/hooks';
import { fieldErrors } from '../../api/client.ts';
import {
  type FiguresCheck,
  type FiguresToCheck,
  figureLabel,
  figuresLine,
  listFiguresToCheck,
  verifyFigures,
} from '../../api/figures.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { formatCount, platformName } from '../../ui/format.ts';
import { Async, Button, Empty, ErrorNotice, formatDate, SelectField, TextField } from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import './manager.css';

type Report = FiguresToCheck['items'][number];

/**
 * Why a report is flagged, in the reader's words: from the flag's code and values, never its
 * English. A flag kept before the values came says it without the numbers it lacks.
 */
function flagWords(flag: Report['flags'][number], figures: Report['figures']): string {
  const metric = figureLabel(flag.metric);
  if (flag.code === 'likes_above_views')
    return t('figures.flag.likesAboveViews', {
      likes: flag.now ?? figures.likes ?? 0,
      views: flag.views ?? figures.views ?? 0,
    });
  if (flag.before === undefined || flag.now === undefined) return t('figures.flag.jumped', { metric });
  return t('figures.flag.jump', {
    metric,
    before: formatCount(flag.before),
    now: formatCount(flag.now),
    factor: formatCount(flag.factor ?? 100),
  });
}

const CHECKS: { value: FiguresCheck; key: MessageKey }[] = [
  { value: 'flagged', key: 'figures.check.flagged' },
  { value: 'reported', key: 'figures.check.reported' },
];

/**
 * Posts' figures waiting for a manager: flagged ones (a jump of more than 100×, more likes than
 * views) count only once verified; the others count already and can be verified (which pays
 * reach bonuses) or disputed with a reason the ambassador sees.
 */
export function FiguresView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [check, setCheck] = useState<FiguresCheck>('flagged');
  const { request, more } = usePaged(
    (cursor) => listFiguresToCheck(programId, check, cursor),
    [programId, check],
  );
  const remove = (reportId: string) =>
    request.setData((page) => ({ ...page, items: page.items.filter((r) => r.reportId !== reportId) }));
  return (
    <>
      <h1>{t('figures.title')}</h1>
      <p class="muted">{t('figures.intro')}</p>
      <div class="filter">
        <SelectField
          label={t('figures.show')}
          value={check}
          onValue={(v) => setCheck(v as FiguresCheck)}
          options={CHECKS.map(({ value, key }) => ({ value, label: t(key) }))}
        />
      </div>
      <Async request={request} label={t('figures.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t(check === 'flagged' ? 'figures.empty.flagged' : 'figures.empty.reported')}>
              {check === 'flagged' ? t('figures.empty.flagged.text') : null}
            </Empty>
          ) : (
            <>
              <ul class="figures-queue">
                {page.items.map((report) => (
                  <FiguresItem key={report.reportId} programId={programId} report={report} onDone={remove} />
                ))}
              </ul>
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </>
  );
}

function FiguresItem({
  programId,
  report,
  onDone,
}: {
  programId: string;
  report: Report;
  onDone: (reportId: string) => void;
}) {
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  const decide = useAction(async (status: 'verified' | 'disputed') => {
    await verifyFigures(programId, report.submissionId, report.reportId, {
      status,
      ...(status === 'disputed' ? { reason: reason.trim() } : {}),
    });
    toast(t(status === 'verified' ? 'figures.verified' : 'figures.disputed'));
    onDone(report.reportId);
  });
  const errors = fieldErrors(decide.error);
  return (
    <li class="card figures-item">
      <p>
        <strong>{report.post?.authorName ?? t('figures.anAmbassador')}</strong>
        <span class="muted">
          {' '}
          · {report.post ? platformName(report.post.platform) : ''} ·{' '}
          {t('figures.asOf', { date: formatDate(report.asOf) })}
        </span>
      </p>
      {report.post ? (
        <p class="post-link small">
          <a href={report.post.postUrl} target="_blank" rel="noreferrer noopener">
            {report.post.postUrl}
            <span class="visually-hidden"> {t('figures.newTab')}</span>
          </a>
        </p>
      ) : null}
      <p>
        <strong>{figuresLine(report.figures)}</strong>
      </p>
      {report.post?.counted && report.post.counted.reportId !== report.reportId ? (
        <p class="small muted">{t('figures.countedNow', { figures: figuresLine(report.post.counted) })}</p>
      ) : null}
      {report.flags.length ? (
        <ul class="checks small">
          {report.flags.map((flag) => (
            <li key={flag.code + flag.metric}>
              <span aria-hidden="true">⚠ </span>
              {flagWords(flag, report.figures)}
            </li>
          ))}
        </ul>
      ) : null}
      {report.note ? <p class="small">{t('figures.note', { note: report.note })}</p> : null}
      {report.screenshotUrl ? (
        <p class="small">
          <a href={report.screenshotUrl} target="_blank" rel="noreferrer noopener">
            {t('figures.screenshot')}
            <span class="visually-hidden"> {t('figures.newTab')}</span>
          </a>
        </p>
      ) : null}
      {disputing ? (
        <form
          class="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void decide.run('disputed');
          }}
        >
          <TextField
            label={t('figures.reason')}
            hint={t('figures.reason.hint')}
            value={reason}
            onValue={setReason}
            error={errors.reason}
          />
          <div class="actions">
            <Button type="submit" variant="danger" busy={decide.busy}>
              {t('figures.dispute')}
            </Button>
            <Button variant="ghost" onClick={() => setDisputing(false)}>
              {t('figures.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <Button variant="primary" busy={decide.busy} onClick={() => void decide.run('verified')}>
            {t('figures.verify')}
          </Button>
          <Button variant="ghost" onClick={() => setDisputing(true)}>
            {t('figures.disputeOpen')}
          </Button>
        </div>
      )}
      {decide.error && !errors.reason ? <ErrorNotice error={decide.error} /> : null}
    </li>
  );
}
