import { useState } from 'preact/hooks';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { platformName } from '../../../ui/format.ts';
import { Button, ErrorNotice, formatDate, Notice } from '../../../ui/kit.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import { captionFlagText } from '../../../ui/submission-words.ts';
import type { Outcome } from '../../../ui/use-decision-queue.ts';
import { useAction } from '../../../use-request.ts';
import { FeedbackForm } from './feedback-form.tsx';
import type { Decision, Item } from './review-api.ts';

/** How the toast puts a decision that went through. */
const DONE: Record<Decision, MessageKey> = {
  approve: 'review.done.approve',
  request_changes: 'review.done.requestChanges',
  reject: 'review.done.reject',
};

/** A post in the queue: what was submitted and what to check, with the review's buttons. */
export function ReviewItem({
  item,
  title,
  current,
  feedback,
  conflict,
  register,
  onFocus,
  onOpenFeedback,
  onCloseFeedback,
  decide,
  onDecided,
  registerApprove,
}: {
  item: Item;
  title: string;
  current: boolean;
  feedback: Exclude<Decision, 'approve'> | undefined;
  conflict: string | undefined;
  register: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onOpenFeedback: (decision: Exclude<Decision, 'approve'>) => void;
  onCloseFeedback: () => void;
  decide: (item: Item, decision: Decision, feedback: string) => Promise<Outcome>;
  onDecided: (item: Item, message: string) => void;
  registerApprove: (approve: (id: string) => void) => void;
}) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const review = useAction(async (decision: Decision) => {
    if ((await decide(item, decision, text.trim())) === 'conflict') return;
    setText('');
    onDecided(item, t(DONE[decision], { name: item.authorName }));
  });
  registerApprove(() => void review.run('approve'));

  const send = () => {
    if (!feedback) return;
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void review.run(feedback);
  };

  const headingId = `submission-${item.submissionId}`;
  const pending = item.status === 'pending';

  return (
    <article
      ref={register}
      class={`card m-review-item${current ? ' m-current' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      onFocusCapture={onFocus}
    >
      <header class="m-review-head">
        <h2 id={headingId}>
          {item.authorName} <span class="muted m-heading-sub">· {title}</span>
        </h2>
        <StatusPill status={item.status} />
      </header>
      {conflict ? (
        <Notice kind="warning">
          <p>
            {/Someone decided first/i.test(conflict) ? conflict : t('review.conflict', { reason: conflict })}
          </p>
          <p>
            {item.status === 'pending'
              ? tx('review.conflict.nowPending', {
                  status: <StatusPill status={item.status} />,
                  version: item.version,
                })
              : tx('review.conflict.now', { status: <StatusPill status={item.status} /> })}
          </p>
        </Notice>
      ) : null}
      <Submission item={item} />
      {item.feedback && !pending ? (
        <p class="small">
          {tx('review.feedbackSent', {
            strong: (words) => <strong>{words}</strong>,
            feedback: item.feedback,
          })}
        </p>
      ) : null}
      {review.error ? <ErrorNotice error={review.error} /> : null}
      {pending ? (
        feedback ? (
          <FeedbackForm
            decision={feedback}
            authorName={item.authorName}
            text={text}
            onText={setText}
            missing={missing}
            busy={review.busy}
            onSend={send}
            onCancel={onCloseFeedback}
          />
        ) : (
          <div class="actions">
            <Button variant="primary" busy={review.busy} onClick={() => void review.run('approve')}>
              {t('review.approve')}
            </Button>
            <Button
              variant="secondary"
              disabled={review.busy}
              onClick={() => onOpenFeedback('request_changes')}
            >
              {t('review.requestChanges')}
            </Button>
            <Button variant="secondary" disabled={review.busy} onClick={() => onOpenFeedback('reject')}>
              {t('review.reject')}
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}

/** What the ambassador sent: the post, its caption and proof, and what the checks flagged. */
function Submission({ item }: { item: Item }) {
  return (
    <>
      <p class="small muted">
        {t('review.submitted', {
          platform: platformName(item.platform),
          version: item.version,
          date: formatDate(item.submittedAt, true),
        })}
      </p>
      <p>
        <a href={item.postUrl} target="_blank" rel="noopener noreferrer" class="m-break">
          {t('review.openPost', { platform: platformName(item.platform) })}
          <span class="visually-hidden"> {t('review.newTab')}</span>
        </a>
        <span class="muted small m-break m-post-url"> {item.postUrl}</span>
      </p>
      {item.caption ? (
        <blockquote class="m-caption">{item.caption}</blockquote>
      ) : (
        <p class="muted small">{t('review.noCaption')}</p>
      )}
      {item.proofImageUrl ? (
        <p class="m-proof">
          <a href={item.proofImageUrl} target="_blank" rel="noopener noreferrer">
            {item.thumbnailUrl ? (
              <img
                class="proof-thumbnail"
                src={item.thumbnailUrl}
                alt={t('review.proofAlt', { name: item.authorName })}
              />
            ) : null}
            <span>{t(item.thumbnailUrl ? 'review.proofFull' : 'review.proofWaiting')}</span>
            <span class="visually-hidden"> {t('review.newTab')}</span>
          </a>
        </p>
      ) : null}
      {item.flags.length > 0 ? (
        <div class="notice warning m-flags">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t('review.checkFirst')}
            </strong>
          </p>
          <ul>
            {item.flags.map((flag) => (
              <li key={flag.code + (flag.value ?? '')}>{captionFlagText(flag, item.platform)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
