import { t } from '../../i18n/i18n.ts';
import { platformName } from '../../ui/format.ts';
import type { ChallengeView } from './common.tsx';

/** What a post needs to count for a challenge, or, for a sales goal, what counts instead. */
export function ChallengeNeeds({ challenge }: { challenge: ChallengeView }) {
  const { requirements } = challenge;
  if (challenge.salesGoal !== undefined) return <p>{t('ambassadorPosts.needs.salesGoal')}</p>;
  return (
    <div class="requirements">
      <h3>{t('ambassadorPosts.needs.title')}</h3>
      <ul>
        <li>
          {t('ambassadorPosts.needs.platforms', {
            platforms: requirements.platforms.map((p) => platformName(p)).join(', '),
          })}
        </li>
        {requirements.hashtags.length ? (
          <li>{t('ambassadorPosts.needs.hashtags', { hashtags: requirements.hashtags.join(' ') })}</li>
        ) : null}
        {requirements.mentions.length ? (
          <li>{t('ambassadorPosts.needs.mentions', { mentions: requirements.mentions.join(' ') })}</li>
        ) : null}
        {requirements.disclosureRequired ? <li>{t('ambassadorPosts.needs.disclosure')}</li> : null}
        {challenge.maxSubmissionsPerAmbassador > 1 ? (
          <li>{t('ambassadorPosts.needs.maxPosts', { count: challenge.maxSubmissionsPerAmbassador })}</li>
        ) : null}
      </ul>
    </div>
  );
}
