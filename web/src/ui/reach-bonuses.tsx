import { reachBonusText } from '../api/figures.ts';
import { t } from '../i18n/i18n.ts';

type Bonus = Parameters<typeof reachBonusText>[0][number];

/** A challenge's reach bonuses as a term of its details list; nothing when it has none. */
export function ReachBonusesTerm({ bonuses }: { bonuses: readonly Bonus[] | undefined }) {
  if (!bonuses?.length) return null;
  return (
    <div>
      <dt>{t('ui.reachBonuses')}</dt>
      <dd>{reachBonusText(bonuses)}</dd>
    </div>
  );
}
