import { conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { log } from '../platform/log.ts';
import { deleteAvatarImages } from '../profiles/delete-avatar.service.ts';
import { listInvitationsForEmail } from '../programs/invitation.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { listMembershipsOfUser, listStaff } from '../programs/membership.store.ts';
import { deleteCognitoUser } from './cognito-user.store.ts';
import { runErasure } from './erase-personal-data.service.ts';
import { type Erasure, pseudonymOf } from './erasure.schema.ts';
import { findErasure, putErasure } from './erasure.store.ts';
import { invitationDeletes, writeInBatches } from './personal-data.store.ts';

/**
 * Deletes the caller's account (GDPR Art. 17). In order, each step safe to repeat:
 * 1. the Cognito user goes, so nobody signs in as them again (a failure here changes nothing,
 *    and the caller sends the request again);
 * 2. invitations to their email go, the one thing keyed by the email, and their avatar image
 *    and its thumbnail leave the media bucket;
 * 3. the erasure is recorded: from here on their still-valid tokens are refused (functions/http/auth.ts);
 * 4. the erasure runs as far as the request's time allows; the scheduler finishes the rest.
 * Financial records stay under the pseudonym (docs/privacy.md).
 * @throws AppError `conflict` when the caller is the last owner of a program.
 * The caller confirmed in the body (DeleteAccountSchema).
 */
export async function deleteAccount(user: AuthUser) {
  const existing = await findErasure(user.id);
  if (existing) return answer(existing);
  const memberships = await listMembershipsOfUser(user.id);
  await assertNotLastOwner(user.id, memberships);
  await deleteCognitoUser(user.id);
  if (user.emailVerified) {
    const invitations = await listInvitationsForEmail(user.email);
    await writeInBatches(
      invitationDeletes(
        user.email,
        invitations.map((i) => i.programId),
      ),
      () => true,
    );
  }
  // Before the erasure deletes the profile that names them: a failure here leaves it to a retry.
  await deleteAvatarImages(user.id);
  const erasure = {
    userId: user.id,
    pseudonym: pseudonymOf(user.id),
    status: 'erasing' as const,
    programIds: memberships.map((m) => m.programId),
    requestedAt: nowIso(),
    runs: 0,
  };
  await putErasure(erasure);
  try {
    return answer(await runErasure(erasure));
  } catch (error) {
    // The account is gone and its tokens refused; the scheduler finishes the erasure.
    log.warn('erasure left to the scheduler', { userId: user.id, error });
    return answer(erasure);
  }
}

/**
 * A program is never left without an owner: its last owner hands ownership on first.
 * @throws AppError `conflict` naming the programs.
 */
async function assertNotLastOwner(userId: string, memberships: readonly Membership[]): Promise<void> {
  const owned = memberships.filter((m) => m.role === 'owner' && m.status === 'active');
  const alone = await Promise.all(
    owned.map(async (m) => {
      const owners = await listStaff(m.programId, ['owner']);
      return owners.some((o) => o.userId !== userId) ? [] : [m.programId];
    }),
  );
  const programIds = alone.flat();
  if (programIds.length > 0)
    throw conflict(
      'You are the last owner of a program: make another member its owner before deleting your account',
      {
        programIds,
      },
    );
}

function answer(erasure: Erasure) {
  return {
    status: erasure.status,
    pseudonym: erasure.pseudonym,
    requestedAt: erasure.requestedAt,
    ...(erasure.erasedAt ? { erasedAt: erasure.erasedAt } : {}),
  };
}
