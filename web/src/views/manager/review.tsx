import type { InferResponseType } from 'hono/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChallengeTitles } from '../../api/challenge-titles.ts';
import { ApiError, api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { focusLost } from '../../ui/focus.ts';
import { platformName } from '../../ui/format.ts';
import {
  Async,
  Button,
  Empty,
  ErrorNotice,
  formatDate,
  Notice,
  SelectField,
  StatusPill,
  TextArea,
} from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { asApiError, useAction } from '../../use-request.ts';
import './manager.css';

const programApi = api.challenges.api.programs[':programId'];
type Page = InferResponseType<typeof programApi.submissions.$get, 200>;
type Item = Page['items'][number];
type Status = 'pending' | 'changes_requested' | 'approved' | 'rejected';
type Decision = 'approve' | 'reject' | 'request_changes';

const PAGE_SIZE = 25;
const SHORTCUTS_KEY = 'embassy.review.shortcuts';

const STATUS_OPTIONS: { value: Status; label: string }[] = [
  { value: 'pending', label: 'Waiting for review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
];

/** Whether the single-key shortcuts are on (they are unless the reviewer turned them off). */
function readShortcutsOn(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

function storeShortcutsOn(on: boolean) {
  try {
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Focus was on something that has left the page (or nowhere): it needs a new home. */
/** The review queue, oldest first, with shortcuts for fast review. */
export function ReviewView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [status, setStatus] = useState<Status>('pending');
  // The items on screen now: for a page that arrives later (no duplicates), shortcuts and focus.
  const shown = useRef<Item[]>([]);
  const { request: queue, more } = usePaged<Item>(
    async (cursor) => {
      const page = await ok(
        programApi.submissions.$get({
          param: { programId },
          query: { status, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
        }),
      );
      if (!cursor) return page;
      return {
        ...page,
        items: page.items.filter((i) => !shown.current.some((d) => d.submissionId === i.submissionId)),
      };
    },
    [programId, status],
  );
  const items = queue.data?.items ?? [];
  shown.current = items;
  const titles = useChallengeTitles(
    programId,
    items.map((i) => i.challengeId),
  );
  // The current item by id, so items leaving above it do not move it.
  const [currentId, setCurrentId] = useState<string | undefined>();
  const current = Math.max(
    0,
    items.findIndex((i) => i.submissionId === currentId),
  );
  // The current item as of the latest render, for answers that arrive later.
  const currentNow = useRef<string | undefined>(undefined);
  currentNow.current = items[current]?.submissionId;
  const [feedbackFor, setFeedbackFor] = useState<{ id: string; decision: Decision } | undefined>();
  const [conflicts, setConflicts] = useState<Record<string, string>>({});
  const [showHelp, setShowHelp] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useState(readShortcutsOn);
  const articles = useRef<Map<string, HTMLElement>>(new Map());
  const approveRef = useRef<(id: string) => void>(() => undefined);

  const focusItem = (index: number) => {
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!item) return;
    setCurrentId(item.submissionId);
    const element = articles.current.get(item.submissionId);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const openFeedback = (id: string, decision: Decision) => {
    setFeedbackFor({ id, decision });
    // The field renders on the next paint.
    requestAnimationFrame(() =>
      articles.current.get(id)?.querySelector<HTMLTextAreaElement>('textarea')?.focus(),
    );
  };

  /** Whether an element is one of the queue's items or inside one. */
  const inQueue = (target: HTMLElement | null) => {
    const article = target?.closest<HTMLElement>('.m-review-item');
    return article !== null && article !== undefined && [...articles.current.values()].includes(article);
  };

  // Shortcuts, when on, except while typing in a field.
  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const item = items[current];
      switch (event.key) {
        case 'j':
          event.preventDefault();
          focusItem(current + 1);
          break;
        case 'k':
          event.preventDefault();
          focusItem(current - 1);
          break;
        // The arrows scroll the page, unless focus is on a post in the queue.
        case 'ArrowDown':
          if (inQueue(target)) {
            event.preventDefault();
            focusItem(current + 1);
          }
          break;
        case 'ArrowUp':
          if (inQueue(target)) {
            event.preventDefault();
            focusItem(current - 1);
          }
          break;
        case 'a':
          if (item?.status === 'pending') {
            event.preventDefault();
            approveRef.current(item.submissionId);
          }
          break;
        case 'c':
          if (item?.status === 'pending') {
            event.preventDefault();
            openFeedback(item.submissionId, 'request_changes');
          }
          break;
        case 'r':
          if (item?.status === 'pending') {
            event.preventDefault();
            openFeedback(item.submissionId, 'reject');
          }
          break;
        case '?':
          event.preventDefault();
          setShowHelp((shown) => !shown);
          break;
        case 'Escape':
          setShowHelp(false);
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  /** A decided item leaves the queue; if focus was on it, it goes to the one that takes its place. */
  const onDecided = (item: Item, message: string) => {
    const index = shown.current.findIndex((i) => i.submissionId === item.submissionId);
    const wasCurrent = currentNow.current === item.submissionId;
    queue.setData((data) => ({
      ...data,
      items: data.items.filter((i) => i.submissionId !== item.submissionId),
    }));
    setFeedbackFor((open) => (open?.id === item.submissionId ? undefined : open));
    toast(message);
    // After the queue re-renders without the item.
    requestAnimationFrame(() => {
      const rest = shown.current;
      const next = rest[Math.min(Math.max(0, index), rest.length - 1)];
      if (wasCurrent && next) setCurrentId(next.submissionId);
      if (!focusLost()) return;
      if (next) articles.current.get(next.submissionId)?.focus();
      else document.getElementById('review-heading')?.focus();
    });
  };

  /** Someone else decided first: show it, and the item as it is now. */
  const onConflict = async (item: Item, error: ApiError) => {
    setFeedbackFor((open) => (open?.id === item.submissionId ? undefined : open));
    setConflicts((c) => ({ ...c, [item.submissionId]: error.message }));
    try {
      const fresh = await ok(
        programApi.submissions[':submissionId'].$get({
          param: { programId, submissionId: item.submissionId },
        }),
      );
      queue.setData((data) => ({
        ...data,
        items: data.items.map((i) => (i.submissionId === item.submissionId ? { ...i, ...fresh } : i)),
      }));
    } catch (caught) {
      setConflicts((c) => ({
        ...c,
        [item.submissionId]: `${error.message} Loading it again failed: ${asApiError(caught).message}`,
      }));
    }
  };

  return (
    <div class="stack manager">
      <h1 id="review-heading" tabIndex={-1}>
        Review
      </h1>
      <div class="m-toolbar">
        <SelectField
          label="Show"
          value={status}
          onValue={(v) => {
            setStatus(v as Status);
            setCurrentId(undefined);
            setConflicts({});
          }}
          options={STATUS_OPTIONS}
        />
        <label class="check m-shortcuts-toggle">
          <input
            type="checkbox"
            checked={shortcutsOn}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              setShortcutsOn(on);
              storeShortcutsOn(on);
              if (!on) setShowHelp(false);
            }}
          />
          <span>Keyboard shortcuts</span>
        </label>
      </div>
      {shortcutsOn ? (
        <p class="muted small m-shortcuts-line">
          Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> move (or <kbd>↓</kbd>/<kbd>↑</kbd> on a post), <kbd>a</kbd>{' '}
          approves, <kbd>c</kbd> requests changes, <kbd>r</kbd> rejects, <kbd>Enter</kbd> sends feedback,{' '}
          <kbd>?</kbd> shows them all.{' '}
          <button
            type="button"
            class="m-link-button"
            aria-expanded={showHelp}
            onClick={() => setShowHelp(!showHelp)}
          >
            {showHelp ? 'Hide shortcuts' : 'Show shortcuts'}
          </button>
        </p>
      ) : (
        <p class="muted small m-shortcuts-line">
          Single-key shortcuts are off. Turn on “Keyboard shortcuts” to review with <kbd>j</kbd>, <kbd>k</kbd>
          , <kbd>a</kbd>, <kbd>c</kbd> and <kbd>r</kbd>.
        </p>
      )}
      {shortcutsOn && showHelp ? (
        <section class="card m-shortcuts" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
          <dl>
            <dt>
              <kbd>j</kbd>, or <kbd>↓</kbd> on a post
            </dt>
            <dd>Next post</dd>
            <dt>
              <kbd>k</kbd>, or <kbd>↑</kbd> on a post
            </dt>
            <dd>Previous post</dd>
            <dt>
              <kbd>a</kbd>
            </dt>
            <dd>Approve the current post</dd>
            <dt>
              <kbd>c</kbd>
            </dt>
            <dd>Request changes: opens the feedback field</dd>
            <dt>
              <kbd>r</kbd>
            </dt>
            <dd>Reject: opens the feedback field</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>In the feedback field: send it (Shift+Enter for a new line)</dd>
            <dt>
              <kbd>Esc</kbd>
            </dt>
            <dd>In the feedback field: cancel</dd>
            <dt>
              <kbd>?</kbd>
            </dt>
            <dd>Show or hide this list</dd>
          </dl>
          <p class="muted small">
            Shortcuts pause while you type in a field. Turn them off with “Keyboard shortcuts” above.
          </p>
        </section>
      ) : null}
      <Async request={queue} label="Loading the review queue…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={status === 'pending' ? 'Nothing to review' : 'No posts here'}>
              {status === 'pending'
                ? 'You are all caught up. New posts appear here as ambassadors submit them.'
                : 'Choose another status to see other posts.'}
            </Empty>
          ) : (
            <>
              <p class="muted" aria-live="polite">
                {data.items.length}
                {data.nextCursor ? '+' : ''} {data.items.length === 1 ? 'post' : 'posts'}, oldest first.
              </p>
              <ol class="m-review-list">
                {data.items.map((item, index) => (
                  <li key={item.submissionId}>
                    <ReviewItem
                      ctx={ctx}
                      item={item}
                      title={titles[item.challengeId] ?? 'Challenge'}
                      current={index === current}
                      feedback={feedbackFor?.id === item.submissionId ? feedbackFor.decision : undefined}
                      conflict={conflicts[item.submissionId]}
                      register={(element) => {
                        if (element) articles.current.set(item.submissionId, element);
                        else articles.current.delete(item.submissionId);
                      }}
                      onFocus={() => setCurrentId(item.submissionId)}
                      onOpenFeedback={(decision) => openFeedback(item.submissionId, decision)}
                      onCloseFeedback={() => {
                        setFeedbackFor(undefined);
                        articles.current.get(item.submissionId)?.focus();
                      }}
                      onDecided={onDecided}
                      onConflict={onConflict}
                      registerApprove={(approve) => {
                        if (index === current) approveRef.current = approve;
                      }}
                    />
                  </li>
                ))}
              </ol>
              <LoadMore page={data} more={more} />
            </>
          )
        }
      </Async>
    </div>
  );
}

const DECISION_WORDS: Record<Decision, { done: string; send: string }> = {
  approve: { done: 'Approved', send: 'Approve' },
  request_changes: { done: 'Asked for changes to', send: 'Send feedback' },
  reject: { done: 'Rejected', send: 'Send feedback' },
};

function ReviewItem({
  ctx,
  item,
  title,
  current,
  feedback,
  conflict,
  register,
  onFocus,
  onOpenFeedback,
  onCloseFeedback,
  onDecided,
  onConflict,
  registerApprove,
}: {
  ctx: ProgramContext;
  item: Item;
  title: string;
  current: boolean;
  feedback: Decision | undefined;
  conflict: string | undefined;
  register: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onOpenFeedback: (decision: Decision) => void;
  onCloseFeedback: () => void;
  onDecided: (item: Item, message: string) => void;
  onConflict: (item: Item, error: ApiError) => Promise<void>;
  registerApprove: (approve: (id: string) => void) => void;
}) {
  const { programId } = ctx;
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const decide = useAction(async (decision: Decision) => {
    const feedbackText = text.trim();
    try {
      await ok(
        programApi.submissions[':submissionId'].review.$post({
          param: { programId, submissionId: item.submissionId },
          json: { decision, version: item.version, ...(feedbackText ? { feedback: feedbackText } : {}) },
        }),
      );
    } catch (error) {
      // A 409 naming the current status and version is a race; other 409s (no slots left) are plain errors.
      const details =
        error instanceof ApiError ? (error.details as { version?: unknown } | undefined) : undefined;
      if (error instanceof ApiError && error.status === 409 && details?.version !== undefined) {
        await onConflict(item, error);
        return;
      }
      throw error;
    }
    setText('');
    onDecided(item, `${DECISION_WORDS[decision].done} ${item.authorName}’s post`);
  });
  registerApprove(() => void decide.run('approve'));

  const send = () => {
    if (!feedback) return;
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void decide.run(feedback);
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
            {/Someone decided first/i.test(conflict)
              ? conflict
              : `Someone decided first, or the author sent a newer version. ${conflict}`}
          </p>
          <p>
            It now reads <StatusPill status={item.status} />
            {item.status === 'pending' ? ` at version ${item.version}: review it again.` : ''}
          </p>
        </Notice>
      ) : null}
      <p class="small muted">
        {platformName(item.platform)} · version {item.version} · submitted{' '}
        {formatDate(item.submittedAt, true)}
      </p>
      <p>
        <a href={item.postUrl} target="_blank" rel="noopener noreferrer" class="m-break">
          Open the post on {platformName(item.platform)}
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
        <span class="muted small m-break m-post-url"> {item.postUrl}</span>
      </p>
      {item.caption ? (
        <blockquote class="m-caption">{item.caption}</blockquote>
      ) : (
        <p class="muted small">No caption given.</p>
      )}
      {item.proofImageUrl ? (
        <p>
          <a href={item.proofImageUrl} target="_blank" rel="noopener noreferrer">
            Proof image
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {item.flags.length > 0 ? (
        <div class="notice warning m-flags">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>Check before approving:
            </strong>
          </p>
          <ul>
            {item.flags.map((flag) => (
              <li key={flag.code + (flag.value ?? '')}>{flag.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.feedback && !pending ? (
        <p class="small">
          <strong>Feedback sent:</strong> {item.feedback}
        </p>
      ) : null}
      {decide.error ? <ErrorNotice error={decide.error} /> : null}
      {pending ? (
        feedback ? (
          <form
            class="stack"
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <TextArea
              label="Feedback"
              hint={
                feedback === 'reject'
                  ? `Why the post is rejected. ${item.authorName} sees it.`
                  : `What to change. ${item.authorName} sees it and can send a new version.`
              }
              error={missing ? 'Write a few words of feedback first' : undefined}
              value={text}
              onValue={setText}
              maxLength={2000}
              rows={3}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  send();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  onCloseFeedback();
                }
              }}
            />
            <div class="actions">
              <Button type="submit" variant={feedback === 'reject' ? 'danger' : 'primary'} busy={decide.busy}>
                Send feedback
              </Button>
              <span class="muted small">
                {feedback === 'reject' ? 'Rejecting this post' : 'Asking for changes'}
              </span>
              <Button variant="ghost" disabled={decide.busy} onClick={onCloseFeedback}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <Button variant="primary" busy={decide.busy} onClick={() => void decide.run('approve')}>
              Approve
            </Button>
            <Button
              variant="secondary"
              disabled={decide.busy}
              onClick={() => onOpenFeedback('request_changes')}
            >
              Request changes
            </Button>
            <Button variant="secondary" disabled={decide.busy} onClick={() => onOpenFeedback('reject')}>
              Reject
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}
