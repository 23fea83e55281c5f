import { api, ok } from '../../api/client.ts';
import { useMarkRead } from '../../notifications/use-mark-read.ts';
import type { ProgramContext } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatLocalTime } from '../../ui/format.ts';
import { Async, Empty, formatDate } from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';

const ICONS: Record<string, string> = {
  code_leak_suspected: '⚠',
  webhook_endpoint_disabled: '⛔',
  rights_expiring: '⏳',
  metrics_disputed: '✎',
  redemption_requested: '🎁',
};

type Item = Awaited<ReturnType<typeof loadPage>>['items'][number];
const loadPage = (cursor?: string) =>
  ok(api.accounts.api.me.notifications.$get({ query: { limit: '20', ...(cursor ? { cursor } : {}) } }));

/** A dashboard path the API named (`/programs/{id}/…`), else none. */
const inApp = (link: string | undefined) => (link?.startsWith('/programs/') ? link : undefined);

/**
 * The team's notifications (owners, managers, brand users), newest first: suspected code leaks
 * with the orders behind them, webhook endpoints turned off, rights ending, and the rest.
 */
export function TeamNotificationsTab({ ctx }: { ctx: ProgramContext }) {
  const { request, more } = usePaged((cursor) => loadPage(cursor), []);
  const programName = (id: string) => ctx.me.memberships.find((m) => m.programId === id)?.programName;
  useMarkRead(request.data?.items[0]);
  return (
    <div class="brand-view">
      <h1>Notifications</h1>
      <Async request={request} label="Loading your notifications…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="Nothing new">
              <p>Suspected code leaks, webhook problems and rights about to end show up here.</p>
            </Empty>
          ) : (
            <>
              <ul class="list notifications">
                {page.items.map((n) => (
                  <TeamNotification
                    key={n.notificationId}
                    n={n}
                    other={n.programId !== ctx.programId ? programName(n.programId) : undefined}
                  />
                ))}
              </ul>
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </div>
  );
}

function TeamNotification({ n, other }: { n: Item; other: string | undefined }) {
  const href = inApp(n.link);
  const leak = n.codeLeak;
  return (
    <li class={`notification${n.read ? '' : ' unread'}`}>
      <span class="notification-icon" aria-hidden="true">
        {ICONS[n.type] ?? '•'}
      </span>
      <div class="notification-text">
        <p class="notification-title">
          {n.read ? null : <span class="unread-mark">New</span>}
          {href ? <Link href={href}>{n.title}</Link> : <strong>{n.title}</strong>}
        </p>
        {leak ? (
          <>
            <p class="notification-body">
              {leak.orderIds.length} code-only orders from new customers on{' '}
              <strong>{formatDate(`${leak.day}T12:00:00Z`)}</strong> used <code>{leak.code}</code>, the code
              of {leak.ambassadorName}, without a click on their links.
            </p>
            <p class="small">
              {href ? <Link href={href}>See these orders</Link> : null}
              {' · '}Rotate the code from the ambassador’s row under Applications › Approved.
            </p>
          </>
        ) : n.body ? (
          <p class="notification-body">{n.body}</p>
        ) : null}
        <p class="small muted">
          <time dateTime={n.createdAt}>{formatLocalTime(n.createdAt)}</time>
          {other ? ` · ${other}` : ''}
        </p>
      </div>
    </li>
  );
}
