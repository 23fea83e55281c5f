import { useEffect } from 'preact/hooks';
import { rememberTitles } from '../../api/challenge-titles.ts';
import { api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { lastDay, monthName } from '../../ui/format.ts';
import { Async, Empty } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import './ambassador.css';
import { ChallengePage } from './challenge-page.tsx';
import { type ChallengeView, type Submission, timeLeft } from './common.tsx';

const programs = api.challenges.api.programs[':programId'];

/**
 * This month's challenges as cards, each opening its own page
 * (`/programs/{id}/challenges/{challengeId}`) with the brief, the post form and its gallery.
 */
export function ChallengesTab({ ctx }: { ctx: ProgramContext }) {
  const challengeId = ctx.rest[0];
  if (challengeId) return <ChallengePage key={challengeId} ctx={ctx} challengeId={challengeId} />;
  return <ChallengeList ctx={ctx} />;
}

function ChallengeList({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const request = useRequest(async () => {
    const [challenges, mine] = await Promise.all([
      ok(programs.challenges.$get({ param: { programId }, query: {} })),
      mySubmissions(programId),
    ]);
    rememberTitles(programId, challenges.items);
    return { challenges, mine };
  }, [programId]);
  const ready = request.data !== undefined;
  // Back from a challenge's page: the list where it was (the position is kept in that history entry).
  useEffect(() => {
    const y = (history.state as { scrollY?: unknown } | null)?.scrollY;
    if (ready && typeof y === 'number') window.scrollTo(0, y);
  }, [ready]);
  const keepPosition = () => history.replaceState({ ...history.state, scrollY: window.scrollY }, '');

  return (
    <>
      <h1>{t('ambassadorPosts.challenges.title')}</h1>
      <Async request={request} label={t('ambassadorPosts.challenges.loading')}>
        {({ challenges, mine }) => {
          const items = [...challenges.items].sort(
            (a, b) => rankOf(a) - rankOf(b) || a.closesAt.localeCompare(b.closesAt),
          );
          return (
            <>
              <p class="muted">{monthName(challenges.month)}</p>
              {items.length === 0 ? (
                <Empty title={t('ambassadorPosts.challenges.empty')}>
                  <p>{t('ambassadorPosts.challenges.empty.text')}</p>
                  <Link href={programPath(programId, 'gallery')}>
                    {t('ambassadorPosts.challenges.empty.gallery')}
                  </Link>
                </Empty>
              ) : (
                <ul class="challenge-cards" onClickCapture={keepPosition}>
                  {items.map((challenge) => (
                    <ChallengeCard
                      key={challenge.challengeId}
                      ctx={ctx}
                      challenge={challenge}
                      mine={mine.filter((s) => s.challengeId === challenge.challengeId)}
                    />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Async>
    </>
  );
}

/**
 * The caller's own posts, page by page (a person's own posts: a few pages at most), for one
 * challenge or all of them.
 */
export async function mySubmissions(programId: string, challengeId?: string): Promise<Submission[]> {
  const items: Submission[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(
      programs.submissions.$get({
        param: { programId },
        query: { limit: '100', ...(challengeId ? { challengeId } : {}), ...(cursor ? { cursor } : {}) },
      }),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Open and unlocked first, then locked, then scheduled, then closed. */
function rankOf(c: ChallengeView): number {
  if (c.status === 'open') return c.locked ? 1 : 0;
  if (c.status === 'scheduled') return 2;
  return 3;
}

/** Where the ambassador stands with a challenge, in a word: their latest post's state first. */
export function standing(
  challenge: ChallengeView,
  mine: readonly Submission[],
): { label: string; pill: string } {
  const latest = [...mine].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
  if (mine.some((s) => s.status === 'changes_requested'))
    return { label: t('ambassadorPosts.standing.changesRequested'), pill: 'changes_requested' };
  if (challenge.completed || latest?.status === 'approved')
    return { label: t('ambassadorPosts.standing.approved'), pill: 'approved' };
  if (latest?.status === 'pending')
    return { label: t('ambassadorPosts.standing.submitted'), pill: 'pending' };
  if (challenge.locked) return { label: t('ambassadorPosts.standing.locked'), pill: 'locked-pill' };
  if (challenge.status === 'scheduled')
    return { label: t('ambassadorPosts.standing.opensSoon'), pill: 'scheduled' };
  if (challenge.status === 'closed') return { label: t('ambassadorPosts.standing.closed'), pill: 'closed' };
  return { label: t('ambassadorPosts.standing.open'), pill: 'open' };
}

/** One challenge in the list: its title is the link to its page; the rest of the card is a summary. */
function ChallengeCard({
  ctx,
  challenge,
  mine,
}: {
  ctx: ProgramContext;
  challenge: ChallengeView;
  mine: Submission[];
}) {
  const { programId } = ctx;
  const { timeZone } = ctx.program;
  const state = standing(challenge, mine);
  const slotsLeft =
    challenge.slots === undefined
      ? undefined
      : (challenge.slotsLeft ?? Math.max(0, challenge.slots - challenge.slotsUsed));
  return (
    <li class={`card challenge-card${challenge.locked ? ' locked' : ''}`}>
      <div class="challenge-head">
        <h2>
          <Link
            class="challenge-card-link"
            href={programPath(programId, 'challenges', challenge.challengeId)}
          >
            {challenge.title}
          </Link>
        </h2>
        <span class={`pill ${state.pill}`}>{state.label}</span>
      </div>
      <p class="challenge-card-facts small">
        <strong>{t('ambassadorPosts.card.points', { points: challenge.points })}</strong>
        {challenge.status === 'scheduled' ? null : (
          <>
            {' · '}
            {tx('ambassadorPosts.card.due', {
              date: <time dateTime={challenge.closesAt}>{lastDay(challenge.closesAt, timeZone)}</time>,
            })}
            {` (${timeZone})`} <span class="muted">· {timeLeft(challenge.closesAt)}</span>
          </>
        )}
        {slotsLeft !== undefined ? ` · ${t('ambassadorPosts.card.slotsLeft', { count: slotsLeft })}` : ''}
      </p>
    </li>
  );
}
