import { useRef, useState } from 'preact/hooks';
import { useChallengeTitles } from '../../api/challenge-titles.ts';
import { ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { Async, Empty, SelectField } from '../../ui/kit.tsx';
import { LoadMore } from '../../ui/paging.tsx';
import { useDecisionQueue } from '../../ui/use-decision-queue.ts';
import {
  type Decision,
  decidedFirst,
  type Item,
  programApi,
  type Status,
  sendReview,
} from './review/review-api.ts';
import { ReviewItem } from './review/review-item.tsx';
import { readShortcutsOn, type Shortcut, storeShortcutsOn } from './review/shortcuts.ts';
import { ShortcutsHelp, ShortcutsLine } from './review/shortcuts-help.tsx';
import { useReviewShortcuts } from './review/use-review-shortcuts.ts';
import './manager.css';

const PAGE_SIZE = 25;

const STATUS_OPTIONS: { value: Status; key: MessageKey }[] = [
  { value: 'pending', key: 'review.status.pending' },
  { value: 'changes_requested', key: 'review.status.changesRequested' },
  { value: 'approved', key: 'review.status.approved' },
  { value: 'rejected', key: 'review.status.rejected' },
];

type FeedbackDecision = Exclude<Decision, 'approve'>;

/** The review queue, oldest first, with shortcuts for fast review. */
export function ReviewView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [status, setStatus] = useState<Status>('pending');
  const [feedbackFor, setFeedbackFor] = useState<{ id: string; decision: FeedbackDecision } | undefined>();
  const closeFeedback = (id: string) => setFeedbackFor((open) => (open?.id === id ? undefined : open));
  const queue = useDecisionQueue<Item>({
    load: (cursor) =>
      ok(
        programApi.submissions.$get({
          param: { programId },
          query: { status, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
        }),
      ),
    deps: [programId, status],
    idOf: (item) => item.submissionId,
    reread: (item) =>
      ok(
        programApi.submissions[':submissionId'].$get({
          param: { programId, submissionId: item.submissionId },
        }),
      ),
    isConflict: decidedFirst,
    onConflict: (item) => closeFeedback(item.submissionId),
    home: ['review-heading'],
  });
  const { items } = queue;
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
  const [showHelp, setShowHelp] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useState(readShortcutsOn);
  const approveRef = useRef<(id: string) => void>(() => undefined);

  const focusItem = (index: number) => {
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!item) return;
    setCurrentId(item.submissionId);
    const element = queue.element(item.submissionId);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const openFeedback = (id: string, decision: FeedbackDecision) => {
    setFeedbackFor({ id, decision });
    // The field renders on the next paint.
    requestAnimationFrame(() => queue.element(id)?.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  };

  const currentItem = items[current];
  const shortcuts: Record<Shortcut, () => void> = {
    next: () => focusItem(current + 1),
    previous: () => focusItem(current - 1),
    approve: () => currentItem && approveRef.current(currentItem.submissionId),
    request_changes: () => currentItem && openFeedback(currentItem.submissionId, 'request_changes'),
    reject: () => currentItem && openFeedback(currentItem.submissionId, 'reject'),
    toggle_help: () => setShowHelp((shown) => !shown),
    close_help: () => setShowHelp(false),
  };
  useReviewShortcuts({
    on: shortcutsOn,
    onPost: (target) => queue.contains(target, '.m-review-item'),
    pending: currentItem?.status === 'pending',
    run: (shortcut) => shortcuts[shortcut](),
  });

  /** A decided item leaves the queue; if it was the current one, the one taking its place is. */
  const onDecided = (item: Item, message: string) => {
    const wasCurrent = currentNow.current === item.submissionId;
    closeFeedback(item.submissionId);
    queue.leave(item.submissionId, message, (next) => {
      if (wasCurrent && next) setCurrentId(next.submissionId);
    });
  };

  return (
    <div class="stack manager">
      <h1 id="review-heading" tabIndex={-1}>
        {t('review.title')}
      </h1>
      <div class="m-toolbar">
        <SelectField
          label={t('review.show')}
          value={status}
          onValue={(v) => {
            setStatus(v as Status);
            setCurrentId(undefined);
          }}
          options={STATUS_OPTIONS.map(({ value, key }) => ({ value, label: t(key) }))}
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
          <span>{t('review.shortcutsToggle')}</span>
        </label>
      </div>
      <ShortcutsLine on={shortcutsOn} showHelp={showHelp} onToggleHelp={() => setShowHelp(!showHelp)} />
      {shortcutsOn && showHelp ? <ShortcutsHelp /> : null}
      <Async request={queue.request} label={t('review.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t(status === 'pending' ? 'review.empty.pending' : 'review.empty.other')}>
              {t(status === 'pending' ? 'review.empty.pending.text' : 'review.empty.other.text')}
            </Empty>
          ) : (
            <>
              <p class="muted" aria-live="polite">
                {t(data.nextCursor ? 'review.countMore' : 'review.count', { count: data.items.length })}
              </p>
              <ol class="m-review-list">
                {data.items.map((item, index) => {
                  const state = queue.states[item.submissionId];
                  return (
                    <li key={item.submissionId}>
                      <ReviewItem
                        item={item}
                        title={titles[item.challengeId] ?? t('review.challenge')}
                        current={index === current}
                        feedback={feedbackFor?.id === item.submissionId ? feedbackFor.decision : undefined}
                        conflict={state?.state === 'conflict' ? state.message : undefined}
                        register={queue.register(item.submissionId)}
                        onFocus={() => setCurrentId(item.submissionId)}
                        onOpenFeedback={(decision) => openFeedback(item.submissionId, decision)}
                        onCloseFeedback={() => {
                          setFeedbackFor(undefined);
                          queue.element(item.submissionId)?.focus();
                        }}
                        decide={(item, decision, feedback) =>
                          queue.decide(item, () => sendReview(programId, item, decision, feedback))
                        }
                        onDecided={onDecided}
                        registerApprove={(approve) => {
                          if (index === current) approveRef.current = approve;
                        }}
                      />
                    </li>
                  );
                })}
              </ol>
              <LoadMore page={data} more={queue.more} />
            </>
          )
        }
      </Async>
    </div>
  );
}
