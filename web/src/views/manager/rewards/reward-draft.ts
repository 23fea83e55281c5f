import type { CreateRewardBody, Reward, RewardKind, UpdateRewardBody } from '../../../api/rewards.ts';
import { changedFields } from '../../../ui/draft.ts';
import { numberOf, optionalNumberOf, textOf } from '../../../ui/field-text.ts';
import { toZoneInput } from '../helpers.tsx';

/** A reward as typed in its form: numbers stay text, window moments are the program's wall clock. */
export type RewardDraft = {
  title: string;
  description: string;
  kind: RewardKind;
  costPoints: string;
  /** Empty: unlimited. Code rewards count their codes instead. */
  stock: string;
  perMemberLimit: string;
  minTier: string;
  /** `datetime-local` values on the program's clock; the API reads them in its time zone. */
  availableFrom: string;
  availableUntil: string;
  requiresApproval: boolean;
  active: boolean;
  followUpChallengeId: string;
  postWithinDays: string;
  /** A key from an upload, or the reward's own; empty for none. */
  imageKey: string;
};

/** Products and perks wait for a manager unless told otherwise; codes go out at once (the API's default too). */
export const approvalByDefault = (kind: RewardKind): boolean => kind !== 'code';

/** The draft of a reward to edit, or of a new one (a perk of 100 points, offered at once). */
export function rewardDraft(reward: Reward | undefined, timeZone: string): RewardDraft {
  const kind = reward?.kind ?? 'perk';
  return {
    title: reward?.title ?? '',
    description: reward?.description ?? '',
    kind,
    costPoints: String(reward?.costPoints ?? 100),
    stock: kind === 'code' ? '' : textOf(reward?.stock),
    perMemberLimit: textOf(reward?.perMemberLimit),
    minTier: reward?.minTier ?? '',
    availableFrom: reward?.availableFrom ? toZoneInput(reward.availableFrom, timeZone) : '',
    availableUntil: reward?.availableUntil ? toZoneInput(reward.availableUntil, timeZone) : '',
    requiresApproval: reward?.requiresApproval ?? approvalByDefault(kind),
    active: reward?.active ?? true,
    followUpChallengeId: reward?.followUpChallengeId ?? '',
    postWithinDays: textOf(reward?.postWithinDays),
    imageKey: reward?.imageKey ?? '',
  };
}

/** Every setting of a draft as the API spells it, `null` for one left empty. */
function settings(draft: RewardDraft) {
  const followUp = draft.followUpChallengeId;
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    costPoints: numberOf(draft.costPoints),
    imageKey: draft.imageKey || null,
    stock: draft.kind === 'code' ? null : (optionalNumberOf(draft.stock) ?? null),
    perMemberLimit: optionalNumberOf(draft.perMemberLimit) ?? null,
    minTier: draft.minTier || null,
    availableFrom: draft.availableFrom || null,
    availableUntil: draft.availableUntil || null,
    requiresApproval: draft.requiresApproval,
    active: draft.active,
    followUpChallengeId: followUp || null,
    // A deadline without its challenge means nothing: it goes with it.
    postWithinDays: followUp ? (optionalNumberOf(draft.postWithinDays) ?? null) : null,
  };
}

/** A new reward as the API takes it: what was left empty is left out. */
export function createBody(draft: RewardDraft): CreateRewardBody {
  const all = settings(draft);
  const given = Object.fromEntries(Object.entries(all).filter(([, value]) => value !== null));
  // A code reward's stock is its codes: the API refuses a number.
  if (draft.kind === 'code') delete given.stock;
  return { ...given, kind: draft.kind } as CreateRewardBody;
}

/**
 * A reward's edit as the API takes it: only what changed from the reward as loaded, so a save
 * touches nothing someone else changed meanwhile; an emptied field is cleared (`null`).
 */
export function updateBody(draft: RewardDraft, reward: Reward, timeZone: string): UpdateRewardBody {
  const changed = changedFields(settings(draft), settings(rewardDraft(reward, timeZone)));
  if (reward.kind === 'code') delete changed.stock;
  return changed as UpdateRewardBody;
}
