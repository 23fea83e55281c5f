import { useState } from 'preact/hooks';
import { fieldErrors } from '../../api/client.ts';
import {
  type CountedFigures,
  FIGURE_FIELDS,
  type FigureName,
  type FiguresReport,
  figuresLine,
  getPostFigures,
  type ReportBody,
  reportFigures,
} from '../../api/figures.ts';
import { uploadImage } from '../../api/uploads.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { Button, ErrorNotice, formatDate, TextArea, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import type { Submission } from './common.tsx';

const WEEK_MS = 7 * 86_400_000;

const REPORT_STATUS: Record<FiguresReport['status'], MessageKey> = {
  reported: 'ambassadorPosts.figures.status.reported',
  verified: 'ambassadorPosts.figures.status.verified',
  disputed: 'ambassadorPosts.figures.status.disputed',
};

/**
 * "Add your numbers" on an approved post: what it counts for now, a form for the figures read
 * from the platform's insights (with a screenshot), and the history of reports with their
 * verification. After a week without figures it asks for them.
 */
export function PostFigures({ programId, submission }: { programId: string; submission: Submission }) {
  const [counted, setCounted] = useState<CountedFigures | undefined>(submission.metrics);
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<FiguresReport[] | undefined>();
  const [showHistory, setShowHistory] = useState(false);
  const formId = `figures-${submission.submissionId}`;
  const since = submission.reviewedAt ? Date.now() - Date.parse(submission.reviewedAt) : 0;
  const loadHistory = useAction(async () => {
    const figures = await getPostFigures(programId, submission.submissionId);
    setHistory(figures.reports);
    setCounted(figures.counted);
    return figures;
  });

  return (
    <section class="post-figures" aria-label={t('ambassadorPosts.figures.title')}>
      {counted ? (
        <p class="small">
          <strong>{figuresLine(counted)}</strong>
          <span class="muted">
            {' '}
            · {t('ambassadorPosts.figures.asOf', { date: formatDate(counted.asOf) })}
          </span>
          {counted.status === 'verified' ? (
            <span class="muted"> · {t('ambassadorPosts.figures.verified')}</span>
          ) : null}
        </p>
      ) : (
        <p class={`small${since > WEEK_MS ? ' notice' : ' muted'}`}>
          {since > WEEK_MS ? t('ambassadorPosts.figures.askAfterWeek') : t('ambassadorPosts.figures.none')}
        </p>
      )}
      <div class="actions">
        <Button
          variant={counted ? 'ghost' : 'primary'}
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {counted ? t('ambassadorPosts.figures.update') : t('ambassadorPosts.figures.add')}
        </Button>
        <Button
          variant="ghost"
          aria-expanded={showHistory}
          busy={loadHistory.busy}
          onClick={async () => {
            if (!showHistory && !history) await loadHistory.run();
            setShowHistory(!showHistory);
          }}
        >
          {t('ambassadorPosts.figures.history')}
        </Button>
      </div>
      {open ? (
        <FiguresForm
          id={formId}
          programId={programId}
          submissionId={submission.submissionId}
          last={counted}
          onCancel={() => setOpen(false)}
          onSent={async () => {
            setOpen(false);
            toast(t('ambassadorPosts.figures.thanks'));
            await loadHistory.run();
          }}
        />
      ) : null}
      {loadHistory.error ? <ErrorNotice error={loadHistory.error} onRetry={() => loadHistory.run()} /> : null}
      {showHistory && history ? <FiguresHistory reports={history} /> : null}
    </section>
  );
}

function FiguresHistory({ reports }: { reports: readonly FiguresReport[] }) {
  if (reports.length === 0) return <p class="small muted">{t('ambassadorPosts.figures.noReports')}</p>;
  return (
    <ol class="figures-history small" reversed>
      {[...reports].reverse().map((report) => (
        <li key={report.reportId}>
          <span>
            {formatDate(report.asOf)}: {figuresLine(report.figures)}
          </span>{' '}
          <span class={`pill figures-pill ${report.status}`}>
            {report.status === 'reported' && report.flags.length
              ? t('ambassadorPosts.figures.status.flagged')
              : t(REPORT_STATUS[report.status])}
          </span>
          {report.note ? (
            <span class="muted"> · {t('ambassadorPosts.figures.note', { note: report.note })}</span>
          ) : null}
          {report.status === 'disputed' && report.verification?.reason ? (
            <span> · {report.verification.reason}</span>
          ) : null}
          {report.screenshotUrl ? (
            <>
              {' '}
              ·{' '}
              <a href={report.screenshotUrl} target="_blank" rel="noreferrer noopener">
                {t('ambassadorPosts.figures.screenshot')}
                <span class="visually-hidden"> {t('ambassadorPosts.newTab')}</span>
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function FiguresForm({
  id,
  programId,
  submissionId,
  last,
  onCancel,
  onSent,
}: {
  id: string;
  programId: string;
  submissionId: string;
  last: CountedFigures | undefined;
  onCancel: () => void;
  onSent: () => Promise<void>;
}) {
  const [values, setValues] = useState<Partial<Record<FigureName, string>>>({});
  const [note, setNote] = useState('');
  const [screenshot, setScreenshot] = useState<File | undefined>();
  const send = useAction(async (body: ReportBody) => {
    const screenshotKey = screenshot ? await uploadImage(programId, screenshot) : undefined;
    await reportFigures(programId, submissionId, { ...body, ...(screenshotKey ? { screenshotKey } : {}) });
    await onSent();
  });
  const errors = fieldErrors(send.error);
  const given = Object.fromEntries(
    FIGURE_FIELDS.flatMap(([name]) => {
      const raw = values[name]?.trim();
      return raw ? [[name, Number(raw)]] : [];
    }),
  ) as Partial<Record<FigureName, number>>;
  const lower = FIGURE_FIELDS.filter(
    ([name]) =>
      given[name] !== undefined &&
      last?.[name] !== undefined &&
      (given[name] as number) < (last[name] as number),
  );
  const fieldError = Object.keys(errors).some((k) => k === 'note' || FIGURE_FIELDS.some(([n]) => n === k));

  return (
    <form
      id={id}
      class="figures-form stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send.run({ ...given, ...(note.trim() ? { note: note.trim() } : {}) });
      }}
    >
      <p class="hint">{t('ambassadorPosts.figures.form.hint')}</p>
      <div class="figure-fields">
        {FIGURE_FIELDS.map(([name, label]) => (
          <TextField
            key={name}
            label={label}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={values[name] ?? ''}
            placeholder={last?.[name] !== undefined ? String(last[name]) : ''}
            error={errors[name]}
            onValue={(value) => setValues({ ...values, [name]: value.replace(/[\s,.]/g, '') })}
          />
        ))}
      </div>
      <TextArea
        label={
          lower.length ? t('ambassadorPosts.figures.form.whyLower') : t('ambassadorPosts.figures.form.note')
        }
        hint={
          lower.length
            ? t('ambassadorPosts.figures.form.lower', {
                count: lower.length,
                figures: lower.map(([, label]) => label).join(', '),
              })
            : undefined
        }
        error={errors.note}
        value={note}
        onValue={setNote}
        rows={2}
      />
      <label class="field">
        <span class="label">{t('ambassadorPosts.figures.form.screenshot')}</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(event) => setScreenshot((event.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {send.error && !fieldError ? <ErrorNotice error={send.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={send.busy}>
          {t('ambassadorPosts.figures.form.send')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('ambassadorPosts.cancel')}
        </Button>
      </div>
    </form>
  );
}
