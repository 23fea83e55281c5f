import { api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
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
      <h1>{t('ambassadorHome.notifications.title')}</h1>
      <Async request={request} label={t('ambassadorHome.notifications.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('ambassadorHome.notifications.none')}>
              <p>{t('ambassadorHome.notifications.teamNoneText')}</p>
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
          {n.read ? null : <span class="unread-mark">{t('ambassadorHome.notifications.new')}</span>}
          {href ? <Link href={href}>{n.title}</Link> : <strong>{n.title}</strong>}
        </p>
        {leak ? (
          <>
            <p class="notification-body">
              {tx('ambassadorHome.notifications.leak', {
                count: leak.orderIds.length,
                day: formatDate(`${leak.day}T12:00:00Z`),
                leakCode: leak.code,
                ambassador: leak.ambassadorName,
                strong: (words) => <strong>{words}</strong>,
                code: (words) => <code>{words}</code>,
              })}
            </p>
            <p class="small">
              {href ? <Link href={href}>{t('ambassadorHome.notifications.leakOrders')}</Link> : null}
              {' · '}
              {t('ambassadorHome.notifications.leakRotate')}
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
