import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '../errors.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import {
  type NamedItems,
  type TransactItem,
  transact,
  unexpectedCancellation,
} from '../platform/db/transact.ts';
import { type Invitation, InvitationSchema } from './invitation.schema.ts';
import type { Membership, Role } from './membership.schema.ts';
import { listStaff, membershipItem } from './membership.store.ts';

/** A program's live invitations, newest first (bounded: a team invites few people). */
export async function listProgramInvitations(programId: string): Promise<Invitation[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.program(programId).pk, ':prefix': keys.invitationPrefix() },
      Limit: 500,
    }),
  );
  const now = Date.now();
  return (result.Items ?? [])
    .map((item) => InvitationSchema.parse(item))
    .filter((invitation) => invitation.expiresAt * 1000 > now)
    .sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
}

/**
 * The owner counter's change by `delta` (+1, -1), never below one owner. Programs made before the
 * counter have none: it starts from `ownersSeen`, counted from the team index.
 */
function ownersUpdate(programId: string, delta: 1 | -1, ownersSeen: number): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.teamOwners(programId),
      UpdateExpression:
        'SET entity = :entity, programId = :programId, owners = if_not_exists(owners, :seen) + :delta',
      ...(delta < 0
        ? { ConditionExpression: '(attribute_not_exists(owners) AND :seen > :one) OR owners > :one' }
        : {}),
      ExpressionAttributeValues: {
        ':entity': ENTITY.teamOwners,
        ':programId': programId,
        ':seen': ownersSeen,
        ':delta': delta,
        ...(delta < 0 ? { ':one': 1 } : {}),
      },
    },
  };
}

/** The counter's first value for a program that has none yet. */
export async function countOwners(programId: string): Promise<number> {
  return (await listStaff(programId, ['owner'])).length;
}

/** A team membership replaced only while it is still active in the role it was read with. */
function replaceMember(next: Membership, seenRole: Role): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: membershipItem(next),
      ConditionExpression: '#role = :role AND #status = :active',
      ExpressionAttributeNames: { '#role': 'role', '#status': 'status' },
      ExpressionAttributeValues: { ':role': seenRole, ':active': 'active' },
    },
  };
}

/** What a team change writes besides the memberships: its audit entry, a notification. */
export type TeamChangeExtras = { alsoWrite: TransactItem[] };

const LAST_OWNER = 'A program needs an owner: make someone else owner first';

/** Writes a team change and maps its failures: the last owner, or a member who changed meanwhile. */
async function writeTeamChange(items: NamedItems<'members' | 'owners' | 'alsoWrite'>): Promise<void> {
  const written = await transact(items);
  if (written.ok) return;
  if (written.failed.has('owners')) throw conflict(LAST_OWNER, { reason: 'last_owner' });
  if (written.failed.has('members') || written.conflict)
    throw conflict('The team changed meanwhile; read it and try again');
  throw unexpectedCancellation(written);
}

/** Gives a team member another role; an owner's demotion or promotion moves the owner count. */
export async function changeMemberRole(
  member: Membership,
  next: Membership,
  ownersSeen: number,
  extras: TeamChangeExtras,
): Promise<void> {
  const delta = member.role === 'owner' ? -1 : next.role === 'owner' ? 1 : 0;
  await writeTeamChange({
    members: replaceMember(next, member.role),
    owners: delta === 0 ? undefined : ownersUpdate(member.programId, delta, ownersSeen),
    alsoWrite: extras.alsoWrite,
  });
}

/** Removes a team member: the membership is deleted, so their access ends with it. */
export async function removeMember(
  member: Membership,
  ownersSeen: number,
  extras: TeamChangeExtras,
): Promise<void> {
  await writeTeamChange({
    members: {
      Delete: {
        TableName: tableName,
        Key: keys.membership(member.programId, member.userId),
        ConditionExpression: '#role = :role AND #status = :active',
        ExpressionAttributeNames: { '#role': 'role', '#status': 'status' },
        ExpressionAttributeValues: { ':role': member.role, ':active': 'active' },
      },
    },
    owners: member.role === 'owner' ? ownersUpdate(member.programId, -1, ownersSeen) : undefined,
    alsoWrite: extras.alsoWrite,
  });
}

/**
 * Hands ownership from `from` (an owner member; absent for a platform admin, who is no member) to
 * `to`, in one transaction: `to` becomes owner, `from` a manager.
 */
export async function transferOwnership(
  to: { member: Membership; next: Membership },
  from: { member: Membership; next: Membership } | undefined,
  ownersSeen: number,
  extras: TeamChangeExtras,
): Promise<void> {
  await writeTeamChange({
    members: [
      replaceMember(to.next, to.member.role),
      ...(from ? [replaceMember(from.next, from.member.role)] : []),
    ],
    // An owner handing over keeps the count; an admin's handover adds an owner.
    owners: from ? undefined : ownersUpdate(to.member.programId, 1, ownersSeen),
    alsoWrite: extras.alsoWrite,
  });
}

/** Revokes a pending invitation. @returns false when there was none. */
export async function deleteInvitation(invitation: Invitation, extras: TeamChangeExtras): Promise<boolean> {
  const written = await transact({
    invitation: {
      Delete: {
        TableName: tableName,
        Key: keys.invitation(invitation.programId, invitation.email),
        ConditionExpression: 'invitedAt = :invitedAt',
        ExpressionAttributeValues: { ':invitedAt': invitation.invitedAt },
      },
    },
    alsoWrite: extras.alsoWrite,
  });
  if (written.ok) return true;
  if (written.failed.has('invitation')) return false;
  throw unexpectedCancellation(written);
}
