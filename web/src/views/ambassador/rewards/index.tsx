import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { loadLedger, type Redemption, redemptionsApi, rewardsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { programPath } from '../../../program-context.ts';
import { Link } from '../../../router.tsx';
import { formatCount } from '../../../ui/format.ts';
import { Async, Empty, Stat } from '../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../ui/paging.tsx';
import { PointsHistory } from '../../../ui/points-history.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { useRequest } from '../../../use-request.ts';
import '../ambassador.css';
import '../../../ui/rewards.css';
import './rewards.css';
import { RedeemForm } from './redeem-form.tsx';
import { RedemptionHistory } from './redemption-history.tsx';
import { RedemptionResult } from './redemption-result.tsx';
import { RewardCard } from './reward-card.tsx';

/** Open on a card: its confirm step, or what the redemption gave. */
type OpenCard = { rewardId: string; result?: Redemption };

/** The catalogue to spend points on, the balance to spend, and what was redeemed so far. */
export function RewardsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const me = ctx.me.user.id;
  const ledger = useRequest(() => loadLedger(programId, me), [programId, me]);
  const catalogue = usePaged(
    (cursor) =>
      ok(rewardsApi.$get({ param: { programId }, query: { limit: '50', ...(cursor ? { cursor } : {}) } })),
    [programId],
  );
  const history = usePaged(
    (cursor) =>
      ok(
        redemptionsApi.$get({ param: { programId }, query: { limit: '20', ...(cursor ? { cursor } : {}) } }),
      ),
    [programId],
  );
  const [open, setOpen] = useState<OpenCard | undefined>();
  const focusLater = useFocusLater();
  const balance = ledger.data?.balance;

  /** Points moved: the balance, each card's affordability and the membership's figures follow. */
  const pointsMoved = () => {
    ledger.reload();
    catalogue.request.reload();
    ctx.reloadMe();
  };

  const close = (rewardId: string) => {
    setOpen(undefined);
    // Back to the card's Redeem button; when it can no longer be pressed, to the catalogue.
    focusLater(() => {
      const button = document.getElementById(`reward-${rewardId}-redeem`) as HTMLButtonElement | null;
      return button && !button.disabled ? button : document.getElementById('catalogue-title');
    });
  };

  return (
    <>
      <h1>{t('ambassadorHome.rewards.title')}</h1>
      <section class="card" aria-labelledby="balance-title">
        <h2 id="balance-title">{t('ambassadorHome.rewards.points')}</h2>
        <Async request={ledger} label={t('ambassadorHome.rewards.pointsLoading')}>
          {(data) => (
            <>
              <div class="stats">
                <Stat label={t('ambassadorHome.rewards.toSpend')} value={formatCount(data.balance)} />
                <Stat label={t('ambassadorHome.rewards.lifetime')} value={formatCount(data.lifetime)} />
              </div>
              <p class="small muted">{t('ambassadorHome.rewards.spendNote')}</p>
              <PointsHistory entries={data.entries} />
            </>
          )}
        </Async>
      </section>

      <section aria-labelledby="catalogue-title" class="stack">
        <h2 id="catalogue-title" tabIndex={-1}>
          {t('ambassadorHome.rewards.catalogue')}
        </h2>
        <Async request={catalogue.request} label={t('ambassadorHome.rewards.loading')}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('ambassadorHome.rewards.none')}>
                {tx('ambassadorHome.rewards.noneText', {
                  link: (words) => <Link href={programPath(programId, 'challenges')}>{words}</Link>,
                })}
              </Empty>
            ) : (
              <>
                <ul class="grid r-catalogue">
                  {page.items.map((reward) => {
                    const here = open?.rewardId === reward.rewardId ? open : undefined;
                    return (
                      <li key={reward.rewardId} class={here ? 'r-open' : undefined}>
                        <RewardCard
                          reward={reward}
                          program={ctx.program}
                          open={here !== undefined}
                          onRedeem={() => setOpen({ rewardId: reward.rewardId })}
                        >
                          {here?.result ? (
                            <RedemptionResult
                              redemption={here.result}
                              onClose={() => close(reward.rewardId)}
                            />
                          ) : here ? (
                            <RedeemForm
                              programId={programId}
                              reward={reward}
                              balance={balance}
                              userId={me}
                              name={ctx.me.user.name ?? ''}
                              onRedeemed={(redemption) => {
                                setOpen({ rewardId: reward.rewardId, result: redemption });
                                history.request.setData((current) => ({
                                  ...current,
                                  items: [
                                    redemption,
                                    ...current.items.filter(
                                      (r) => r.redemptionId !== redemption.redemptionId,
                                    ),
                                  ],
                                }));
                                pointsMoved();
                              }}
                              onRefused={catalogue.request.reload}
                              onCancel={() => close(reward.rewardId)}
                            />
                          ) : null}
                        </RewardCard>
                      </li>
                    );
                  })}
                </ul>
                <LoadMore page={page} more={catalogue.more} />
              </>
            )
          }
        </Async>
      </section>

      <RedemptionHistory
        programId={programId}
        paged={history}
        onCancelled={(cancelled) => {
          history.request.setData((current) => ({
            ...current,
            items: current.items.map((r) => (r.redemptionId === cancelled.redemptionId ? cancelled : r)),
          }));
          pointsMoved();
        }}
      />
    </>
  );
}
