import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import type { Notification } from './notification.schema.ts';
import { listNotifications } from './notification.store.ts';

/** The caller's notifications across programs, newest first. */
export async function listMyNotifications(
  user: AuthUser,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<Omit<Notification, 'email'>>> {
  const page = await listNotifications(user.id, query.limit, query.cursor);
  return { ...page, items: page.items.map(({ email: _email, ...notification }) => notification) };
}
