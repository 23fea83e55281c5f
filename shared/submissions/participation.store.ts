import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { db, tableName } from '../db/client.ts';
import { keys } from '../db/keys.ts';

export const ParticipationSchema = z.object({
  challengeId: z.string(),
  userId: z.string(),
  /** Submissions made (each counts against the challenge's per-ambassador limit). */
  submissions: z.number().default(0),
  /** Posts approved. */
  approved: z.number().default(0),
  /** When the first post was approved: the challenge counts as completed from then. */
  completedAt: z.string().optional(),
});
export type Participation = z.infer<typeof ParticipationSchema>;

/** One ambassador's progress across a program's challenges, by challenge id. */
export async function listParticipation(
  programId: string,
  userId: string,
): Promise<Map<string, Participation>> {
  const found = new Map<string, Participation>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.participation(programId, userId, '').pk,
          ':prefix': keys.participationPrefix(userId),
        },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const participation = ParticipationSchema.parse(item);
      found.set(participation.challengeId, participation);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return found;
}
