import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { nowIso } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';

/** What is sent over several runs: the team's daily digest, the weekly challenges digest, one challenge's opening. */
export type DigestKind = 'team' | 'challenges' | 'opening';

/** One digest's run for one program and period: where it got to, and whether it is done. */
export type DigestRun = { cursor?: string | undefined; done: boolean; sent: number };

const RUN_TTL_DAYS = 60;

/** The run, or undefined when this period's digest has not started. */
export async function findDigestRun(
  programId: string,
  digest: DigestKind,
  period: string,
): Promise<DigestRun | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.digestRun(programId, digest, period),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  return {
    done: Item.done === true,
    sent: Number(Item.sent ?? 0),
    ...(typeof Item.cursor === 'string' ? { cursor: Item.cursor } : {}),
  };
}

/**
 * Records how far the run got. The notifications it wrote have ids fixed by the period, so a
 * run repeated after a crash rewrites the same items and emails nobody twice.
 */
export async function saveDigestRun(
  programId: string,
  digest: DigestKind,
  period: string,
  run: DigestRun,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.digestRun(programId, digest, period),
        entity: ENTITY.digestRun,
        programId,
        digest,
        period,
        done: run.done,
        sent: run.sent,
        ...(run.cursor ? { cursor: run.cursor } : {}),
        updatedAt: nowIso(),
        expiresAt: Math.floor(Date.now() / 1000) + RUN_TTL_DAYS * 86_400,
      },
    }),
  );
}
