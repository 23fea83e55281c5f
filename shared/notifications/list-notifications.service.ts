import type { Page } from '../common.schema.ts';
import type { Language } from '../i18n/languages.ts';
import { inLanguage } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import type { Notification } from './notification.schema.ts';
import { NOTIFICATION_TYPES } from './notification.schema.ts';
import { listNotifications } from './notification.store.ts';
import { channelFor } from './notification-preferences.schema.ts';
import { countUnread, getLastReadId, getPreferences } from './notification-state.store.ts';

export type ListedNotification = Omit<Notification, 'email'> & { read: boolean };

/**
 * The caller's notifications across programs, newest first, each marked read or not, with the
 * unread count for the bell (capped). Types they turned off are left out of both. Each is in
 * `language` where its type's words are catalogued (they are stored in English).
 */
export async function listMyNotifications(
  user: AuthUser,
  query: { limit: number; cursor?: string | undefined },
  language: Language = 'en',
): Promise<Page<ListedNotification> & { unread: number }> {
  const [page, lastReadId, preferences] = await Promise.all([
    listNotifications(user.id, query.limit, query.cursor),
    getLastReadId(user.id),
    getPreferences(user.id),
  ]);
  const hidden = NOTIFICATION_TYPES.filter((type) => channelFor(preferences, type) === 'off');
  const unread = await countUnread(user.id, lastReadId, hidden);
  const items = await Promise.all(
    page.items
      .filter((notification) => !hidden.includes(notification.type))
      .map(async ({ email: _email, ...notification }) => ({
        ...notification,
        ...(language === 'en' ? {} : await inLanguage(notification, language)),
        read: lastReadId !== undefined && notification.notificationId <= lastReadId,
      })),
  );
  return { ...page, items, unread };
}
