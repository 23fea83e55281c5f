import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { useMarkRead } from '../../notifications/use-mark-read.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatLocalTime } from '../../ui/format.ts';
import { Async, Empty } from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import './ambassador.css';
import { AppLink, inAppPath } from './common.tsx';

const ICONS: Record<string, string> = {
  submission_approved: '✓',
  submission_rejected: '✗',
  changes_requested: '✎',
  badge_earned: '★',
  tier_changed: '▲',
  challenge_opened: '⚑',
  kudos_received: '♥',
  application_approved: '✓',
};

/** Decisions, feedback, badges, tier moves, new challenges and kudos, newest first. */
export function NotificationsTab({ ctx }: { ctx: ProgramContext }) {
  const { request, more } = usePaged(
    (cursor) =>
      ok(api.accounts.api.me.notifications.$get({ query: { limit: '20', ...(cursor ? { cursor } : {}) } })),
    [],
  );
  const programName = (id: string) => ctx.me.memberships.find((m) => m.programId === id)?.programName;
  useMarkRead(request.data?.items[0]);

  return (
    <>
      <h1>{t('ambassadorHome.notifications.title')}</h1>
      <Async request={request} label={t('ambassadorHome.notifications.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('ambassadorHome.notifications.none')}>
              <p>{t('ambassadorHome.notifications.noneText')}</p>
              <Link href={programPath(ctx.programId, 'challenges')}>
                {t('ambassadorHome.notifications.seeChallenges')}
              </Link>
            </Empty>
          ) : (
            <>
              <ul class="list notifications">
                {page.items.map((n) => {
                  const href = inAppPath(n.programId, n.link);
                  const other = n.programId !== ctx.programId ? programName(n.programId) : undefined;
                  return (
                    <li key={n.notificationId} class={`notification${n.read ? '' : ' unread'}`}>
                      <span class="notification-icon" aria-hidden="true">
                        {ICONS[n.type] ?? '•'}
                      </span>
                      <div class="notification-text">
                        <p class="notification-title">
                          {n.read ? null : (
                            <span class="unread-mark">{t('ambassadorHome.notifications.new')}</span>
                          )}
                          {href ? <AppLink href={href}>{n.title}</AppLink> : <strong>{n.title}</strong>}
                        </p>
                        {n.body ? <p class="notification-body">{readable(n.body)}</p> : null}
                        <p class="small muted">
                          <time dateTime={n.createdAt}>{formatLocalTime(n.createdAt)}</time>
                          {other ? ` · ${other}` : ''}
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ul>
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </>
  );
}

/** Bodies may carry raw ISO instants ("Open until 2026-12-13T19:54:36.367Z"): show them as dates. */
function readable(body: string): string {
  return body.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g, (iso) =>
    formatLocalTime(iso),
  );
}
