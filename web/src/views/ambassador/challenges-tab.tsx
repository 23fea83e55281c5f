import { useState } from 'preact/hooks';
import { rememberTitles } from '../../api/challenge-titles.ts';
import { api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatDate, lastDay, monthName, tierName } from '../../ui/format.ts';
import { Async, Empty, Notice, StatusPill } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useRequest } from '../../use-request.ts';
import './ambassador.css';
import { ReachBonusesTerm } from '../../ui/reach-bonuses.tsx';
import { ChallengeNeeds } from './challenge-needs.tsx';
import {
  type ChallengeView,
  NextActions,
  type Submission,
  type SubmitResult,
  timeLeft,
  useScrollTo,
  zoneNote,
} from './common.tsx';
import { PostForm } from './post-form.tsx';
import { rightsOffer } from './rights-fields.tsx';
import { SubmissionItem } from './submission-item.tsx';

const programs = api.challenges.api.programs[':programId'];

/** This month's challenges: what to do, by when, what it earns, and the form to take part. */
export function ChallengesTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const request = useRequest(async () => {
    const [challenges, mine] = await Promise.all([
      ok(programs.challenges.$get({ param: { programId }, query: {} })),
      allMySubmissions(programId),
    ]);
    rememberTitles(programId, challenges.items);
    return { challenges, mine };
  }, [programId]);
  const focus = ctx.rest[0];
  useScrollTo(focus ? `challenge-${focus}` : undefined, request.data !== undefined);

  return (
    <>
      <h1>Challenges</h1>
      <Async request={request} label="Loading this month's challenges…">
        {({ challenges, mine }) => {
          const items = [...challenges.items].sort(
            (a, b) => rankOf(a) - rankOf(b) || a.closesAt.localeCompare(b.closesAt),
          );
          return (
            <>
              <p class="muted">{monthName(challenges.month)}</p>
              {items.length === 0 ? (
                <Empty title="No challenges this month yet">
                  <p>New challenges appear here when they open; you get a notification too.</p>
                  <Link href={programPath(programId, 'gallery')}>See what others have posted</Link>
                </Empty>
              ) : (
                <div class="challenge-list">
                  {items.map((challenge) => (
                    <ChallengeCard
                      key={challenge.challengeId}
                      ctx={ctx}
                      challenge={challenge}
                      mine={mine.filter((s) => s.challengeId === challenge.challengeId)}
                      focused={focus === challenge.challengeId}
                      onChanged={() => {
                        request.reload();
                        ctx.reloadMe();
                      }}
                    />
                  ))}
                </div>
              )}
            </>
          );
        }}
      </Async>
    </>
  );
}

/** Every one of the caller's own posts, page by page (a person's own posts: a few pages at most). */
async function allMySubmissions(programId: string): Promise<Submission[]> {
  const items: Submission[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(
      programs.submissions.$get({
        param: { programId },
        query: { limit: '100', ...(cursor ? { cursor } : {}) },
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

function ChallengeCard({
  ctx,
  challenge,
  mine,
  focused,
  onChanged,
}: {
  ctx: ProgramContext;
  challenge: ChallengeView;
  mine: Submission[];
  focused: boolean;
  onChanged: () => void;
}) {
  const { programId } = ctx;
  const [result, setResult] = useState<SubmitResult | undefined>();
  const { requirements } = challenge;
  const headingId = `challenge-${challenge.challengeId}-title`;
  const used = Math.max(challenge.mySubmissions ?? 0, mine.length);
  const canSubmit =
    challenge.status === 'open' &&
    !challenge.locked &&
    challenge.salesGoal === undefined &&
    used < challenge.maxSubmissionsPerAmbassador &&
    challenge.slotsLeft !== 0;
  const { tiers, timeZone } = ctx.program;

  return (
    <article
      id={`challenge-${challenge.challengeId}`}
      tabIndex={-1}
      class={`card challenge${challenge.locked ? ' locked' : ''}${focused ? ' focused' : ''}`}
      aria-labelledby={headingId}
    >
      <header class="challenge-head">
        <h2 id={headingId}>{challenge.title}</h2>
        <div class="challenge-tags">
          {challenge.locked ? (
            <span class="pill locked-pill">Locked</span>
          ) : (
            <StatusPill status={challenge.status} />
          )}
          {challenge.completed ? <span class="pill approved">Done</span> : null}
        </div>
      </header>
      <dl class="facts">
        <div>
          <dt>Points</dt>
          <dd>{challenge.points}</dd>
        </div>
        {challenge.status === 'scheduled' ? (
          <div>
            <dt>Opens</dt>
            <dd>
              <time dateTime={challenge.opensAt}>{formatDate(challenge.opensAt, { timeZone })}</time>
              {zoneNote(timeZone)}
            </dd>
          </div>
        ) : (
          <div>
            <dt>Deadline</dt>
            <dd>
              {/* closesAt is the first instant after the window: show its last day, in the program's zone. */}
              <time dateTime={challenge.closesAt}>{lastDay(challenge.closesAt, timeZone)}</time>
              {zoneNote(timeZone)} <span class="muted">· {timeLeft(challenge.closesAt)}</span>
            </dd>
          </div>
        )}
        {challenge.slots !== undefined ? (
          <div>
            <dt>Slots left</dt>
            <dd>
              {challenge.slotsLeft ?? Math.max(0, challenge.slots - challenge.slotsUsed)} of {challenge.slots}
            </dd>
          </div>
        ) : null}
        {challenge.salesGoal !== undefined ? (
          <div>
            <dt>Sales goal</dt>
            <dd>
              {challenge.mySales ?? 0} of {challenge.salesGoal} sales
            </dd>
          </div>
        ) : null}
        <ReachBonusesTerm bonuses={challenge.reachBonuses} />
        {challenge.minTier ? (
          <div>
            <dt>Tier</dt>
            <dd>{tierName(tiers, challenge.minTier)} and above</dd>
          </div>
        ) : null}
      </dl>
      {challenge.brief ? <p class="brief">{challenge.brief}</p> : null}
      <ChallengeNeeds challenge={challenge} />
      {challenge.unlocks.length ? (
        <p class="small">
          Finishing this unlocks:{' '}
          {challenge.unlocks.map((u, i) => (
            <span key={u.challengeId}>
              {i ? ', ' : ''}
              <Link href={programPath(programId, 'challenges', u.challengeId)}>{u.title}</Link>
            </span>
          ))}
        </p>
      ) : null}

      {challenge.locked ? (
        <Notice kind="info">
          <p>
            <strong>Locked: </strong>
            {challenge.lock?.message ?? 'This challenge is not open to you yet.'}
          </p>
          {challenge.lock?.code === 'tier' ? (
            <p class="small">
              Earn points to reach {tierName(tiers, challenge.lock.tier) || 'the next tier'}:{' '}
              <Link href={programPath(programId, 'home')}>see your progress</Link>.
            </p>
          ) : null}
        </Notice>
      ) : null}

      {mine.length ? (
        <div class="my-submissions">
          <h3>Your posts for this challenge</h3>
          <ul class="list">
            {mine.map((submission) => (
              <li key={submission.submissionId}>
                <SubmissionItem ctx={ctx} submission={submission} compact onChanged={onChanged} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div aria-live="polite">
        {result ? (
          <div class="notice success submitted" role="status">
            <p>
              <strong>Submitted.</strong> Your post is waiting for review; you will get a notification when it
              is decided.
            </p>
            <NextActions programId={programId} next={result.next} />
          </div>
        ) : null}
      </div>

      {canSubmit ? (
        <div class="submit-area">
          <h3>Submit your post</h3>
          <PostForm
            programId={programId}
            requirements={requirements}
            rights={rightsOffer(ctx.program, challenge.rightsRequired)}
            submitLabel="Submit post"
            onSend={async (input) => {
              const sent = await ok(
                programs.challenges[':challengeId'].submissions.$post({
                  param: { programId, challengeId: challenge.challengeId },
                  json: input,
                }),
              );
              setResult(sent);
              toast('Post submitted for review');
              onChanged();
            }}
          />
        </div>
      ) : !challenge.locked && challenge.status === 'open' && challenge.salesGoal === undefined ? (
        <p class="muted small">
          {challenge.slotsLeft === 0
            ? 'All slots are taken.'
            : `You have made the ${challenge.maxSubmissionsPerAmbassador === 1 ? 'submission' : `${challenge.maxSubmissionsPerAmbassador} submissions`} this challenge allows.`}
        </p>
      ) : challenge.status === 'closed' ? (
        <p class="muted small">This challenge has closed.</p>
      ) : null}
    </article>
  );
}
