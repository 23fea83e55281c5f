import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { db, tableName } from '../db/client.ts';
import { keys } from '../db/keys.ts';
import { queryAll } from '../db/read-all.ts';

export const ParticipationSchema = z.object({
  challengeId: z.string(),
  userId: z.string(),
  /** Submissions made (each counts against the challenge's per-ambassador limit). */
  submissions: z.number().default(0),
  /** Posts approved. */
  approved: z.number().default(0),
  /** Sales challenges: attributed sales counted toward the goal. */
  sales: z.number().default(0),
  /** When the first post was approved (or the sales goal reached): the challenge counts as completed from then. */
  completedAt: z.string().optional(),
});
export type Participation = z.infer<typeof ParticipationSchema>;

/** One ambassador's progress across a program's challenges, by challenge id. */
export async function listParticipation(
  programId: string,
  userId: string,
): Promise<Map<string, Participation>> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.participation(programId, userId, '').pk,
      ':prefix': keys.participationPrefix(userId),
    },
  });
  return new Map(items.map((item) => ParticipationSchema.parse(item)).map((p) => [p.challengeId, p]));
}

/** One ambassador's progress in one challenge, read consistently, or undefined. */
export async function findParticipation(
  programId: string,
  userId: string,
  challengeId: string,
): Promise<Participation | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.participation(programId, userId, challengeId),
      ConsistentRead: true,
    }),
  );
  return Item ? ParticipationSchema.parse(Item) : undefined;
}
