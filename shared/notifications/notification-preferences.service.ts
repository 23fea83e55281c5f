import { validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { isErased } from '../privacy/erasure.store.ts';
import type { NotificationType } from './notification.schema.ts';
import { listNotifications } from './notification.store.ts';
import {
  type Channel,
  type NotificationPreferences,
  preferenceList,
  TRANSACTIONAL_TYPES,
  type UpdateNotificationPreferencesInput,
} from './notification-preferences.schema.ts';
import { countUnread, getPreferences, markReadUpTo, setPreferences } from './notification-state.store.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

/** The caller's channel for every notification type. */
export async function getMyNotificationPreferences(user: AuthUser): Promise<NotificationPreferences> {
  return preferenceList(await getPreferences(user.id));
}

/**
 * Changes the caller's channel for the types named; the rest stay.
 * @throws AppError `validation_failed` when a transactional type is set to anything but email.
 */
export async function updateMyNotificationPreferences(
  user: AuthUser,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const changes = input.preferences as Partial<Record<NotificationType, Channel>>;
  const locked = (Object.keys(changes) as NotificationType[]).find(
    (type) => TRANSACTIONAL_TYPES.has(type) && changes[type] !== 'email',
  );
  if (locked) {
    throw validationFailed(
      `preferences.${locked}: this message answers something you did; it cannot be turned off`,
      {
        field: `preferences.${locked}`,
      },
    );
  }
  await setPreferences(user.id, changes);
  return preferenceList(await getPreferences(user.id));
}

/**
 * Marks the caller's notifications read, up to the one named or else up to their newest.
 * @returns what is left unread (0 unless newer ones arrived meanwhile).
 */
export async function markMyNotificationsRead(
  user: AuthUser,
  input: { upTo?: string | undefined },
): Promise<{ unread: number }> {
  const upTo = input.upTo ?? (await listNotifications(user.id, 1)).items[0]?.notificationId;
  if (upTo) await markReadUpTo(user.id, upTo);
  return { unread: upTo ? await countUnread(user.id, upTo, []) : 0 };
}

/**
 * The one-click unsubscribe (RFC 8058): the token names a person and a type; that type then
 * comes in the app only. Anyone holding the link may do it, which is what the RFC asks.
 * @throws AppError `validation_failed` when the token is not one Embassy signed, or names a
 * type that cannot be turned off.
 */
export async function unsubscribe(token: string): Promise<{ type: NotificationType; channel: Channel }> {
  const claim = await verifyUnsubscribeToken(token);
  if (!claim) throw validationFailed('token: this unsubscribe link is not valid', { field: 'token' });
  if (TRANSACTIONAL_TYPES.has(claim.type)) {
    throw validationFailed('token: this message cannot be turned off', { field: 'token' });
  }
  // A deleted account is sent nothing; its partition keeps only the erasure, so nothing is written.
  if (await isErased(claim.userId)) return { type: claim.type, channel: 'in_app' };
  const current = (await getPreferences(claim.userId))[claim.type];
  // Someone who already turned the type off entirely keeps it off.
  if (current !== 'off') await setPreferences(claim.userId, { [claim.type]: 'in_app' });
  return { type: claim.type, channel: current === 'off' ? 'off' : 'in_app' };
}
