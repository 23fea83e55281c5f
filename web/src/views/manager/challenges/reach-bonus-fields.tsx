import { FIGURE_FIELDS } from '../../../api/figures.ts';
import { Button, SelectField, TextField } from '../../../ui/kit.tsx';
import type { FormSection, ReachBonusDraft } from './challenge-draft.ts';

const MAX_BONUSES = 10;

/**
 * Reach bonuses: points for a post whose verified figures reach a threshold (10,000 views: 50
 * points), each paid once per post when a manager verifies a report that reaches it.
 */
export function ReachBonusFields({ form: { draft, update }, errorFor, locked }: FormSection) {
  const change = (index: number, patch: Partial<ReachBonusDraft>) =>
    update('reachBonuses', (list) => list.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  return (
    <fieldset disabled={locked} class="reach-bonuses">
      <legend>Reach bonuses</legend>
      <p class="hint">
        Optional. Extra points once a post’s verified figures reach a threshold; each is paid once per post.
      </p>
      {draft.reachBonuses.map((bonus, index) => (
        <fieldset class="grid-3" key={index}>
          <legend class="visually-hidden">Reach bonus {index + 1}</legend>
          <SelectField
            label="Figure"
            value={bonus.metric}
            onValue={(metric) => change(index, { metric: metric as ReachBonusDraft['metric'] })}
            options={FIGURE_FIELDS.map(([value, label]) => ({ value, label }))}
          />
          <TextField
            label="At least"
            type="number"
            inputMode="numeric"
            min={1}
            value={bonus.atLeast}
            onValue={(atLeast) => change(index, { atLeast })}
            error={errorFor(`reachBonuses.${index}.atLeast`)}
          />
          <TextField
            label="Bonus points"
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
            Remove<span class="visually-hidden"> reach bonus {index + 1}</span>
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
          Add a reach bonus
        </Button>
      ) : null}
      {errorFor('reachBonuses') ? <p class="field-error">{errorFor('reachBonuses')}</p> : null}
    </fieldset>
  );
}
