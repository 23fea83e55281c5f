import { tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryDue } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import type { RightsGrant } from './content-terms.schema.ts';

/** How long before a grant ends its program's managers and brand users are told. */
export const RIGHTS_REMINDER_DAYS = 14;

const remindAtOf = (grant: RightsGrant) =>
  new Date(Date.parse(grant.endsAt) - RIGHTS_REMINDER_DAYS * 86_400_000).toISOString();

/**
 * The reminder of a post's grant, written with the grant: it sits on the scheduler's queue until
 * the reminder is sent or the grant is revoked. A new grant on the same post replaces it.
 */
export function rightsReminderPut(
  submission: { programId: string; submissionId: string },
  grant: RightsGrant,
): TransactItem {
  const { programId, submissionId } = submission;
  const remindAt = remindAtOf(grant);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.rightsReminder(programId, submissionId),
        entity: ENTITY.rightsReminder,
        programId,
        submissionId,
        endsAt: grant.endsAt,
        remindAt,
        ...indexKeys.rightsExpiring(remindAt, programId, submissionId),
      },
    },
  };
}

/** Takes a post's grant off the reminder queue (revoked, replaced by none). */
export function rightsReminderDelete(programId: string, submissionId: string): TransactItem {
  return { Delete: { TableName: tableName, Key: keys.rightsReminder(programId, submissionId) } };
}

/**
 * Takes a reminder off the queue once it is sent: its condition fails when another run sent it
 * first, or when the grant was revoked or replaced meanwhile.
 */
export function rightsReminderDone(reminder: RightsReminder): TransactItem {
  return {
    Delete: {
      TableName: tableName,
      Key: keys.rightsReminder(reminder.programId, reminder.submissionId),
      ConditionExpression: 'remindAt = :remindAt',
      ExpressionAttributeValues: { ':remindAt': reminder.remindAt },
    },
  };
}

export type RightsReminder = { programId: string; submissionId: string; remindAt: string; endsAt: string };

/** Reminders due by `by`, across programs, soonest first. */
export async function listRightsRemindersDue(by: string, limit: number): Promise<RightsReminder[]> {
  const Items = await queryDue(
    ACCESS_PATTERNS.rightsExpiring,
    indexKeys.rightsExpiringPartition(),
    by,
    limit,
  );
  return Items.map((item) => ({
    programId: String(item.programId),
    submissionId: String(item.submissionId),
    remindAt: String(item.remindAt),
    endsAt: String(item.endsAt),
  }));
}

/**
 * Revokes a post's live grant for its author: the brand's use ends at `at`. The condition holds
 * the write to the author, a grant not yet revoked or ended, and the submission as read.
 */
export function revokeRightsUpdate(
  submission: { programId: string; submissionId: string; userId: string; updatedAt: string },
  at: string,
  updatedAt: string,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.submission(submission.programId, submission.submissionId),
      UpdateExpression: 'SET rightsGrant.revokedAt = :at, rightsGrant.endsAt = :at, updatedAt = :updatedAt',
      ConditionExpression:
        'userId = :author AND updatedAt = :read AND attribute_exists(rightsGrant) AND ' +
        'attribute_not_exists(rightsGrant.revokedAt) AND rightsGrant.endsAt > :at',
      ExpressionAttributeValues: {
        ':at': at,
        ':updatedAt': updatedAt,
        ':author': submission.userId,
        ':read': submission.updatedAt,
      },
    },
  };
}
