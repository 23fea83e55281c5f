import type { InferRequestType, InferResponseType } from 'hono/client';
import { t } from '../i18n/i18n.ts';
import { wordsOf } from '../ui/words.ts';
import { api, ok } from './client.ts';

/** The rewards routes of a program, for both roles: the catalogue, redemptions and points. */
export const programApi = api.rewards.api.programs[':programId'];
/** The ledger is the challenges context's (points are earned there). */
const pointsApi = api.rewards.api.programs[':programId'];
export const rewardsApi = programApi.rewards;
export const redemptionsApi = programApi.redemptions;

type RewardPage = InferResponseType<typeof rewardsApi.$get, 200>;
/** A reward as the caller sees it: ambassadors get `affordable`, `pointsToGo`, `mine` and `locked`. */
export type Reward = RewardPage['items'][number];
export type RewardKind = Reward['kind'];
export type CreateRewardBody = InferRequestType<typeof rewardsApi.$post>['json'];
export type UpdateRewardBody = InferRequestType<(typeof rewardsApi)[':rewardId']['$patch']>['json'];

type RedemptionPage = InferResponseType<typeof redemptionsApi.$get, 200>;
export type Redemption = RedemptionPage['items'][number];
export type RedemptionStatus = Redemption['status'];
export type ShippingAddress = NonNullable<Redemption['shippingAddress']>;

export type Ledger = InferResponseType<
  (typeof pointsApi.ambassadors)[':ambassadorId']['ledger']['$get'],
  200
>;

/** Every redemption status, in the order a redemption moves through them. */
export const REDEMPTION_STATUSES: readonly RedemptionStatus[] = [
  'requested',
  'approved',
  'fulfilled',
  'rejected',
  'cancelled',
];

/** A kind in a word, for labels and pills. */
export const KIND_LABELS: Readonly<Record<RewardKind, string>> = wordsOf({
  code: 'api.rewardKind.code',
  product: 'api.rewardKind.product',
  perk: 'api.rewardKind.perk',
});

/** An ambassador's balance, lifetime points and ledger. */
export function loadLedger(programId: string, ambassadorId: string): Promise<Ledger> {
  return ok(pointsApi.ambassadors[':ambassadorId'].ledger.$get({ param: { programId, ambassadorId } }));
}

/** The "stock left" line of a reward: unlimited, none left, or how many. */
export function stockText(reward: Pick<Reward, 'stock'>): string {
  if (reward.stock === undefined) return t('api.stock.unlimited');
  if (reward.stock <= 0) return t('api.stock.noneLeft');
  return t('api.stock.left', { count: reward.stock });
}
