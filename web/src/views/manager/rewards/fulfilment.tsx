import { useRef, useState } from 'preact/hooks';
import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { type Redemption, type RedemptionStatus, redemptionsApi } from '../../../api/rewards.ts';
import { Async, Empty, SelectField } from '../../../ui/kit.tsx';
import { LoadMore } from '../../../ui/paging.tsx';
import { useDecisionQueue } from '../../../ui/use-decision-queue.ts';
import { useQueueShortcuts } from '../../../ui/use-queue-shortcuts.ts';
import { readShortcutsOn, storeShortcutsOn } from '../review/shortcuts.ts';
import { movedOn, sendAction } from './fulfilment-api.ts';
import { FulfilmentHelp, FulfilmentShortcutsLine } from './fulfilment-help.tsx';
import { FulfilmentItem, type OpenForm } from './fulfilment-item.tsx';
import { type FulfilmentShortcut, fulfilmentShortcutFor } from './fulfilment-shortcuts.ts';

const PAGE_SIZE = 25;

const STATUS_OPTIONS: { value: RedemptionStatus; label: string }[] = [
  { value: 'requested', label: 'Waiting for a decision' },
  { value: 'approved', label: 'Approved, to fulfil' },
  { value: 'fulfilled', label: 'Fulfilled' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'cancelled', label: 'Cancelled' },
];

/**
 * The fulfilment queue, oldest first: approve or reject requests, fulfil what was approved, with
 * the review queue's keyboard shortcuts.
 */
export function FulfilmentQueue({ programId }: { programId: string }) {
  const [status, setStatus] = useState<RedemptionStatus>('requested');
  const [formFor, setFormFor] = useState<{ id: string; form: OpenForm } | undefined>();
  const closeForm = (id: string) => setFormFor((open) => (open?.id === id ? undefined : open));
  const queue = useDecisionQueue<Redemption>({
    load: (cursor) =>
      ok(
        redemptionsApi.$get({
          param: { programId },
          query: { status, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
        }),
      ),
    deps: [programId, status],
    idOf: (item) => item.redemptionId,
    reread: (item) =>
      ok(redemptionsApi[':redemptionId'].$get({ param: { programId, redemptionId: item.redemptionId } })),
    isConflict: movedOn,
    onConflict: (item) => closeForm(item.redemptionId),
    home: ['fulfilment-heading'],
  });
  const { items } = queue;
  const titles = useChallengeTitles(
    programId,
    items.flatMap((i) => (i.followUp ? [i.followUp.challengeId] : [])),
  );
  // The current item by id, so items leaving above it do not move it.
  const [currentId, setCurrentId] = useState<string | undefined>();
  const current = Math.max(
    0,
    items.findIndex((i) => i.redemptionId === currentId),
  );
  const currentNow = useRef<string | undefined>(undefined);
  currentNow.current = items[current]?.redemptionId;
  const [showHelp, setShowHelp] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useState(readShortcutsOn);
  const approveRef = useRef<() => void>(() => undefined);

  const focusItem = (index: number) => {
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!item) return;
    setCurrentId(item.redemptionId);
    const element = queue.element(item.redemptionId);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const openForm = (id: string, form: OpenForm) => {
    setFormFor({ id, form });
    // The field renders on the next paint.
    requestAnimationFrame(() =>
      queue.element(id)?.querySelector<HTMLElement>('form textarea, form input')?.focus(),
    );
  };

  const currentItem = items[current];
  const shortcuts: Record<FulfilmentShortcut, () => void> = {
    next: () => focusItem(current + 1),
    previous: () => focusItem(current - 1),
    approve: () => approveRef.current(),
    reject: () => currentItem && openForm(currentItem.redemptionId, 'reject'),
    fulfil: () => currentItem && openForm(currentItem.redemptionId, 'fulfil'),
    toggle_help: () => setShowHelp((shown) => !shown),
    close_help: () => setShowHelp(false),
  };
  useQueueShortcuts<FulfilmentShortcut>({
    on: shortcutsOn,
    shortcutFor: (key, target) =>
      fulfilmentShortcutFor(key, {
        onItem: queue.contains(target, '.m-review-item'),
        status: currentItem?.status,
      }),
    keepDefault: (shortcut) => shortcut === 'close_help',
    run: (shortcut) => shortcuts[shortcut](),
  });

  /** A decided item leaves the queue; if it was the current one, the one taking its place is. */
  const onDone = (item: Redemption, message: string) => {
    const wasCurrent = currentNow.current === item.redemptionId;
    closeForm(item.redemptionId);
    queue.leave(item.redemptionId, message, (next) => {
      if (wasCurrent && next) setCurrentId(next.redemptionId);
    });
  };

  return (
    <section class="stack" aria-labelledby="fulfilment-heading">
      <h2 id="fulfilment-heading" tabIndex={-1}>
        Fulfilment queue
      </h2>
      <div class="m-toolbar">
        <SelectField
          label="Show"
          value={status}
          onValue={(v) => {
            setStatus(v as RedemptionStatus);
            setCurrentId(undefined);
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
      <FulfilmentShortcutsLine
        on={shortcutsOn}
        showHelp={showHelp}
        onToggleHelp={() => setShowHelp(!showHelp)}
      />
      {shortcutsOn && showHelp ? <FulfilmentHelp /> : null}
      <Async request={queue.request} label="Loading the fulfilment queue…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={status === 'requested' ? 'Nothing waits for a decision' : 'No redemptions here'}>
              {status === 'requested'
                ? 'Requests appear here as ambassadors redeem rewards that need your approval.'
                : 'Choose another status to see other redemptions.'}
            </Empty>
          ) : (
            <>
              <p class="muted" aria-live="polite">
                {data.items.length}
                {data.nextCursor ? '+' : ''} {data.items.length === 1 ? 'redemption' : 'redemptions'}, oldest
                first.
              </p>
              <ol class="m-review-list">
                {data.items.map((item, index) => {
                  const state = queue.states[item.redemptionId];
                  return (
                    <li key={item.redemptionId}>
                      <FulfilmentItem
                        item={item}
                        current={index === current}
                        form={formFor?.id === item.redemptionId ? formFor.form : undefined}
                        conflict={state?.state === 'conflict' ? state.message : undefined}
                        challengeTitle={item.followUp ? titles[item.followUp.challengeId] : undefined}
                        register={queue.register(item.redemptionId)}
                        onFocus={() => setCurrentId(item.redemptionId)}
                        onOpenForm={(form) => openForm(item.redemptionId, form)}
                        onCloseForm={() => {
                          setFormFor(undefined);
                          queue.element(item.redemptionId)?.focus();
                        }}
                        act={async (item, action, input) => {
                          let after: Redemption | undefined;
                          const outcome = await queue.decide(item, async () => {
                            after = await sendAction(programId, item, action, input);
                          });
                          return { outcome, ...(after ? { after } : {}) };
                        }}
                        onDone={onDone}
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
    </section>
  );
}
