import { useEffect, useState } from 'preact/hooks';
import { rememberTitles } from '../../api/challenge-titles.ts';
import { api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatDate, formatList, lastDay, tierName } from '../../ui/format.ts';
import { Async, Notice } from '../../ui/kit.tsx';
import { ReachBonusesTerm } from '../../ui/reach-bonuses.tsx';
import { toast } from '../../ui/toast.tsx';
import { useRequest } from '../../use-request.ts';
import './ambassador.css';
import { ChallengeNeeds } from './challenge-needs.tsx';
import { mySubmissions, standing } from './challenges-tab.tsx';
import { type ChallengeView, NextActions, type Submission, type SubmitResult, timeLeft } from './common.tsx';
import { ChallengeGallery } from './gallery-tab.tsx';
import { PostForm } from './post-form.tsx';
import { rightsOffer } from './rights-fields.tsx';
import { SubmissionItem } from './submission-item.tsx';

const programs = api.challenges.api.programs[':programId'];

/** Why the challenge is locked, in the reader's words: from the lock's code and values, never its English. */
function lockReason(lock: ChallengeView['lock'], tiers: ProgramContext['program']['tiers']): string {
  if (lock?.code === 'tier' && lock.tier)
    return t('ambassadorPosts.challenge.lock.tier', { tier: tierName(tiers, lock.tier) });
  const titles = lock?.titles ?? lock?.challengeIds;
  if (lock?.code === 'prerequisite' && titles?.length) {
    const names = titles.map((title) => t('ambassadorPosts.challenge.lock.title', { title }));
    return t('ambassadorPosts.challenge.lock.prerequisite', { names: formatList(names) });
  }
  return t('ambassadorPosts.challenge.notOpenToYou');
}

/** One challenge's page: the brief, what the post needs, the deadline, the post form and its gallery. */
export function ChallengePage({ ctx, challengeId }: { ctx: ProgramContext; challengeId: string }) {
  const { programId } = ctx;
  const request = useRequest(async () => {
    const [challenge, mine] = await Promise.all([
      ok(programs.challenges[':challengeId'].$get({ param: { programId, challengeId } })),
      mySubmissions(programId, challengeId),
    ]);
    rememberTitles(programId, [challenge]);
    return { challenge, mine };
  }, [programId, challengeId]);
  // A link to one of the posts (…#submission-{id}, Home's "Fix your post"): to it once it is here.
  const ready = request.data !== undefined;
  useEffect(() => {
    const hash = location.hash.slice(1);
    const target = hash ? document.getElementById(hash) : null;
    if (!ready || !target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready]);

  return (
    <Async request={request} label={t('ambassadorPosts.challenge.loading')}>
      {({ challenge, mine }) => (
        <Challenge
          ctx={ctx}
          challenge={challenge}
          mine={mine}
          onChanged={() => {
            request.reload();
            ctx.reloadMe();
          }}
        />
      )}
    </Async>
  );
}

function Challenge({
  ctx,
  challenge,
  mine,
  onChanged,
}: {
  ctx: ProgramContext;
  challenge: ChallengeView;
  mine: Submission[];
  onChanged: () => void;
}) {
  const { programId } = ctx;
  const { tiers, timeZone } = ctx.program;
  const [result, setResult] = useState<SubmitResult | undefined>();
  const used = Math.max(challenge.mySubmissions ?? 0, mine.length);
  const canSubmit =
    challenge.status === 'open' &&
    !challenge.locked &&
    challenge.salesGoal === undefined &&
    used < challenge.maxSubmissionsPerAmbassador &&
    challenge.slotsLeft !== 0;
  const state = standing(challenge, mine);

  return (
    <article class={`challenge-page${challenge.locked ? ' locked' : ''}`} aria-labelledby="challenge-title">
      <p class="small">
        <Link href={programPath(programId, 'challenges')}>
          <span aria-hidden="true">← </span>
          {t('ambassadorPosts.challenge.all')}
        </Link>
      </p>
      <header class="challenge-head">
        <h1 id="challenge-title">{challenge.title}</h1>
        <span class={`pill ${state.pill}`}>{state.label}</span>
      </header>
      <div class={`card challenge${challenge.locked ? ' locked' : ''}`}>
        <dl class="facts">
          <div>
            <dt>{t('ambassadorPosts.challenge.points')}</dt>
            <dd>{challenge.points}</dd>
          </div>
          {challenge.status === 'scheduled' ? (
            <div>
              <dt>{t('ambassadorPosts.challenge.opens')}</dt>
              <dd>
                <time dateTime={challenge.opensAt}>{formatDate(challenge.opensAt, { timeZone })}</time>
                {` (${timeZone})`}
              </dd>
            </div>
          ) : (
            <div>
              <dt>{t('ambassadorPosts.challenge.deadline')}</dt>
              <dd>
                {/* closesAt is the first instant after the window: its last day, in the program's zone. */}
                <time dateTime={challenge.closesAt}>{lastDay(challenge.closesAt, timeZone)}</time>
                {` (${timeZone})`} <span class="muted">· {timeLeft(challenge.closesAt)}</span>
              </dd>
            </div>
          )}
          {challenge.slots !== undefined ? (
            <div>
              <dt>{t('ambassadorPosts.challenge.slotsLeft')}</dt>
              <dd>
                {t('ambassadorPosts.challenge.slotsOf', {
                  left: challenge.slotsLeft ?? Math.max(0, challenge.slots - challenge.slotsUsed),
                  slots: challenge.slots,
                })}
              </dd>
            </div>
          ) : null}
          {challenge.salesGoal !== undefined ? (
            <div>
              <dt>{t('ambassadorPosts.challenge.salesGoal')}</dt>
              <dd>
                {t('ambassadorPosts.challenge.salesOf', {
                  sales: challenge.mySales ?? 0,
                  goal: challenge.salesGoal,
                })}
              </dd>
            </div>
          ) : null}
          <ReachBonusesTerm bonuses={challenge.reachBonuses} />
          {challenge.minTier ? (
            <div>
              <dt>{t('ambassadorPosts.challenge.tier')}</dt>
              <dd>
                {t('ambassadorPosts.challenge.tierAndAbove', { tier: tierName(tiers, challenge.minTier) })}
              </dd>
            </div>
          ) : null}
        </dl>
        {challenge.brief ? <p class="brief">{challenge.brief}</p> : null}
        <ChallengeNeeds challenge={challenge} />
        {challenge.unlocks.length ? (
          <p class="small">
            {tx('ambassadorPosts.challenge.unlocks', {
              challenges: challenge.unlocks.map((u, i) => (
                <span key={u.challengeId}>
                  {i ? ', ' : ''}
                  <Link href={programPath(programId, 'challenges', u.challengeId)}>{u.title}</Link>
                </span>
              )),
            })}
          </p>
        ) : null}
        {challenge.locked ? (
          <Notice kind="info">
            <p>
              {tx('ambassadorPosts.challenge.locked', {
                strong: (words) => <strong>{words}</strong>,
                reason: lockReason(challenge.lock, tiers),
              })}
            </p>
            {challenge.lock?.code === 'tier' ? (
              <p class="small">
                {tierName(tiers, challenge.lock.tier)
                  ? tx('ambassadorPosts.challenge.reachTier', {
                      tier: tierName(tiers, challenge.lock.tier),
                      link: (words) => <Link href={programPath(programId, 'home')}>{words}</Link>,
                    })
                  : tx('ambassadorPosts.challenge.reachNextTier', {
                      link: (words) => <Link href={programPath(programId, 'home')}>{words}</Link>,
                    })}
              </p>
            ) : null}
          </Notice>
        ) : null}
      </div>

      {mine.length ? (
        <section class="card my-posts" aria-labelledby="my-posts-title">
          <h2 id="my-posts-title">{t('ambassadorPosts.challenge.mine')}</h2>
          <ul class="list">
            {mine.map((submission) => (
              <li key={submission.submissionId}>
                <SubmissionItem ctx={ctx} submission={submission} compact onChanged={onChanged} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div aria-live="polite">
        {result ? (
          <div class="notice success submitted" role="status">
            <p>
              {tx('ambassadorPosts.challenge.submitted', { strong: (words) => <strong>{words}</strong> })}
            </p>
            <NextActions programId={programId} next={result.next} />
          </div>
        ) : null}
      </div>

      {canSubmit ? (
        <section class="card submit-area" aria-labelledby="submit-title">
          <h2 id="submit-title">{t('ambassadorPosts.challenge.submitTitle')}</h2>
          <PostForm
            programId={programId}
            requirements={challenge.requirements}
            rights={rightsOffer(ctx.program, challenge.rightsRequired)}
            submitLabel={t('ambassadorPosts.challenge.submit')}
            onSend={async (input) => {
              const sent = await ok(
                programs.challenges[':challengeId'].submissions.$post({
                  param: { programId, challengeId: challenge.challengeId },
                  json: input,
                }),
              );
              setResult(sent);
              toast(t('ambassadorPosts.challenge.submittedToast'));
              onChanged();
            }}
          />
        </section>
      ) : !challenge.locked && challenge.status === 'open' && challenge.salesGoal === undefined ? (
        <p class="muted small">
          {challenge.slotsLeft === 0
            ? t('ambassadorPosts.challenge.slotsTaken')
            : t('ambassadorPosts.challenge.allUsed', { count: challenge.maxSubmissionsPerAmbassador })}
        </p>
      ) : challenge.status === 'closed' ? (
        <p class="muted small">{t('ambassadorPosts.challenge.closed')}</p>
      ) : null}

      <ChallengeGallery ctx={ctx} challengeId={challenge.challengeId} />
    </article>
  );
}
