import type { Conversion } from '../conversions/conversion.schema.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Program } from '../programs/program.schema.ts';
import {
  findParticipation,
  newGoalSaleItem,
  participationSaleUpdate,
  takeBackGoalSaleItems,
} from '../submissions/participation.store.ts';
import { loadAmbassadorContext } from './ambassador-context.ts';
import type { Challenge } from './challenge.schema.ts';
import { getChallenges, listChallengesOpeningBetween } from './challenge.store.ts';
import { lockFor } from './challenge-rules.ts';

const MAX_WINDOW_MS = 92 * 86_400_000;

/**
 * Counts an attributed sale toward every sales challenge of the program that was open when the
 * order happened and that the ambassador could take part in (tier and prerequisites). Each
 * order counts once per challenge (a marker item); the sale that reaches the goal completes the
 * challenge and awards its points, in the same transaction. A full refund takes the sale back out
 * of the progress ({@link takeSaleBackFromGoals}); a challenge already completed stays completed.
 * @returns the challenges completed by this sale.
 */
export async function countSaleTowardGoals(
  program: Program,
  ambassador: Membership,
  conversion: Conversion,
): Promise<string[]> {
  const challenges = await salesChallengesOpenAt(program, conversion.occurredAt);
  if (challenges.length === 0) return [];
  const context = await loadAmbassadorContext(program, ambassador.userId);
  const prerequisites = await getChallenges(
    program.programId,
    challenges.flatMap((c) => c.prerequisites),
  );
  const titles = new Map(prerequisites.map((c) => [c.challengeId, c.title]));
  const completed: string[] = [];
  for (const challenge of challenges) {
    if (lockFor(challenge, context, { tiers: program.tiers, titles })) continue;
    if (await countOne(program, ambassador, challenge, conversion.orderId))
      completed.push(challenge.challengeId);
  }
  return completed;
}

/** The program's published sales challenges that were open at `at`. */
async function salesChallengesOpenAt(program: Program, at: string): Promise<Challenge[]> {
  return (
    await listChallengesOpeningBetween(
      program.programId,
      new Date(Date.parse(at) - MAX_WINDOW_MS).toISOString(),
      `${at}~`,
    )
  ).filter((c) => c.published && c.salesGoal !== undefined && c.opensAt <= at && at < c.closesAt);
}

/**
 * Takes a fully refunded order back out of the progress of every sales challenge it counted
 * toward, once per challenge (the order's marker says it was taken back).
 * @returns the challenges whose progress went down.
 */
export async function takeSaleBackFromGoals(
  program: Program,
  ambassador: Membership,
  conversion: Conversion,
): Promise<string[]> {
  const taken: string[] = [];
  for (const challenge of await salesChallengesOpenAt(program, conversion.occurredAt)) {
    const written = await transact({
      sale: takeBackGoalSaleItems(
        {
          programId: program.programId,
          challengeId: challenge.challengeId,
          userId: ambassador.userId,
          orderId: conversion.orderId,
        },
        nowIso(),
      ),
    });
    if (written.ok) taken.push(challenge.challengeId);
    // A failed condition: the order never counted there, or was taken back already.
    else if (written.conflict && written.failed.size === 0) throw unexpectedCancellation(written);
  }
  return taken;
}

async function countOne(
  program: Program,
  ambassador: Membership,
  challenge: Challenge,
  orderId: string,
): Promise<boolean> {
  const { programId } = program;
  const goal = challenge.salesGoal ?? 1;
  return retryOptimistic(`The sales goal of ${challenge.challengeId} is changing too fast`, async () => {
    const participation = await findParticipation(programId, ambassador.userId, challenge.challengeId);
    const seen = participation?.sales ?? 0;
    const reaches = seen + 1 >= goal && !participation?.completedAt;
    const now = nowIso();
    const sale = {
      programId,
      challengeId: challenge.challengeId,
      userId: ambassador.userId,
      orderId,
      at: now,
    };
    const award = reaches
      ? await planPointsAward({
          program,
          ambassador,
          points: challenge.points,
          source: `challenge-goal:${challenge.challengeId}`,
          reason: `Sales goal reached in "${challenge.title}"`,
          code: 'sales_goal',
          values: { challenge: challenge.title },
          at: new Date(now),
        })
      : undefined;
    const written = await transact({
      goalSale: newGoalSaleItem(sale),
      participation: participationSaleUpdate(sale, seen, reaches ? now : undefined),
      ...award?.items,
    });
    if (written.ok) return reaches;
    if (written.failed.has('goalSale')) return false; // this order was counted already
    if (written.failed.has('participation') || awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}
