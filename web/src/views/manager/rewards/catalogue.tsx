import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { type Reward, rewardsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatCount, formatDate, tierName } from '../../../ui/format.ts';
import { Async, Button, Empty } from '../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../ui/paging.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { CodeUpload } from './code-upload.tsx';
import { RewardForm } from './reward-form.tsx';
import { KIND, stockWords } from './reward-words.ts';

const NEW_BUTTON_ID = 'new-reward-button';
type Panel = { mode: 'new' } | { mode: 'edit' | 'codes'; reward: Reward };

/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

/** The catalogue: every reward, inactive ones too, to add, edit and stock with codes. */
export function Catalogue({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const { request, more } = usePaged(
    (cursor) =>
      ok(rewardsApi.$get({ param: { programId }, query: { limit: '100', ...(cursor ? { cursor } : {}) } })),
    [programId],
  );
  const [panel, setPanel] = useState<Panel | undefined>();
  const focusLater = useFocusLater();
  const zone = program.timeZone;

  /** Puts a saved reward in the list, over its old self if there. */
  const replace = (reward: Reward) =>
    request.setData((page) => {
      const exists = page.items.some((r) => r.rewardId === reward.rewardId);
      return {
        ...page,
        items: exists
          ? page.items.map((r) => (r.rewardId === reward.rewardId ? { ...r, ...reward } : r))
          : [reward, ...page.items],
      };
    });

  /** The panel closes: the keyboard goes back to the row's button that opened it, else "New reward". */
  const close = (rewardId?: string, button: 'edit' | 'codes' = 'edit') => {
    setPanel(undefined);
    focusLater(
      () =>
        (rewardId ? document.getElementById(`${button}-${rewardId}`) : null) ??
        document.getElementById(NEW_BUTTON_ID),
    );
  };

  const windowOf = (reward: Reward) => {
    const at = (iso: string) => formatDate(iso, { withTime: true, timeZone: zone });
    if (reward.availableFrom && reward.availableUntil)
      return `${at(reward.availableFrom)} – ${at(reward.availableUntil)}`;
    if (reward.availableFrom) return t('rewardsAdmin.window.from', { from: at(reward.availableFrom) });
    if (reward.availableUntil) return t('rewardsAdmin.window.until', { until: at(reward.availableUntil) });
    return t('rewardsAdmin.window.always');
  };

  const columns: Column<Reward>[] = [
    {
      header: t('rewardsAdmin.catalogue.reward'),
      rowHeader: true,
      cell: (r) => (
        <>
          <strong>{r.title}</strong>{' '}
          {r.active ? null : <span class="pill suspended">{t('rewardsAdmin.catalogue.inactive')}</span>}
          <br />
          <span class="small muted f-kind">
            {[
              t(KIND[r.kind]),
              ...(r.requiresApproval ? [t('rewardsAdmin.catalogue.needsApproval')] : []),
              ...(r.minTier
                ? [t('rewardsAdmin.catalogue.tierAndUp', { tier: tierName(program.tiers, r.minTier) })]
                : []),
            ].join(' · ')}
          </span>
        </>
      ),
    },
    { header: t('rewardsAdmin.catalogue.cost'), num: true, cell: (r) => formatCount(r.costPoints) },
    { header: t('rewardsAdmin.catalogue.stock'), cell: (r) => stockWords(r) },
    { header: t('rewardsAdmin.catalogue.redeemed'), num: true, cell: (r) => formatCount(r.redeemed) },
    { header: t('rewardsAdmin.catalogue.when', { timeZone: zone }), class: 'small', cell: windowOf },
    {
      header: <span class="visually-hidden">{t('rewardsAdmin.catalogue.actions')}</span>,
      cell: (r) => (
        <span class="actions">
          <Button id={`edit-${r.rewardId}`} onClick={() => setPanel({ mode: 'edit', reward: r })}>
            {tx('rewardsAdmin.catalogue.edit', { title: r.title, hidden })}
          </Button>
          {r.kind === 'code' ? (
            <Button id={`codes-${r.rewardId}`} onClick={() => setPanel({ mode: 'codes', reward: r })}>
              {tx('rewardsAdmin.catalogue.uploadCodes', { title: r.title, hidden })}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  return (
    <section class="stack" aria-labelledby="catalogue-heading">
      <div class="row">
        <h2 id="catalogue-heading">{t('rewardsAdmin.catalogue.title')}</h2>
        <Button
          id={NEW_BUTTON_ID}
          variant="primary"
          disabled={panel?.mode === 'new'}
          onClick={() => setPanel({ mode: 'new' })}
        >
          {t('rewardsAdmin.catalogue.new')}
        </Button>
      </div>
      {panel?.mode === 'new' ? (
        <RewardForm
          ctx={ctx}
          onCancel={() => close()}
          onSaved={(saved) => {
            replace(saved);
            toast(t('rewardsAdmin.catalogue.added', { title: saved.title }));
            // A code reward is empty until its codes are in: go straight on to them.
            if (saved.kind === 'code') setPanel({ mode: 'codes', reward: saved });
            else close(saved.rewardId);
          }}
        />
      ) : panel?.mode === 'edit' ? (
        <RewardForm
          key={panel.reward.rewardId}
          ctx={ctx}
          reward={panel.reward}
          onCancel={() => close(panel.reward.rewardId)}
          onSaved={(saved) => {
            replace(saved);
            toast(t('rewardsAdmin.catalogue.saved', { title: saved.title }));
            close(saved.rewardId);
          }}
        />
      ) : panel?.mode === 'codes' ? (
        <CodeUpload
          key={panel.reward.rewardId}
          programId={programId}
          reward={panel.reward}
          onUploaded={(left) => replace({ ...panel.reward, stock: left })}
          onClose={() => close(panel.reward.rewardId, 'codes')}
        />
      ) : null}
      <Async request={request} label={t('rewardsAdmin.catalogue.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('rewardsAdmin.catalogue.empty')}>{t('rewardsAdmin.catalogue.empty.text')}</Empty>
          ) : (
            <>
              <DataTable
                caption={t('rewardsAdmin.catalogue.caption')}
                columns={columns}
                rows={page.items}
                rowKey={(r) => r.rewardId}
              />
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </section>
  );
}
