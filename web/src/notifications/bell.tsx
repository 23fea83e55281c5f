import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { Link } from '../router.tsx';
import { unreadLabel } from './bell-target.ts';
import { fetchUnread, onUnread } from './unread.ts';

/** How often the bell asks again while the page stays put: once a minute, no tighter. */
const REFRESH_MS = 60_000;

/**
 * The header's bell: the caller's unread count, read again when the page changes and once a
 * minute, and set at once when a list marks notifications read.
 */
export function NotificationBell({ path, href }: { path: string; href: string }) {
  const [unread, setUnread] = useState(0);
  // A count a list announced wins over an answer to a request sent before it.
  const generation = useRef(0);
  useEffect(
    () =>
      onUnread((count) => {
        generation.current++;
        setUnread(count);
      }),
    [],
  );
  useEffect(() => {
    const load = () => {
      if (document.visibilityState === 'hidden') return;
      const asked = generation.current;
      fetchUnread().then(
        (count) => {
          if (asked === generation.current) setUnread(count);
        },
        () => undefined,
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [path]);
  const label =
    unread > 0 ? t('notifications.bellUnread', { count: unreadLabel(unread) }) : t('notifications.bell');
  return (
    <Link class={`button ghost bell${unread > 0 ? ' has-unread' : ''}`} href={href} aria-label={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {unread > 0 ? (
        <span class="bell-count" aria-hidden="true">
          {unreadLabel(unread)}
        </span>
      ) : null}
    </Link>
  );
}
