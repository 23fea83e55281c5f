import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { isConditionFailure } from '../db/transactions.ts';
import { log } from '../log.ts';

/**
 * Notes an ambassador's first look at a challenge (the analytics count it as an action). It is
 * written once; every later view is a failed condition, and no failure reaches the reader.
 */
export async function noteChallengeViewed(
  programId: string,
  userId: string,
  challengeId: string,
): Promise<void> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.challengeView(programId, userId, challengeId),
          entity: ENTITY.challengeView,
          programId,
          userId,
          challengeId,
          at: new Date().toISOString(),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) log.warn('could not note a challenge view', { error: String(error) });
  }
}
