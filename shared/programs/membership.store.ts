import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import type { AmbassadorStatus, Membership, Role } from './membership.schema.ts';
import { MembershipSchema } from './membership.schema.ts';

/** The stored form of a membership, with the index keys its access patterns need. */
export function membershipItem(membership: Membership) {
  const stored = {
    ...keys.membership(membership.programId, membership.userId),
    entity: ENTITY.membership,
    ...membership,
  };
  // An erased member's membership stays for the books but leaves every list (and GET /api/me).
  if (membership.erasedAt) return stored;
  return {
    ...stored,
    ...indexKeys.membershipsByUser(membership.userId, membership.programId),
    ...(membership.role === 'ambassador'
      ? indexKeys.ambassadorsByStatus(
          membership.programId,
          membership.status,
          membership.statusAt,
          membership.userId,
        )
      : indexKeys.staffByRole(membership.programId, membership.role, membership.userId)),
  };
}

/** The program's active team members in the given roles (owners, managers, brand users). */
export async function listStaff(programId: string, roles: readonly Role[]): Promise<Membership[]> {
  const index = ACCESS_PATTERNS.staffByRole;
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': indexKeys.staffPartition(programId) },
  });
  return items
    .map((item) => MembershipSchema.parse(item))
    .filter((member) => member.status === 'active' && roles.includes(member.role));
}

/** Reads one membership, or undefined. */
/** Sets a member's tier; its condition fails when the membership is gone. */
export function tierUpdate(programId: string, userId: string, tier: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.membership(programId, userId),
      UpdateExpression: 'SET tier = :tier',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':tier': tier },
    },
  };
}

export async function findMembership(
  programId: string,
  userId: string,
  consistent = false,
): Promise<Membership | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.membership(programId, userId),
      ...(consistent ? { ConsistentRead: true } : {}),
    }),
  );
  return Item ? MembershipSchema.parse(Item) : undefined;
}

/** All of a user's memberships, across programs (bounded: a person is in few programs). */
export async function listMembershipsOfUser(userId: string): Promise<Membership[]> {
  const index = ACCESS_PATTERNS.membershipsByUser;
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
    ExpressionAttributeValues: {
      ':pk': indexKeys.membershipsByUserPartition(userId),
      ':prefix': keys.program('').pk,
    },
  });
  return items.map((item) => MembershipSchema.parse(item));
}

/**
 * Writes an application: new, a reapplication over a rejection older than `rejectedBefore`, or
 * over a membership its ambassador left.
 * @returns false when the condition fails (already a member, pending, or still cooling down).
 */
export async function putApplication(membership: Membership, rejectedBefore: string): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: membershipItem(membership),
        ConditionExpression:
          'attribute_not_exists(pk) OR (#status = :rejected AND statusAt <= :cutoff) OR #status = :left',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':rejected': 'rejected', ':cutoff': rejectedBefore, ':left': 'left' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** A program's ambassadors in one status, newest status change first. Never scans. */
export async function listAmbassadorsByStatus(
  programId: string,
  status: AmbassadorStatus,
  limit: number,
  cursor: string | undefined,
  /** `oldest`: for a walk over several runs, so those who join meanwhile come after the cursor, not before it. */
  order: 'newest' | 'oldest' = 'newest',
): Promise<Page<Membership>> {
  const index = ACCESS_PATTERNS.ambassadorsByStatus;
  const partition = indexKeys.ambassadorsByStatusPartition(programId, status);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: order === 'oldest',
      Limit: limit,
    },
    cursor,
    indexCursorShape(index, partition, keys.membership(programId, '')),
  );
  return { ...page, items: page.items.map((item) => MembershipSchema.parse(item)) };
}

export type StatusChangeOutcome = 'ok' | 'status_changed' | 'code_taken';

/**
 * Replaces a membership that is still exactly as read (same status, set at the same instant),
 * together with optional referral-code writes, in one transaction. A decision made on a stale
 * read (say the application was rejected and filed again meanwhile) writes nothing.
 */
export async function replaceMembershipIfUnchanged(
  next: Membership,
  seen: Pick<Membership, 'status' | 'statusAt'>,
  referralCode?: { code: string; claim: boolean; active: boolean },
  /** Earlier codes still in their grace: a suspension stops them too, a reinstatement restarts them. */
  graceCodes: readonly string[] = [],
  /** Whatever goes with the change (the member's notification of it). */
  alsoWrite: readonly TransactItem[] = [],
): Promise<StatusChangeOutcome> {
  const membership: TransactItem = {
    Put: {
      TableName: tableName,
      Item: membershipItem(next),
      ConditionExpression: '#status = :status AND statusAt = :statusAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': seen.status, ':statusAt': seen.statusAt },
    },
  };
  let code: TransactItem | undefined;
  if (referralCode?.claim) {
    code = putOnce({
      ...keys.referralCode(referralCode.code),
      entity: ENTITY.referralCode,
      code: referralCode.code,
      programId: next.programId,
      userId: next.userId,
      active: referralCode.active,
      createdAt: next.updatedAt,
    });
  } else if (referralCode) {
    code = {
      Update: {
        TableName: tableName,
        Key: keys.referralCode(referralCode.code),
        UpdateExpression: 'SET active = :active',
        ConditionExpression: 'userId = :userId',
        ExpressionAttributeValues: { ':active': referralCode.active, ':userId': next.userId },
      },
    };
  }
  const grace = graceCodes.map(
    (graceCode): TransactItem => ({
      Update: {
        TableName: tableName,
        Key: keys.referralCode(graceCode),
        UpdateExpression: 'SET active = :active',
        ConditionExpression: 'userId = :userId',
        ExpressionAttributeValues: { ':active': referralCode?.active ?? false, ':userId': next.userId },
      },
    }),
  );
  const written = await transact({ membership, code, grace, alsoWrite });
  if (written.ok) return 'ok';
  if (written.failed.has('membership')) return 'status_changed';
  if (written.failed.has('code') && referralCode?.claim) return 'code_taken';
  throw unexpectedCancellation(written);
}

/** Members' display names by user id, for reports; an unknown id is left out. */
export async function memberNames(programId: string, userIds: string[]): Promise<Map<string, string>> {
  const items = await batchGetAll(userIds.map((id) => keys.membership(programId, id)));
  return new Map(
    items.map((item) => MembershipSchema.parse(item)).map((member) => [member.userId, member.displayName]),
  );
}

/** These members' memberships (any role or status); an unknown id is left out. */
export async function findMemberships(programId: string, userIds: readonly string[]): Promise<Membership[]> {
  const items = await batchGetAll(userIds.map((id) => keys.membership(programId, id)));
  return items.map((item) => MembershipSchema.parse(item));
}

export type CodeRotation = {
  /** The membership as it will be: the new code, the old one first in its history. */
  next: Membership;
  previousCode: string;
  retiresAt: string;
  /** Whatever else goes with the rotation (the ambassador's notification, copied links). */
  alsoWrite: TransactItem[];
};

/**
 * Rotates an ambassador's referral code in one transaction: a fresh `referralCode` item for the
 * new code (unique across the deployment), `retiresAt` on the old code's item (once: a code
 * retires one time), and the membership with the new code, still approved and still holding
 * the old code as read. @returns `code_taken` when the new code exists, `status_changed` when
 * the membership or the old code moved meanwhile.
 */
export async function rotateReferralCodeItems(rotation: CodeRotation): Promise<StatusChangeOutcome> {
  const { next, previousCode, retiresAt } = rotation;
  const written = await transact({
    membership: {
      Put: {
        TableName: tableName,
        Item: membershipItem(next),
        ConditionExpression: '#status = :approved AND referralCode = :previous',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':approved': 'approved', ':previous': previousCode },
      },
    },
    code: putOnce({
      ...keys.referralCode(String(next.referralCode)),
      entity: ENTITY.referralCode,
      code: next.referralCode,
      programId: next.programId,
      userId: next.userId,
      active: true,
      createdAt: next.updatedAt,
      previousCode,
    }),
    previous: {
      Update: {
        TableName: tableName,
        Key: keys.referralCode(previousCode),
        UpdateExpression: 'SET retiresAt = :retiresAt, nextCode = :next',
        ConditionExpression: 'userId = :userId AND attribute_not_exists(retiresAt)',
        ExpressionAttributeValues: {
          ':retiresAt': retiresAt,
          ':next': next.referralCode,
          ':userId': next.userId,
        },
      },
    },
    alsoWrite: rotation.alsoWrite,
  });
  if (written.ok) return 'ok';
  if (written.failed.has('code')) return 'code_taken';
  if (written.failed.has('membership') || written.failed.has('previous') || written.conflict)
    return 'status_changed';
  throw unexpectedCancellation(written);
}

/** What leaving a program writes: the membership as `left`, and the codes that stop with it. */
export type Leaving = {
  next: Membership;
  /** The membership as read: the write holds only if its status is still the one read. */
  seen: Pick<Membership, 'status' | 'statusAt'>;
  /** The ambassador's current code, which retires now (once: a code retires one time). */
  code?: string;
  /** Earlier codes still in their grace after a rotation: their grace ends now. */
  graceCodes: readonly string[];
};

/**
 * Writes an ambassador's leaving in one transaction: the membership (still in the status read),
 * `retiresAt` = the moment of leaving on their current code's item (not retired before) and on
 * each earlier code still in its grace (its `retiresAt` still later). @returns `changed` when
 * any of them moved meanwhile (the caller reads again), and nothing is written then.
 */
export async function leaveProgramItems(leaving: Leaving): Promise<'ok' | 'changed'> {
  const { next, seen } = leaving;
  const at = next.statusAt;
  const values = { ':at': at, ':userId': next.userId };
  const written = await transact({
    membership: {
      Put: {
        TableName: tableName,
        Item: membershipItem(next),
        ConditionExpression: '#status = :status AND statusAt = :statusAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': seen.status, ':statusAt': seen.statusAt },
      },
    },
    code: leaving.code
      ? {
          Update: {
            TableName: tableName,
            Key: keys.referralCode(leaving.code),
            UpdateExpression: 'SET retiresAt = :at',
            ConditionExpression: 'userId = :userId AND attribute_not_exists(retiresAt)',
            ExpressionAttributeValues: values,
          },
        }
      : undefined,
    grace: leaving.graceCodes.map(
      (graceCode): TransactItem => ({
        Update: {
          TableName: tableName,
          Key: keys.referralCode(graceCode),
          UpdateExpression: 'SET retiresAt = :at',
          ConditionExpression: 'userId = :userId AND retiresAt > :at',
          ExpressionAttributeValues: values,
        },
      }),
    ),
  });
  // transact throws for anything but failed conditions and a concurrent writer.
  return written.ok ? 'ok' : 'changed';
}
