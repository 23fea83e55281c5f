import type { Reward, RewardKind } from '../../../api/rewards.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';

/** A reward kind's name. */
export const KIND: Record<RewardKind, MessageKey> = {
  code: 'rewardsAdmin.kind.code',
  product: 'rewardsAdmin.kind.product',
  perk: 'rewardsAdmin.kind.perk',
};

/** What is left of a reward: "Unlimited", "None left", "12 left". */
export function stockWords(reward: Pick<Reward, 'stock'>): string {
  if (reward.stock === undefined) return t('rewardsAdmin.stock.unlimited');
  if (reward.stock <= 0) return t('rewardsAdmin.stock.none');
  return t('rewardsAdmin.stock.left', { count: reward.stock });
}
