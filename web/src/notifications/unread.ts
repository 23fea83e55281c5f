import { api, ok } from '../api/client.ts';

const UNREAD = 'embassy:unread';

/** Tells the bell how many are unread now (after a list marked them read). */
export function announceUnread(unread: number): void {
  dispatchEvent(new CustomEvent<number>(UNREAD, { detail: unread }));
}

/** Calls back with every count {@link announceUnread} gives; returns the unsubscribe. */
export function onUnread(listener: (unread: number) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<number>).detail);
  addEventListener(UNREAD, handle);
  return () => removeEventListener(UNREAD, handle);
}

/** The caller's unread count (at most 99). */
export async function fetchUnread(): Promise<number> {
  const page = await ok(api.accounts.api.me.notifications.$get({ query: { limit: '1' } }));
  return page.unread;
}

/**
 * Marks everything up to the newest notification on screen read, and tells the bell. The items
 * keep their `read: false` on screen for this visit, so what was new still looks new.
 */
export async function markReadUpTo(newestId: string): Promise<void> {
  const { unread } = await ok(
    api.accounts.api.me.notifications.read.$post(
      {},
      { init: { body: JSON.stringify({ upTo: newestId }), headers: { 'content-type': 'application/json' } } },
    ),
  );
  announceUnread(unread);
}
