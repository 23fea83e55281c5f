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
        label="Feedback"
        hint={
          decision === 'reject'
            ? `Why the post is rejected. ${authorName} sees it.`
            : `What to change. ${authorName} sees it and can send a new version.`
        }
        error={missing ? 'Write a few words of feedback first' : undefined}
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
          Send feedback
        </Button>
        <span class="muted small">
          {decision === 'reject' ? 'Rejecting this post' : 'Asking for changes'}
        </span>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
