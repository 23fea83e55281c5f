import { useEffect } from 'preact/hooks';
import { markReadUpTo } from './unread.ts';

/**
 * Opening a notifications list marks it read: when the newest item shown is unread, everything
 * up to it is marked (the read mark is one instant per person, so older ones follow). A failure
 * only leaves the bell as it was.
 */
export function useMarkRead(newest: { notificationId: string; read: boolean } | undefined): void {
  const id = newest && !newest.read ? newest.notificationId : undefined;
  useEffect(() => {
    if (id) markReadUpTo(id).catch(() => undefined);
  }, [id]);
}
