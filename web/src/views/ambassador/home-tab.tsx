import { useEffect } from 'preact/hooks';
import { t, tx } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { formatCount, formatDate } from '../../ui/format.ts';
import { Stat } from '../../ui/kit.tsx';
import './ambassador.css';
import { AppLink, inAppPath } from './common.tsx';
import { LeaveCard } from './leave-card.tsx';
import { FixYourPost, Moments, useMoments, useSentBack } from './moments.tsx';
import { PublicPageCard } from './public-page-card.tsx';
import { ReferralCard, useLinks } from './referral-card.tsx';

/** The ambassador's start: the next step, progress toward the next tier, badges and links to share. */
export function HomeTab({ ctx }: { ctx: ProgramContext }) {
  const { membership, programId } = ctx;
  const links = useLinks(programId);
  const name = ctx.me.user.name?.split(' ')[0];
  const { firstVisit, moments, dismiss } = useMoments(ctx);
  // Deep links such as …/home#referral from a next step on another tab.
  useEffect(() => {
    const hash = location.hash.slice(1);
    if (hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <>
      <h1>
        {firstVisit
          ? name
            ? t('ambassadorHome.home.welcomeName', { name })
            : t('ambassadorHome.home.welcome')
          : name
            ? t('ambassadorHome.home.hiName', { name })
            : t('ambassadorHome.home.welcomeBack')}
      </h1>
      <Moments moments={moments} onDismiss={dismiss} />
      <div class="home-grid">
        <div class="home-main">
          <NextStep ctx={ctx} />
          <Progress ctx={ctx} />
        </div>
        <div class="home-side">
          <ReferralCard ctx={ctx} links={links} />
          <PublicPageCard ctx={ctx} links={links} />
          <Invite ctx={ctx} />
          <LeaveCard ctx={ctx} />
        </div>
      </div>
      <p class="muted small">
        {tx('ambassadorHome.home.foot', {
          program: membership.programName,
          link: (words) => <AppLink href={programPath(programId, 'notifications')}>{words}</AppLink>,
        })}
      </p>
    </>
  );
}

/** Steps for a membership without a journey yet: their words are looked up as they are drawn. */
const FALLBACK_STEPS: readonly { action: string; reason: MessageKey; link: string }[] = [
  { action: 'view_challenges', reason: 'ambassadorHome.home.step.challenges', link: '/challenges' },
  { action: 'share_link', reason: 'ambassadorHome.home.step.shareLink', link: '/links' },
];

type JourneyStep = NonNullable<ProgramContext['membership']['journey']>['next'][number];

/** Each next step's sentence, by its code (the journey's `reason` is the English). */
const STEP_WORDS: Record<Exclude<JourneyStep['code'], 'reapply' | 'post_about_gift'>, MessageKey> = {
  view_challenges: 'ambassadorHome.home.step.challenges',
  submit_post: 'ambassadorHome.home.step.submitPost',
  share_link: 'ambassadorHome.home.step.shareAnyLink',
  share_where_audience: 'ambassadorHome.home.step.shareWhereAudience',
  links_sell: 'ambassadorHome.home.step.linksSell',
  invite_friend: 'ambassadorHome.home.step.inviteFriend',
  wait_for_review: 'ambassadorHome.home.step.waitForReview',
};

/** A next step in the reader's words; a gift's due day in the program's zone. */
function stepWords(step: JourneyStep, timeZone: string): string {
  if (step.code === 'reapply') return t('ambassadorHome.home.step.reapply', { days: step.days ?? 0 });
  if (step.code === 'post_about_gift')
    return t('ambassadorHome.home.step.postAboutGift', {
      reward: step.rewardTitle ?? '',
      date: formatDate(step.dueAt, { timeZone }),
    });
  return t(STEP_WORDS[step.code]);
}

/** The journey's next steps; a post sent back for changes comes first, since its slot is waiting. */
function NextStep({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const steps = ctx.membership.journey?.next.length
    ? ctx.membership.journey.next.map((step) => ({ ...step, reason: stepWords(step, ctx.program.timeZone) }))
    : FALLBACK_STEPS.map((step) => ({ ...step, reason: t(step.reason) }));
  const sentBack = useSentBack(programId);
  return (
    <section class="card next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('ambassadorHome.home.nextStep')}</h2>
      <ol class="steps">
        {sentBack ? (
          <li key="fix_post">
            <FixYourPost programId={programId} post={sentBack} />
          </li>
        ) : null}
        {steps.map((step, i) => {
          const href = inAppPath(programId, step.link) ?? programPath(programId, 'challenges');
          return (
            <li key={step.action}>
              <AppLink href={href} class={i === 0 && !sentBack ? 'button primary' : 'button secondary'}>
                {step.reason}
              </AppLink>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Progress({ ctx }: { ctx: ProgramContext }) {
  const progress = ctx.membership.progress;
  const program = ctx.program;
  if (!progress)
    return (
      <section class="card" aria-labelledby="progress-title">
        <h2 id="progress-title">{t('ambassadorHome.home.progress')}</h2>
        <p class="muted">{t('ambassadorHome.home.progressNone')}</p>
      </section>
    );
  const figures = ctx.membership.journey?.figures;
  const next = progress.nextTier;
  const tierFloor = program.tiers.find((t) => t.id === progress.tier.id)?.minPoints ?? 0;
  const span = next ? next.minPoints - tierFloor : 0;
  const done = next ? Math.min(span, Math.max(0, progress.lifetimePoints - tierFloor)) : 0;
  const held = new Set(progress.badges);
  const badges = program.badges;
  const earned = badges.filter((b) => held.has(b.id));
  const open = badges.filter((b) => !held.has(b.id));

  return (
    <section class="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('ambassadorHome.home.progress')}</h2>
      <div class="stats">
        <Stat label={t('ambassadorHome.home.points')} value={formatCount(progress.points)} />
        <Stat label={t('ambassadorHome.home.tier')} value={progress.tier.name} />
        <Stat label={t('ambassadorHome.home.approvedPosts')} value={formatCount(progress.approvedPosts)} />
        <Stat label={t('ambassadorHome.home.recruits')} value={formatCount(progress.recruits)} />
        {figures?.posts ? (
          <>
            <Stat label={t('ambassadorHome.home.views')} value={formatCount(figures.views)} />
            <Stat label={t('ambassadorHome.home.reached')} value={formatCount(figures.reach)} />
          </>
        ) : null}
      </div>
      {next ? (
        <div class="tier-progress">
          <label for="tier-progress">
            {tx('ambassadorHome.home.toGo', {
              points: next.pointsToGo,
              tier: next.name,
              strong: (words) => <strong>{words}</strong>,
            })}
          </label>
          <progress id="tier-progress" max={span} value={done} />
          <p class="small muted">
            {t('ambassadorHome.home.lifetime', { points: progress.lifetimePoints, needed: next.minPoints })}
          </p>
        </div>
      ) : (
        <p>{t('ambassadorHome.home.topTier')}</p>
      )}
      <h3>{t('ambassadorHome.home.badges')}</h3>
      {earned.length ? (
        <ul class="badges">
          {earned.map((badge) => (
            <li key={badge.id} class="badge earned">
              <span aria-hidden="true">★ </span>
              <strong>{badge.name}</strong>
              {badge.description ? <span class="small muted"> · {badge.description}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('ambassadorHome.home.noBadges')}</p>
      )}
      {open.length ? (
        <details class="badges-to-earn">
          <summary>{t('ambassadorHome.home.badgesToEarn', { count: open.length })}</summary>
          <ul class="badges">
            {open.map((badge) => (
              <li key={badge.id} class="badge">
                <span aria-hidden="true">☆ </span>
                {badge.name}
                {badge.description ? <span class="small muted"> · {badge.description}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Invite({ ctx }: { ctx: ProgramContext }) {
  const code = ctx.membership.referralCode;
  if (!code) return null;
  const invite = `${location.origin}/p/${encodeURIComponent(ctx.membership.programSlug)}?ref=${encodeURIComponent(code)}`;
  const points = ctx.program.pointsPerRecruit;
  return (
    <section class="card" id="invite" tabIndex={-1} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('ambassadorHome.home.invite')}</h2>
      <p class="small muted">
        {points ? t('ambassadorHome.home.inviteTextPoints', { points }) : t('ambassadorHome.home.inviteText')}
      </p>
      <p class="referral-link">
        <a href={invite}>{invite}</a>
      </p>
      <CopyButton text={invite} label={t('ambassadorHome.home.copyInvite')} />
    </section>
  );
}
