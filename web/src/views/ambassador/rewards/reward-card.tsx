import type { ComponentChildren } from 'preact';
import { KIND_LABELS, type Reward, stockText } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { formatZoned, tierName } from '../../../ui/format.ts';
import { Button } from '../../../ui/kit.tsx';

type Program = Pick<ProgramContext['program'], 'tiers' | 'timeZone'>;

/**
 * Why a reward is locked, in the reader's words: from the lock's reason and values, never its
 * English; its dates in the program's zone.
 */
export function lockWords(reward: Reward, program: Program): string {
  const lock = reward.locked;
  switch (lock?.reason) {
    case 'tier':
      return t('ambassadorHome.rewards.lock.tier', {
        tier: tierName(program.tiers, lock.tier ?? reward.minTier),
      });
    case 'not_yet':
      return t('ambassadorHome.rewards.lock.notYet', {
        date: formatZoned(lock.at ?? reward.availableFrom, program.timeZone),
      });
    case 'ended':
      return t('ambassadorHome.rewards.lock.ended', {
        date: formatZoned(lock.at ?? reward.availableUntil, program.timeZone),
      });
    case 'limit_reached':
      return t('ambassadorHome.rewards.lock.limit', { limit: lock.limit ?? reward.perMemberLimit ?? 1 });
    case 'out_of_stock':
      return t('ambassadorHome.rewards.lock.outOfStock');
    default:
      return t('ambassadorHome.rewards.lock.inactive');
  }
}

/**
 * A reward of the catalogue as the ambassador sees it: what it is and costs, how many are left,
 * whether they can afford it (or how far off they are), and why it is locked when it is.
 */
export function RewardCard({
  reward,
  program,
  open,
  onRedeem,
  children,
}: {
  reward: Reward;
  /** The program's tiers and zone, which the reason it is locked names. */
  program: Program;
  /** The redeem form (or its result) is open below the card's facts. */
  open: boolean;
  onRedeem: () => void;
  /** The form or the result, when open. */
  children?: ComponentChildren;
}) {
  const id = reward.rewardId;
  const toGo = reward.pointsToGo ?? 0;
  const affordable = reward.affordable ?? toGo === 0;
  const why = `reward-${id}-why`;
  return (
    <article class="card r-card" aria-labelledby={`reward-${id}-title`}>
      {reward.imageUrl ? <img class="r-thumb" src={reward.imageUrl} alt="" loading="lazy" /> : null}
      <div class="r-head">
        <h3 id={`reward-${id}-title`}>{reward.title}</h3>
        <span class="pill">{KIND_LABELS[reward.kind]}</span>
      </div>
      {reward.description ? <p>{reward.description}</p> : null}
      <p class="r-cost">
        <strong>{t('ambassadorHome.rewards.cost', { points: reward.costPoints })}</strong>
        <span class="muted"> · {stockText(reward)}</span>
      </p>
      <div id={why} class="stack">
        {reward.locked ? (
          <p class="r-locked">
            <span aria-hidden="true">🔒 </span>
            {lockWords(reward, program)}
          </p>
        ) : null}
        {affordable ? (
          reward.locked ? null : (
            <p class="r-ok">
              <span aria-hidden="true">✓ </span>
              {t('ambassadorHome.rewards.affordable')}
            </p>
          )
        ) : (
          <div class="r-progress">
            <label for={`reward-${id}-progress`}>{t('ambassadorHome.rewards.toGo', { points: toGo })}</label>
            <progress
              id={`reward-${id}-progress`}
              max={reward.costPoints}
              value={Math.max(0, reward.costPoints - toGo)}
            />
          </div>
        )}
      </div>
      {reward.mine ? (
        <p class="small muted">
          {reward.perMemberLimit
            ? t('ambassadorHome.rewards.mineLimit', { count: reward.mine, limit: reward.perMemberLimit })
            : t('ambassadorHome.rewards.mine', { count: reward.mine })}
        </p>
      ) : null}
      {open ? (
        children
      ) : (
        <div class="actions">
          <Button
            id={`reward-${id}-redeem`}
            variant="primary"
            disabled={Boolean(reward.locked) || !affordable}
            aria-describedby={why}
            onClick={onRedeem}
          >
            {tx('ambassadorHome.rewards.redeem', {
              reward: reward.title,
              hidden: (words) => <span class="visually-hidden">{words}</span>,
            })}
          </Button>
        </div>
      )}
    </article>
  );
}
