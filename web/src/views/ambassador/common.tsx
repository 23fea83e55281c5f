import type { InferResponseType } from 'hono/client';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';

const programs = api.challenges.api.programs[':programId'];

export type ChallengeList = InferResponseType<(typeof programs)['challenges']['$get'], 200>;
export type ChallengeView = ChallengeList['items'][number];
export type SubmissionPage = InferResponseType<(typeof programs)['submissions']['$get'], 200>;
export type Submission = SubmissionPage['items'][number];
export type SubmitResult = InferResponseType<
  (typeof programs)['challenges'][':challengeId']['submissions']['$post'],
  201
>;
export type NextAction = SubmitResult['next'][number];

/** "closes in 3 days", "closes today", "closed": how long is left, in words. */
export function timeLeft(closesAt: string, now = Date.now()): string {
  const ms = Date.parse(closesAt) - now;
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return t('ambassadorPosts.timeLeft.closed');
  const hours = ms / 3_600_000;
  if (hours < 24)
    return hours < 1
      ? t('ambassadorPosts.timeLeft.withinHour')
      : t('ambassadorPosts.timeLeft.hours', { count: Math.floor(hours) });
  return t('ambassadorPosts.timeLeft.days', { count: Math.floor(hours / 24) });
}

/**
 * Where a path the API names (a notification's or journey step's link, a next action's href)
 * leads inside the ambassador's view; undefined when it is not an in-app page.
 */
export function inAppPath(programId: string, link: string | undefined): string | undefined {
  if (!link) return undefined;
  const path = link.split('?')[0] ?? '';
  const query = new URLSearchParams(link.split('?')[1] ?? '');
  const programMatch = /^\/programs\/([^/]+)\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (programMatch) {
    const [, id = programId, section, item] = programMatch;
    const target = decodeURIComponent(id);
    if (section === 'submissions') return programPath(target, 'posts', ...(item ? [item] : []));
    if (section === 'challenges') return programPath(target, 'challenges', ...(item ? [item] : []));
    if (section === 'gallery') return programPath(target, 'gallery');
    return programPath(target, section);
  }
  // The gallery's API address (a submission's next action): the gallery tab, for that challenge.
  const galleryApi = /^\/api\/programs\/([^/]+)\/gallery$/.exec(path);
  if (galleryApi) {
    const challengeId = query.get('challengeId');
    return programPath(
      decodeURIComponent(galleryApi[1] ?? programId),
      'gallery',
      ...(challengeId ? [challengeId] : []),
    );
  }
  switch (path) {
    case '/challenges':
      return programPath(programId, 'challenges');
    case '/links':
      return `${programPath(programId, 'home')}#referral`;
    case '/invite':
      return `${programPath(programId, 'home')}#invite`;
    case '/me':
      return programPath(programId, 'home');
    case '/gallery':
      return programPath(programId, 'gallery');
    case '/leaderboard':
      return programPath(programId, 'leaderboard');
    default:
      if (path.startsWith('/r/')) return `${programPath(programId, 'home')}#referral`;
      return undefined;
  }
}

/** An in-app link that also works for `#anchors` on the page it leads to. */
export function AppLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  const [path, hash] = href.split('#');
  const onSamePage = hash !== undefined && path === location.pathname;
  if (onSamePage)
    return (
      <a
        href={`#${hash}`}
        class={className}
        onClick={(event) => {
          event.preventDefault();
          const target = document.getElementById(hash);
          target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          target?.focus({ preventScroll: true });
        }}
      >
        {children}
      </a>
    );
  return (
    <Link href={href} class={className}>
      {children}
    </Link>
  );
}

/** The next actions the API suggests after a submission: each a link, never a dead end. */
/** A next action after a post, in the reader's words (the answer's `label` is the English). */
function actionWords(action: NextAction): string {
  switch (action.action) {
    case 'share_referral_link':
      return t('ambassadorPosts.next.shareReferralLink');
    case 'view_gallery':
      return t('ambassadorPosts.next.viewGallery');
    case 'unlocks_challenge':
      return action.title ? t('ambassadorPosts.next.unlocks', { title: action.title }) : action.label;
    default:
      return action.label;
  }
}

export function NextActions({ programId, next }: { programId: string; next: readonly NextAction[] }) {
  if (next.length === 0) return null;
  return (
    <div class="next-actions">
      <p class="small muted">{t('ambassadorPosts.next.title')}</p>
      <ul class="list">
        {next.map((action) => {
          const href =
            action.action === 'unlocks_challenge' || action.action === 'next_challenge'
              ? programPath(programId, 'challenges', ...(action.challengeId ? [action.challengeId] : []))
              : inAppPath(programId, action.href);
          return (
            <li key={action.action + (action.challengeId ?? '')}>
              {href ? <AppLink href={href}>{actionWords(action)}</AppLink> : actionWords(action)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Scrolls to and focuses the element with this id once it is on the page (deep links, #anchors). */
export function useScrollTo(id: string | undefined, ready: boolean): void {
  useEffect(() => {
    if (!id || !ready) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [id, ready]);
}

/** The reader's own time zone, e.g. "Europe/Berlin" (empty when the browser does not say). */
const readerZone = (() => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
})();

/** " (Europe/Berlin)" when the program's zone is not the reader's, so a date says whose day it is. */
export function zoneNote(timeZone: string): string {
  return timeZone && timeZone !== readerZone ? ` (${timeZone})` : '';
}
