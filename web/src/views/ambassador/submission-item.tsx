import { useEffect, useRef, useState } from 'preact/hooks';
import { statusOfGrant } from '../../api/content.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { platformName } from '../../ui/format.ts';
import { Button, formatDate } from '../../ui/kit.tsx';
import { StatusPill } from '../../ui/status-pill.tsx';
import { captionFlagText } from '../../ui/submission-words.ts';
import { toast } from '../../ui/toast.tsx';
import type { Submission } from './common.tsx';
import { PostFigures } from './post-figures.tsx';
import { Caption } from './post-preview.tsx';
import { ResubmitForm } from './resubmit-form.tsx';
import { RightsLine } from './rights-fields.tsx';

/**
 * One of the ambassador's own posts: its status in words, version, the reviewer's feedback and
 * points; a post sent back for changes can be resubmitted here.
 */
export function SubmissionItem({
  ctx,
  submission,
  challengeTitle,
  compact = false,
  onChanged,
}: {
  ctx: ProgramContext;
  submission: Submission;
  challengeTitle?: string | undefined;
  compact?: boolean;
  /** After a resubmission: the new version, so the list can show it. */
  onChanged: (updated: Submission) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState(false);
  const statusRef = useRef<HTMLSpanElement>(null);
  const resubmitId = `resubmit-${submission.submissionId}`;
  // Opening or closing the form removes the focused button: opened, the keyboard goes to its first
  // field; sent, to the post's new status; cancelled, back to "Resubmit".
  const formRef = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState<{ to: 'status' | 'resubmit' | 'form' } | undefined>();
  useEffect(() => {
    if (refocus?.to === 'status') statusRef.current?.focus();
    // The effect runs after paint: someone who already went into a field of the form keeps it.
    else if (refocus?.to === 'form' && !formRef.current?.contains(document.activeElement))
      formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (refocus?.to === 'resubmit') document.getElementById(resubmitId)?.focus();
  }, [refocus]);
  const { programId } = ctx;
  const liveGrant = ['granted', 'expiring'].includes(statusOfGrant(submission.rightsGrant));
  return (
    <div class="submission" id={`submission-${submission.submissionId}`} tabIndex={-1}>
      <div class="submission-head">
        <span class="submission-status" tabIndex={-1} ref={statusRef}>
          <span class="visually-hidden">{t('ambassadorPosts.item.status')} </span>
          <StatusPill status={submission.status} />
        </span>
        <span class="small muted">
          {t('ambassadorPosts.item.meta', {
            platform: platformName(submission.platform),
            version: submission.version,
            date: formatDate(submission.submittedAt),
          })}
        </span>
      </div>
      {!compact ? (
        <p class="submission-title">
          <Link href={programPath(programId, 'challenges', submission.challengeId)}>
            {challengeTitle ?? t('ambassadorPosts.item.challenge')}
          </Link>
        </p>
      ) : null}
      <p class="post-link">
        <a href={submission.postUrl} target="_blank" rel="noreferrer noopener">
          {submission.postUrl}
          <span class="visually-hidden"> {t('ambassadorPosts.newTab')}</span>
        </a>
      </p>
      {!compact ? <Caption text={submission.caption} /> : null}
      {submission.feedback ? (
        <blockquote class="feedback">
          <p class="small muted">
            {submission.status === 'pending'
              ? t('ambassadorPosts.item.feedbackLast')
              : t('ambassadorPosts.item.feedback')}
          </p>
          <p>{submission.feedback}</p>
        </blockquote>
      ) : null}
      {submission.pointsAwarded ? (
        <p class="small">
          <strong>{t('ambassadorPosts.item.points', { points: submission.pointsAwarded })}</strong>
          {submission.kudos ? ` · ${t('ambassadorPosts.item.kudos', { count: submission.kudos })}` : ''}
        </p>
      ) : submission.kudos ? (
        <p class="small">{t('ambassadorPosts.item.kudos', { count: submission.kudos })}</p>
      ) : null}
      {submission.status === 'pending' && submission.flags.length ? (
        <ul class="checks small">
          {submission.flags.map((flag) => (
            <li key={flag.code + (flag.value ?? '')}>
              <span aria-hidden="true">✗ </span>
              {captionFlagText(flag, submission.platform)}
            </li>
          ))}
        </ul>
      ) : null}
      <RightsLine programId={programId} submission={submission} onChanged={onChanged} />
      {submission.status === 'approved' && !compact ? (
        <PostFigures programId={programId} submission={submission} />
      ) : null}
      {sent ? (
        <p class="notice success small" role="status">
          {t('ambassadorPosts.item.sentAgain', { version: submission.version })}
        </p>
      ) : null}
      {submission.status === 'changes_requested' ? (
        editing ? (
          <div class="resubmit" ref={formRef}>
            <p>
              <strong>{t('ambassadorPosts.item.change')}</strong>
            </p>
            <ResubmitForm
              ctx={ctx}
              submission={submission}
              keepsGrant={liveGrant}
              onCancel={() => {
                setEditing(false);
                setRefocus({ to: 'resubmit' });
              }}
              onSent={(updated) => {
                setEditing(false);
                setSent(true);
                setRefocus({ to: 'status' });
                toast(t('ambassadorPosts.item.sentAgainToast'));
                onChanged(updated);
              }}
            />
          </div>
        ) : (
          <Button
            id={resubmitId}
            variant="primary"
            onClick={() => {
              setEditing(true);
              setRefocus({ to: 'form' });
            }}
          >
            {t('ambassadorPosts.item.resubmit')}
          </Button>
        )
      ) : null}
    </div>
  );
}
