import { memberAuditEntries } from '../audit/audit.service.ts';
import { auditPut, putAuditEntry } from '../audit/audit.store.ts';
import { validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { MAX_TRANSACTION_ITEMS, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { isErased } from '../privacy/erasure.store.ts';
import type { NotificationType } from './notification.schema.ts';
import { listNotifications } from './notification.store.ts';
import {
  type Channel,
  channelFor,
  type NotificationPreferences,
  type Preferences,
  preferenceList,
  TRANSACTIONAL_TYPES,
  type UpdateNotificationPreferencesInput,
} from './notification-preferences.schema.ts';
import {
  countUnread,
  getPreferences,
  markReadUpTo,
  preferencesUpdate,
  setPreferences,
} from './notification-state.store.ts';
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
  const before = await getPreferences(user.id);
  await savePreferences(user.id, before, changes);
  return preferenceList({ ...before, ...changes });
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
  const preferences = await getPreferences(claim.userId);
  const current = preferences[claim.type];
  // Someone who already turned the type off entirely keeps it off.
  if (current !== 'off') await savePreferences(claim.userId, preferences, { [claim.type]: 'in_app' });
  return { type: claim.type, channel: current === 'off' ? 'off' : 'in_app' };
}

/**
 * Saves a person's new channels and, with them, an entry in each of their programs' audit logs
 * naming each type whose channel changed, before and after (none when nothing changed). Someone
 * in more than 99 programs has the remaining entries written just after.
 */
async function savePreferences(
  userId: string,
  before: Preferences,
  changes: Partial<Record<NotificationType, Channel>>,
): Promise<void> {
  const changed = (Object.entries(changes) as Array<[NotificationType, Channel]>)
    .filter(([type, channel]) => channelFor(before, type) !== channel)
    .map(([type, channel]) => ({ field: type, before: channelFor(before, type), after: channel }));
  const update = preferencesUpdate(userId, changes);
  if (!update || changed.length === 0) return setPreferences(userId, changes);
  const entries = await memberAuditEntries(userId, {
    type: 'notifications.changed',
    summary: `A member changed how they get ${changed.map((c) => c.field).join(', ')}`,
    changes: changed,
  });
  const inTransaction = entries.slice(0, MAX_TRANSACTION_ITEMS - 1);
  const outcome = await transact({
    preferences: { Update: update },
    audit: inTransaction.map(auditPut),
  });
  if (!outcome.ok) throw unexpectedCancellation(outcome);
  await Promise.all(entries.slice(inTransaction.length).map(putAuditEntry));
}
