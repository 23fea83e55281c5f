import type { ComponentChildren } from 'preact';
import { ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { formatDate, lastDay, platformName, tierName } from '../../../ui/format.ts';
import { Button, ErrorNotice } from '../../../ui/kit.tsx';
import { ReachBonusesTerm } from '../../../ui/reach-bonuses.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import { useAction } from '../../../use-request.ts';
import { type Challenge, challengesApi, PLATFORMS } from './challenges-api.ts';

/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

/** A challenge at a glance: when it runs, what it asks and earns; Publish and Edit. */
export function ChallengeCard({
  challenge,
  ctx,
  titleOf,
  register,
  onEdit,
  onPublished,
}: {
  challenge: Challenge;
  ctx: ProgramContext;
  titleOf: (id: string) => string | undefined;
  register: (element: HTMLElement | null) => void;
  onEdit: () => void;
  onPublished: (published: Challenge) => void;
}) {
  const { programId, program } = ctx;
  // Each card its own request: publishing one does not make every Publish button spin.
  const publish = useAction(async () => {
    const published = await ok(
      challengesApi[':challengeId'].publish.$post({
        param: { programId, challengeId: challenge.challengeId },
      }),
    );
    onPublished({ ...challenge, ...published });
  });
  const status = challenge.published ? challenge.status : 'draft';
  const tier = challenge.minTier ? tierName(program.tiers, challenge.minTier) : '';
  const req = challenge.requirements;
  const timeZone = program.timeZone;
  return (
    <article
      ref={register}
      tabIndex={-1}
      class="card m-challenge-card"
      aria-labelledby={`challenge-${challenge.challengeId}`}
    >
      <header class="card-header">
        <h3 id={`challenge-${challenge.challengeId}`}>{challenge.title}</h3>
        <StatusPill status={status} />
      </header>
      {challenge.brief ? <p class="m-brief">{challenge.brief}</p> : null}
      <dl class="m-facts small">
        <div>
          <dt>{t('challengesAdmin.card.runs')}</dt>
          <dd>
            {challenge.month ? (
              <>
                {formatDate(challenge.opensAt, { timeZone })} – {lastDay(challenge.closesAt, timeZone)}{' '}
                <span class="muted">({timeZone})</span>
              </>
            ) : (
              <>
                {formatDate(challenge.opensAt, { withTime: true, timeZone })} –{' '}
                {formatDate(challenge.closesAt, { withTime: true, timeZone })}{' '}
                <span class="muted">({timeZone})</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('challengesAdmin.card.points')}</dt>
          <dd>{challenge.points}</dd>
        </div>
        <div>
          <dt>{t('challengesAdmin.card.slots')}</dt>
          <dd>
            {challenge.slots
              ? t('challengesAdmin.card.slotsTaken', { used: challenge.slotsUsed, slots: challenge.slots })
              : t('challengesAdmin.card.unlimited')}
          </dd>
        </div>
        {challenge.salesGoal ? (
          <div>
            <dt>{t('challengesAdmin.card.salesGoal')}</dt>
            <dd>{t('challengesAdmin.card.sales', { count: challenge.salesGoal })}</dd>
          </div>
        ) : null}
        <ReachBonusesTerm bonuses={challenge.reachBonuses} />
        {tier ? (
          <div>
            <dt>{t('challengesAdmin.card.minTier')}</dt>
            <dd>{tier}</dd>
          </div>
        ) : null}
        {challenge.prerequisites.length ? (
          <div>
            <dt>{t('challengesAdmin.card.needsFirst')}</dt>
            <dd>
              {challenge.prerequisites
                .map((id) => titleOf(id) ?? t('challengesAdmin.card.earlierChallenge'))
                .join(', ')}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('challengesAdmin.card.postsOn')}</dt>
          <dd>
            {req.platforms.length === PLATFORMS.length
              ? t('challengesAdmin.card.anyPlatform')
              : req.platforms.map(platformName).join(', ')}
          </dd>
        </div>
        {req.hashtags.length || req.mentions.length ? (
          <div>
            <dt>{t('challengesAdmin.card.mustInclude')}</dt>
            <dd>{[...req.hashtags, ...req.mentions].join(' ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('challengesAdmin.card.disclosure')}</dt>
          <dd>
            {t(req.disclosureRequired ? 'challengesAdmin.card.required' : 'challengesAdmin.card.notRequired')}
          </dd>
        </div>
      </dl>
      {publish.error ? <ErrorNotice error={publish.error} /> : null}
      <div class="actions">
        {challenge.published ? null : (
          <Button variant="primary" busy={publish.busy} onClick={() => void publish.run()}>
            {tx('challengesAdmin.card.publish', { title: challenge.title, hidden })}
          </Button>
        )}
        {challenge.status === 'closed' ? null : (
          <Button variant="secondary" disabled={publish.busy} onClick={onEdit}>
            {tx('challengesAdmin.card.edit', { title: challenge.title, hidden })}
          </Button>
        )}
      </div>
      {challenge.published ? (
        <p class="muted small">
          {t('challengesAdmin.card.publishedAt', {
            date: formatDate(challenge.publishedAt, { withTime: true }),
          })}
        </p>
      ) : (
        <p class="muted small">{t('challengesAdmin.card.draft')}</p>
      )}
    </article>
  );
}
