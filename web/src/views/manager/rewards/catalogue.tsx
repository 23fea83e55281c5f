import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { KIND_LABELS, type Reward, rewardsApi, stockText } from '../../../api/rewards.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate, tierName } from '../../../ui/format.ts';
import { Async, Button, Empty } from '../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../ui/paging.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { CodeUpload } from './code-upload.tsx';
import { RewardForm } from './reward-form.tsx';

const NEW_BUTTON_ID = 'new-reward-button';
type Panel = { mode: 'new' } | { mode: 'edit' | 'codes'; reward: Reward };

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

  const windowOf = (reward: Reward) =>
    reward.availableFrom || reward.availableUntil
      ? `${reward.availableFrom ? formatDate(reward.availableFrom, { withTime: true, timeZone: zone }) : 'Now'} – ${
          reward.availableUntil
            ? formatDate(reward.availableUntil, { withTime: true, timeZone: zone })
            : 'open-ended'
        }`
      : 'Always';

  const columns: Column<Reward>[] = [
    {
      header: 'Reward',
      rowHeader: true,
      cell: (r) => (
        <>
          <strong>{r.title}</strong> {r.active ? null : <span class="pill suspended">Inactive</span>}
          <br />
          <span class="small muted f-kind">
            {KIND_LABELS[r.kind]}
            {r.requiresApproval ? ' · needs approval' : ''}
            {r.minTier ? ` · ${tierName(program.tiers, r.minTier)} and up` : ''}
          </span>
        </>
      ),
    },
    { header: 'Cost', num: true, cell: (r) => r.costPoints.toLocaleString() },
    { header: 'Stock', cell: (r) => stockText(r) },
    { header: 'Redeemed', num: true, cell: (r) => r.redeemed.toLocaleString() },
    { header: `When (${zone})`, class: 'small', cell: windowOf },
    {
      header: <span class="visually-hidden">Actions</span>,
      cell: (r) => (
        <span class="actions">
          <Button id={`edit-${r.rewardId}`} onClick={() => setPanel({ mode: 'edit', reward: r })}>
            Edit<span class="visually-hidden"> {r.title}</span>
          </Button>
          {r.kind === 'code' ? (
            <Button id={`codes-${r.rewardId}`} onClick={() => setPanel({ mode: 'codes', reward: r })}>
              Upload codes<span class="visually-hidden"> to {r.title}</span>
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  return (
    <section class="stack" aria-labelledby="catalogue-heading">
      <div class="row">
        <h2 id="catalogue-heading">Catalogue</h2>
        <Button
          id={NEW_BUTTON_ID}
          variant="primary"
          disabled={panel?.mode === 'new'}
          onClick={() => setPanel({ mode: 'new' })}
        >
          New reward
        </Button>
      </div>
      {panel?.mode === 'new' ? (
        <RewardForm
          ctx={ctx}
          onCancel={() => close()}
          onSaved={(saved) => {
            replace(saved);
            toast(`Added “${saved.title}” to the catalogue`);
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
            toast(`Saved “${saved.title}”`);
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
      <Async request={request} label="Loading the catalogue…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="No rewards yet">
              Add the first with “New reward”: a code from your shop, a product to ship, or a perk.
              Ambassadors spend their points on them.
            </Empty>
          ) : (
            <>
              <DataTable
                caption="Rewards in the catalogue"
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
