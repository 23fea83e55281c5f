import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Conversion } from '../conversions/conversion.schema.ts';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import { nowIso } from '../ids.ts';
import { planPointsAward, type TransactItem } from '../points/plan-points-award.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Program } from '../programs/program.schema.ts';
import { findParticipation } from '../submissions/participation.store.ts';
import { loadAmbassadorContext } from './ambassador-context.ts';
import type { Challenge } from './challenge.schema.ts';
import { getChallenges, listChallengesOpeningBetween } from './challenge.store.ts';
import { lockFor } from './challenge-rules.ts';

const MAX_WINDOW_MS = 92 * 86_400_000;

/**
 * Counts an attributed sale toward every sales challenge of the program that was open when the
 * order happened and that the ambassador could take part in (tier and prerequisites). Each
 * order counts once per challenge (a marker item); the sale that reaches the goal completes the
 * challenge and awards its points, in the same transaction. A later refund does not un-count.
 * @returns the challenges completed by this sale.
 */
export async function countSaleTowardGoals(
  program: Program,
  ambassador: Membership,
  conversion: Conversion,
): Promise<string[]> {
  const at = conversion.occurredAt;
  const challenges = (
    await listChallengesOpeningBetween(
      program.programId,
      new Date(Date.parse(at) - MAX_WINDOW_MS).toISOString(),
      `${at}~`,
    )
  ).filter((c) => c.published && c.salesGoal !== undefined && c.opensAt <= at && at < c.closesAt);
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

async function countOne(
  program: Program,
  ambassador: Membership,
  challenge: Challenge,
  orderId: string,
): Promise<boolean> {
  const { programId } = program;
  const goal = challenge.salesGoal ?? 1;
  for (let attempt = 0; attempt < 8; attempt++) {
    const participation = await findParticipation(programId, ambassador.userId, challenge.challengeId);
    const seen = participation?.sales ?? 0;
    const reaches = seen + 1 >= goal && !participation?.completedAt;
    const now = nowIso();
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.goalSale(programId, challenge.challengeId, orderId),
            entity: ENTITY.goalSale,
            programId,
            challengeId: challenge.challengeId,
            orderId,
            userId: ambassador.userId,
            at: now,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: keys.participation(programId, ambassador.userId, challenge.challengeId),
          UpdateExpression: `SET entity = :entity, programId = :programId, challengeId = :challengeId, userId = :userId${
            reaches ? ', completedAt = :now' : ''
          } ADD sales :one`,
          ConditionExpression: seen === 0 ? 'attribute_not_exists(sales) OR sales = :seen' : 'sales = :seen',
          ExpressionAttributeValues: {
            ':entity': ENTITY.participation,
            ':programId': programId,
            ':challengeId': challenge.challengeId,
            ':userId': ambassador.userId,
            ':one': 1,
            ':seen': seen,
            ...(reaches ? { ':now': now } : {}),
          },
        },
      },
    ];
    let retryable = [1];
    if (reaches) {
      const plan = await planPointsAward({
        program,
        ambassador,
        points: challenge.points,
        source: `challenge-goal:${challenge.challengeId}`,
        reason: `Sales goal reached in "${challenge.title}"`,
        at: new Date(now),
      });
      retryable = [...retryable, ...plan.retryable.map((i) => i + items.length)];
      items.push(...plan.items);
    }
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return reaches;
    } catch (error) {
      const failed = failedConditions(error);
      if (failed.includes(0)) return false; // this order was counted already
      if (
        failed.some((i) => retryable.includes(i)) ||
        cancellationReasons(error).includes('TransactionConflict')
      ) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 30 * (attempt + 1)));
        continue;
      }
      throw error;
    }
  }
  throw new Error(`sales goal of ${challenge.challengeId}: too many concurrent changes`);
}
