import { t } from '../../../i18n/i18n.ts';
import { Button, TextArea } from '../../../ui/kit.tsx';

/** The feedback a rejection or a request for changes needs, sent with Enter and cancelled with Esc. */
export function FeedbackForm({
  decision,
  authorName,
  text,
  onText,
  missing,
  busy,
  onSend,
  onCancel,
}: {
  decision: 'reject' | 'request_changes';
  authorName: string;
  text: string;
  onText: (text: string) => void;
  /** Sent empty: the field says what it needs. */
  missing: boolean;
  busy: boolean;
  onSend: () => void;
  onCancel: () => void;
}) {
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      <TextArea
        label={t('review.feedback')}
        hint={
          decision === 'reject'
            ? t('review.feedback.rejectHint', { name: authorName })
            : t('review.feedback.changesHint', { name: authorName })
        }
        error={missing ? t('review.feedback.missing') : undefined}
        value={text}
        onValue={onText}
        maxLength={2000}
        rows={3}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            onSend();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="actions">
        <Button type="submit" variant={decision === 'reject' ? 'danger' : 'primary'} busy={busy}>
          {t('review.feedback.send')}
        </Button>
        <span class="muted small">
          {t(decision === 'reject' ? 'review.feedback.rejecting' : 'review.feedback.asking')}
        </span>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          {t('review.feedback.cancel')}
        </Button>
      </div>
    </form>
  );
}
