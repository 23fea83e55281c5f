import { createHash } from 'node:crypto';
import { conflict, forbidden, notFound, validationFailed } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import { MANAGER_ROLES, type Membership } from '../programs/membership.schema.ts';
import { listStaff } from '../programs/membership.store.ts';
import { giftSentItem, startFollowUp } from './gift-follow-up.ts';
import type {
  RedeemRewardInput,
  Redemption,
  RedemptionStatus,
  StoredRedemption,
} from './redemption.schema.ts';
import {
  findIdempotency,
  findRedemption,
  newIdempotencyItem,
  newRedemptionItem,
} from './redemption.store.ts';
import { redemptionView } from './redemption-view.ts';
import type { Reward } from './reward.schema.ts';
import {
  claimCodeItem,
  claimCounts,
  claimOneItem,
  findReward,
  listFreeCodes,
  takeOneItem,
} from './reward.store.ts';
import { formatInZone, rewardLock } from './reward-rules.ts';

/** Free codes read per attempt; one is picked at random, so racing redemptions rarely pick the same. */
const CODE_CHOICES = 25;
/** Managers told of a new request, at most (the rest see it in the queue). */
const MAX_TOLD = 10;

function statusOnRedeem(reward: Reward): RedemptionStatus {
  if (reward.requiresApproval) return 'requested';
  return reward.kind === 'code' ? 'fulfilled' : 'approved';
}

/**
 * An ambassador redeems a reward with their points. One transaction writes the redemption, the
 * negative ledger entry, the stock taken, the count toward the per-member limit and, for a code
 * reward, the claim of one unused code. Every part is conditional, so under any concurrency the
 * balance never goes below zero, stock never below zero, and a code goes to one redemption.
 * The `Idempotency-Key` is stored with the result: a retry with it returns the first redemption
 * and debits nothing.
 * @returns the redemption and whether it was an earlier one (`replayed`).
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (address, key reused for another reward), `conflict` (locked, not enough points, out of stock), `unavailable`.
 */
export async function redeemReward(
  user: AuthUser,
  programId: string,
  rewardId: string,
  input: RedeemRewardInput,
  idempotencyKey: string,
): Promise<{ redemption: Redemption; replayed: boolean }> {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador' || !access.membership)
    throw forbidden('Only the program’s approved ambassadors redeem rewards');
  const ambassador = access.membership;
  const { program } = access;
  const keyHash = createHash('sha256').update(idempotencyKey).digest('base64url');

  return retryOptimistic('Many redemptions at once; try again in a moment', async () => {
    const earlier = await findIdempotency(programId, user.id, keyHash);
    if (earlier) {
      if (earlier.rewardId !== rewardId)
        throw validationFailed('Idempotency-Key: this key was used for another reward; send a new key', {
          field: 'Idempotency-Key',
        });
      const first = await findRedemption(programId, earlier.redemptionId);
      if (!first) throw notFound('Redemption');
      return { redemption: await redemptionView(first, 'owner'), replayed: true };
    }
    const reward = await findReward(programId, rewardId);
    if (!reward) throw notFound('Reward');
    if (reward.kind === 'product' && !input.shippingAddress)
      throw validationFailed('shippingAddress: a product is shipped; give the address', {
        field: 'shippingAddress',
      });
    if (reward.kind !== 'product' && input.shippingAddress)
      throw validationFailed('shippingAddress: only products are shipped', { field: 'shippingAddress' });
    const held = (await claimCounts(programId, user.id, [rewardId])).get(rewardId) ?? 0;
    const lock = rewardLock(
      reward,
      { tier: ambassador.tier, held },
      { tiers: program.tiers, now: nowIso(), formatDate: (at) => formatInZone(at, program.timeZone) },
    );
    if (lock) throw conflict(lock.message, { reason: lock.reason });

    const redemptionId = newId();
    const codes = reward.kind === 'code' ? await listFreeCodes(programId, rewardId, CODE_CHOICES) : [];
    const code = codes[Math.floor(Math.random() * codes.length)];
    if (reward.kind === 'code' && !code) throw conflict('Out of stock', { reason: 'out_of_stock' });

    const at = new Date();
    const plan = await planPointsAward({
      program,
      ambassador,
      points: -reward.costPoints,
      kind: 'spent',
      source: `redemption:${redemptionId}`,
      reason: `Redeemed: ${reward.title}`,
      code: 'redeemed',
      values: { reward: reward.title },
      at,
    });
    const balance = plan.total.points + reward.costPoints;
    if (plan.total.points < 0)
      throw conflict(`Not enough points: this costs ${reward.costPoints} and you have ${balance}`, {
        reason: 'not_enough_points',
        balance,
        pointsToGo: reward.costPoints - balance,
      });

    const status = statusOnRedeem(reward);
    const now = nowIso(at);
    const stored: StoredRedemption = {
      programId,
      redemptionId,
      rewardId,
      rewardTitle: reward.title,
      kind: reward.kind,
      userId: user.id,
      displayName: ambassador.displayName,
      costPoints: reward.costPoints,
      status,
      ...(input.shippingAddress ? { shippingAddress: input.shippingAddress } : {}),
      ...(code ? { codeHash: code.codeHash, sealedCode: code.sealedCode } : {}),
      ...(reward.followUpChallengeId
        ? {
            followUp: {
              challengeId: reward.followUpChallengeId,
              postWithinDays: reward.postWithinDays ?? 14,
            },
          }
        : {}),
      history: [{ at: now, status, by: user.id }],
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const redemption = status === 'fulfilled' ? startFollowUp(stored, now) : stored;
    const told = status === 'requested' ? await managersToTell(program.programId) : [];
    const requestedValues = {
      ambassador: ambassador.displayName,
      reward: reward.title,
      cost: reward.costPoints,
    };
    const requested = await noticeText('redemption_requested', requestedValues, 'en');
    const written = await transact({
      idempotency: newIdempotencyItem(programId, user.id, keyHash, { redemptionId, rewardId, at: now }),
      redemption: newRedemptionItem(redemption),
      giftSent: status === 'fulfilled' ? giftSentItem(redemption) : undefined,
      stock: takeOneItem(reward),
      limit: claimOneItem(reward, user.id),
      code: code ? claimCodeItem(programId, rewardId, code.codeHash, redemptionId) : undefined,
      ...plan.items,
      told: told.map((manager) =>
        notificationPut(
          newNotification({
            userId: manager.userId,
            programId,
            type: 'redemption_requested',
            ...requested,
            values: requestedValues,
            link: `/programs/${programId}/rewards`,
            email: manager.email,
          }),
        ),
      ),
    });
    if (written.ok) return { redemption: await redemptionView(redemption, 'owner'), replayed: false };
    // Someone else moved first (the same key, the last of the stock, the same code, the balance):
    // read again, and the next attempt answers from what is there now.
    if (
      written.failed.has('idempotency') ||
      written.failed.has('stock') ||
      written.failed.has('limit') ||
      written.failed.has('code') ||
      awardRaced(written)
    )
      return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

async function managersToTell(programId: string): Promise<Membership[]> {
  return (await listStaff(programId, MANAGER_ROLES)).slice(0, MAX_TOLD);
}
