import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link } from '../router.tsx';
import { fetchUnread, onUnread, unreadLabel } from './unread.ts';

/** How often the bell asks again while the page stays put: once a minute, no tighter. */
const REFRESH_MS = 60_000;

/**
 * Where the bell leads: the notifications tab of the program on screen, else of the first
 * program whose tabs have one (team members, and approved ambassadors); none without one.
 */
export function bellTarget(me: Me | undefined, programId: string | undefined): string | undefined {
  const withList = (me?.memberships ?? []).filter((m) => m.role !== 'ambassador' || m.status === 'approved');
  const here = withList.find((m) => m.programId === programId) ?? withList[0];
  return here ? programPath(here.programId, 'notifications') : undefined;
}

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
  const label = unread > 0 ? `Notifications, ${unreadLabel(unread)} unread` : 'Notifications';
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
