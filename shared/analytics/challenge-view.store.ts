import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import { log } from '../platform/log.ts';

/** Views this container has already noted: later views skip the write (bounded). */
const noted = new Set<string>();
const remember = (id: string) => {
  if (noted.size >= 10_000) noted.clear();
  noted.add(id);
};

/**
 * Notes an ambassador's first look at a challenge (the analytics count it as an action). It is
 * written once: a later view in the same container skips the write, and one elsewhere is a
 * failed condition. No failure reaches the reader.
 */
export async function noteChallengeViewed(
  programId: string,
  userId: string,
  challengeId: string,
): Promise<void> {
  const id = `${programId}|${userId}|${challengeId}`;
  if (noted.has(id)) return;
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
    remember(id);
  } catch (error) {
    if (isConditionFailure(error)) remember(id);
    else log.warn('could not note a challenge view', { error: String(error) });
  }
}
