import { tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryDue } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import type { TransactItem } from '../platform/db/transact.ts';

/** An approved post's author is asked for its figures this long after approval. */
export const FIGURES_REMINDER_DAYS = 7;

/** Written with the approval: the reminder to add the post's figures, a week on. */
export function figuresDueItem(programId: string, submissionId: string, approvedAt: string): TransactItem {
  const dueAt = new Date(Date.parse(approvedAt) + FIGURES_REMINDER_DAYS * 86_400_000).toISOString();
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.figuresDue(programId, submissionId),
        entity: ENTITY.figuresDue,
        programId,
        submissionId,
        dueAt,
        ...indexKeys.postsAwaitingFigures(dueAt, programId, submissionId),
      },
    },
  };
}

/** The reminder goes: the post got its figures, or its author was reminded. */
export function figuresDoneItem(programId: string, submissionId: string): TransactItem {
  return { Delete: { TableName: tableName, Key: keys.figuresDue(programId, submissionId) } };
}

/** Posts whose reminder is due by `now`, across programs, oldest first. */
export async function listFiguresDue(
  now: string,
  limit: number,
): Promise<{ programId: string; submissionId: string }[]> {
  const Items = await queryDue(
    ACCESS_PATTERNS.postsAwaitingFigures,
    indexKeys.postsAwaitingFiguresPartition(),
    now,
    limit,
  );
  return Items.map((item) => ({
    programId: String(item.programId),
    submissionId: String(item.submissionId),
  }));
}
