import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { type Invitation, InvitationSchema } from './invitation.schema.ts';
import type { Membership } from './membership.schema.ts';
import { membershipItem } from './membership.store.ts';

const isLive = (invitation: Invitation) => invitation.expiresAt * 1000 > Date.now();

/** Writes (or renews) an invitation for an email to a program, with what goes with it (its audit entry). */
export async function putInvitation(invitation: Invitation, alsoWrite: TransactItem[] = []): Promise<void> {
  const written = await transact({
    invitation: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.invitation(invitation.programId, invitation.email),
          entity: ENTITY.invitation,
          ...invitation,
          ...indexKeys.invitationsByEmail(invitation.email, invitation.programId),
        },
      },
    },
    alsoWrite,
  });
  if (!written.ok) throw unexpectedCancellation(written);
}

/** A live invitation, or undefined (expired ones count as absent before TTL removes them). */
export async function findInvitation(programId: string, email: string): Promise<Invitation | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.invitation(programId, email) }),
  );
  const invitation = Item ? InvitationSchema.parse(Item) : undefined;
  return invitation && isLive(invitation) ? invitation : undefined;
}

/** Live invitations addressed to an email, across programs. */
export async function listInvitationsForEmail(email: string): Promise<Invitation[]> {
  const index = ACCESS_PATTERNS.invitationsByEmail;
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': indexKeys.invitationsByEmailPartition(email) },
      Limit: 100,
    }),
  );
  return (result.Items ?? []).map((item) => InvitationSchema.parse(item)).filter(isLive);
}

/**
 * Turns an invitation into a membership: the membership is created and the invitation
 * consumed in one transaction.
 * @returns 'ok', 'member_exists', or 'invitation_gone'.
 */
export async function redeemInvitation(
  invitation: Invitation,
  membership: Membership,
  alsoWrite: TransactItem[] = [],
): Promise<'ok' | 'member_exists' | 'invitation_gone'> {
  const written = await transact({
    alsoWrite,
    membership: putOnce(membershipItem(membership)),
    invitation: {
      Delete: {
        TableName: tableName,
        Key: keys.invitation(invitation.programId, invitation.email),
        ConditionExpression: 'invitedAt = :invitedAt',
        ExpressionAttributeValues: { ':invitedAt': invitation.invitedAt },
      },
    },
  });
  if (written.ok) return 'ok';
  if (written.failed.has('membership')) return 'member_exists';
  if (written.failed.has('invitation')) return 'invitation_gone';
  throw unexpectedCancellation(written);
}
