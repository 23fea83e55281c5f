import { useRef, useState } from 'preact/hooks';
import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { type Redemption, type RedemptionStatus, redemptionsApi } from '../../../api/rewards.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
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

const STATUS_OPTIONS: { value: RedemptionStatus; key: MessageKey }[] = [
  { value: 'requested', key: 'rewardsAdmin.queue.status.requested' },
  { value: 'approved', key: 'rewardsAdmin.queue.status.approved' },
  { value: 'fulfilled', key: 'rewardsAdmin.queue.status.fulfilled' },
  { value: 'rejected', key: 'rewardsAdmin.queue.status.rejected' },
  { value: 'cancelled', key: 'rewardsAdmin.queue.status.cancelled' },
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
        {t('rewardsAdmin.queue.title')}
      </h2>
      <div class="m-toolbar">
        <SelectField
          label={t('rewardsAdmin.queue.show')}
          value={status}
          onValue={(v) => {
            setStatus(v as RedemptionStatus);
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
          <span>{t('rewardsAdmin.queue.shortcutsToggle')}</span>
        </label>
      </div>
      <FulfilmentShortcutsLine
        on={shortcutsOn}
        showHelp={showHelp}
        onToggleHelp={() => setShowHelp(!showHelp)}
      />
      {shortcutsOn && showHelp ? <FulfilmentHelp /> : null}
      <Async request={queue.request} label={t('rewardsAdmin.queue.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty
              title={t(
                status === 'requested'
                  ? 'rewardsAdmin.queue.empty.requested'
                  : 'rewardsAdmin.queue.empty.other',
              )}
            >
              {t(
                status === 'requested'
                  ? 'rewardsAdmin.queue.empty.requested.text'
                  : 'rewardsAdmin.queue.empty.other.text',
              )}
            </Empty>
          ) : (
            <>
              <p class="muted" aria-live="polite">
                {t(data.nextCursor ? 'rewardsAdmin.queue.countMore' : 'rewardsAdmin.queue.count', {
                  count: data.items.length,
                })}
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
