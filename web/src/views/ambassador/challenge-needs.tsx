import { platformName } from '../../ui/format.ts';
import type { ChallengeView } from './common.tsx';

/** What a post needs to count for a challenge, or, for a sales goal, what counts instead. */
export function ChallengeNeeds({ challenge }: { challenge: ChallengeView }) {
  const { requirements } = challenge;
  if (challenge.salesGoal !== undefined)
    return <p>Share your referral link: sales it brings in during the challenge count toward the goal.</p>;
  return (
    <div class="requirements">
      <h3>What the post needs</h3>
      <ul>
        <li>Posted on {requirements.platforms.map((p) => platformName(p)).join(', ')}</li>
        {requirements.hashtags.length ? <li>Hashtags: {requirements.hashtags.join(' ')}</li> : null}
        {requirements.mentions.length ? <li>Mentions: {requirements.mentions.join(' ')}</li> : null}
        {requirements.disclosureRequired ? (
          <li>A paid-partnership disclosure, such as #ad or the platform's label</li>
        ) : null}
        {challenge.maxSubmissionsPerAmbassador > 1 ? (
          <li>Up to {challenge.maxSubmissionsPerAmbassador} posts each</li>
        ) : null}
      </ul>
    </div>
  );
}
