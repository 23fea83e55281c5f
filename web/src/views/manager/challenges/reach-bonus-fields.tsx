import type { ComponentChildren } from 'preact';
import { FIGURE_FIELDS, type FigureName } from '../../../api/figures.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { Button, SelectField, TextField } from '../../../ui/kit.tsx';
import type { FormSection, ReachBonusDraft } from './challenge-draft.ts';

const MAX_BONUSES = 10;

const FIGURE: Record<FigureName, MessageKey> = {
  views: 'challengesAdmin.figure.views',
  impressions: 'challengesAdmin.figure.impressions',
  reach: 'challengesAdmin.figure.reach',
  likes: 'challengesAdmin.figure.likes',
  comments: 'challengesAdmin.figure.comments',
  shares: 'challengesAdmin.figure.shares',
  saves: 'challengesAdmin.figure.saves',
};

/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

/**
 * Reach bonuses: points for a post whose verified figures reach a threshold (10,000 views: 50
 * points), each paid once per post when a manager verifies a report that reaches it.
 */
export function ReachBonusFields({ form: { draft, update }, errorFor, locked }: FormSection) {
  const change = (index: number, patch: Partial<ReachBonusDraft>) =>
    update('reachBonuses', (list) => list.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  return (
    <fieldset disabled={locked} class="reach-bonuses">
      <legend>{t('challengesAdmin.bonuses.title')}</legend>
      <p class="hint">{t('challengesAdmin.bonuses.hint')}</p>
      {draft.reachBonuses.map((bonus, index) => (
        <fieldset class="grid-3" key={index}>
          <legend class="visually-hidden">{t('challengesAdmin.bonuses.one', { number: index + 1 })}</legend>
          <SelectField
            label={t('challengesAdmin.bonuses.figure')}
            value={bonus.metric}
            onValue={(metric) => change(index, { metric: metric as ReachBonusDraft['metric'] })}
            options={FIGURE_FIELDS.map(([value]) => ({ value, label: t(FIGURE[value]) }))}
          />
          <TextField
            label={t('challengesAdmin.bonuses.atLeast')}
            type="number"
            inputMode="numeric"
            min={1}
            value={bonus.atLeast}
            onValue={(atLeast) => change(index, { atLeast })}
            error={errorFor(`reachBonuses.${index}.atLeast`)}
          />
          <TextField
            label={t('challengesAdmin.bonuses.points')}
            type="number"
            inputMode="numeric"
            min={1}
            value={bonus.points}
            onValue={(points) => change(index, { points })}
            error={errorFor(`reachBonuses.${index}.points`)}
          />
          <Button
            variant="ghost"
            onClick={() => update('reachBonuses', (list) => list.filter((_, i) => i !== index))}
          >
            {tx('challengesAdmin.bonuses.remove', { number: index + 1, hidden })}
          </Button>
        </fieldset>
      ))}
      {draft.reachBonuses.length < MAX_BONUSES ? (
        <Button
          variant="secondary"
          onClick={() =>
            update('reachBonuses', (list) => [...list, { metric: 'views', atLeast: '10000', points: '50' }])
          }
        >
          {t('challengesAdmin.bonuses.add')}
        </Button>
      ) : null}
      {errorFor('reachBonuses') ? <p class="field-error">{errorFor('reachBonuses')}</p> : null}
    </fieldset>
  );
}
