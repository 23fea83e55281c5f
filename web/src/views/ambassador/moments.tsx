import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MyMembership, ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { Button } from '../../ui/kit.tsx';
import type { Submission } from './common.tsx';

/**
 * What this browser last saw of a person in a program, kept in localStorage: whether they have
 * been here before, whether they were still waiting for a decision, their tier and badges. Home
 * compares it with now to greet a first visit and mark an approval, a new badge or a tier-up.
 */
export type Seen = { visited?: boolean; pending?: boolean; tier?: string; badges?: string[] };

const seenKey = (programId: string, userId: string) => `embassy.seen.${programId}.${userId}`;

export function readSeen(programId: string, userId: string): Seen | undefined {
  try {
    const raw = localStorage.getItem(seenKey(programId, userId));
    return raw ? (JSON.parse(raw) as Seen) : undefined;
  } catch {
    return undefined;
  }
}

export function writeSeen(programId: string, userId: string, seen: Seen): void {
  try {
    localStorage.setItem(seenKey(programId, userId), JSON.stringify(seen));
  } catch {
    // Private windows may refuse storage: the moments then simply do not come back.
  }
}

/** The shell notes an application still waiting, so the first visit after approval is marked. */
export function rememberPending(programId: string, userId: string): void {
  writeSeen(programId, userId, { ...readSeen(programId, userId), pending: true });
}

type Moment = { id: 'welcome' | 'approved' | 'badge' | 'tier'; title: string; text: string };

/** The moments due now, given what was seen last; none once each is dismissed. */
export function momentsFor(
  seen: Seen | undefined,
  membership: MyMembership,
  badgeNames: Record<string, string>,
  programName: string,
): Moment[] {
  const progress = membership.progress;
  const moments: Moment[] = [];
  if (seen?.pending || !seen?.visited)
    moments.push(
      seen?.pending
        ? {
            id: 'approved',
            title: t('ambassadorHome.moment.approved'),
            text: t('ambassadorHome.moment.approvedText', { program: programName }),
          }
        : {
            id: 'welcome',
            title: t('ambassadorHome.moment.welcome', { program: programName }),
            text: t('ambassadorHome.moment.welcomeText'),
          },
    );
  if (!progress || !seen?.visited) return moments;
  const newBadges = progress.badges.filter((id) => !(seen.badges ?? []).includes(id));
  if (seen.badges && newBadges.length)
    moments.push({
      id: 'badge',
      title: t('ambassadorHome.moment.badge', { count: newBadges.length }),
      text: t('ambassadorHome.moment.badgeText', {
        badges: newBadges.map((id) => badgeNames[id] ?? id).join(', '),
      }),
    });
  if (seen.tier && seen.tier !== progress.tier.id)
    moments.push({
      id: 'tier',
      title: t('ambassadorHome.moment.tier', { tier: progress.tier.name }),
      text: t('ambassadorHome.moment.tierText'),
    });
  return moments;
}

/** What is seen now, to compare the next visit with. */
const seenNow = (membership: MyMembership): Seen => ({
  visited: true,
  ...(membership.progress
    ? { tier: membership.progress.tier.id, badges: [...membership.progress.badges] }
    : { badges: [] }),
});

/**
 * Home's moments: a first visit's welcome, the approval, a new badge, a tier-up. Each stays until
 * it is dismissed (a reload does not lose it); a first visit counts as seen at once, so the next
 * visit greets as a returning one.
 */
export function useMoments(ctx: ProgramContext) {
  const { programId, membership } = ctx;
  const userId = ctx.me.user.id;
  const [seen] = useState(() => readSeen(programId, userId));
  const badgeNames = Object.fromEntries(ctx.program.badges.map((b) => [b.id, b.name]));
  const [moments, setMoments] = useState(() =>
    momentsFor(seen, membership, badgeNames, membership.programName),
  );
  useEffect(() => {
    // The first visit is seen from now on; tier and badges wait for their moment's dismissal.
    if (!seen?.visited) writeSeen(programId, userId, seenNow(membership));
  }, []);
  const dismiss = (id: Moment['id']) => {
    const left = moments.filter((m) => m.id !== id);
    setMoments(left);
    const stored = readSeen(programId, userId) ?? {};
    const now = seenNow(membership);
    writeSeen(programId, userId, {
      ...stored,
      visited: true,
      ...(id === 'approved' ? { pending: false } : {}),
      ...(id === 'badge' ? { badges: now.badges } : {}),
      ...(id === 'tier' ? { tier: now.tier } : {}),
    });
  };
  return { firstVisit: !seen?.visited && !seen?.pending, moments, dismiss };
}

export function Moments({
  moments,
  onDismiss,
}: {
  moments: readonly Moment[];
  onDismiss: (id: Moment['id']) => void;
}) {
  if (moments.length === 0) return null;
  return (
    <ul class="moments">
      {moments.map((moment) => (
        <li key={moment.id} class={`card moment moment-${moment.id}`}>
          <span class="moment-mark" aria-hidden="true">
            {moment.id === 'badge' ? '★' : moment.id === 'tier' ? '▲' : '✦'}
          </span>
          <div>
            <h2 class="moment-title">{moment.title}</h2>
            <p>{moment.text}</p>
          </div>
          <Button
            variant="secondary"
            aria-label={t('ambassadorHome.moment.dismissLabel', { title: moment.title })}
            onClick={() => onDismiss(moment.id)}
          >
            {t('ambassadorHome.moment.dismiss')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

const programs = api.challenges.api.programs[':programId'];

/** The ambassador's newest post that was sent back for changes, if any. */
export function useSentBack(programId: string): Submission | undefined {
  const [post, setPost] = useState<Submission | undefined>();
  useEffect(() => {
    let cancelled = false;
    ok(
      programs.submissions.$get({
        param: { programId },
        query: { status: 'changes_requested', limit: '1' },
      }),
    ).then(
      (page) => {
        if (!cancelled) setPost(page.items[0]);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [programId]);
  return post;
}

/** Where a post sent back is fixed: its challenge's page, at the post (with its "Resubmit"). */
export const fixPath = (programId: string, post: Submission) =>
  `${programPath(programId, 'challenges', post.challengeId)}#submission-${post.submissionId}`;

export function FixYourPost({ programId, post }: { programId: string; post: Submission }) {
  return (
    <Link href={fixPath(programId, post)} class="button primary">
      {t('ambassadorHome.moment.fixPost')}
    </Link>
  );
}
