import type { Program } from '../../../program-context.ts';
import { SelectField, TextField } from '../../../ui/kit.tsx';
import type { FormSection } from './challenge-draft.ts';

/** What a challenge earns and who may take part, how often and how many. */
export function LimitFields({
  form: { bind },
  errorFor,
  locked,
  tiers,
}: FormSection & { tiers: Program['tiers'] }) {
  const count = { type: 'number', inputMode: 'numeric', disabled: locked } as const;
  return (
    <div class="grid-2">
      <TextField
        label="Points"
        {...count}
        min={0}
        max={100000}
        {...bind('points')}
        hint="Earned for an approved post"
        error={errorFor('points')}
      />
      <TextField
        label="Slots"
        {...count}
        min={1}
        {...bind('slots')}
        hint="Optional. Empty means unlimited."
        error={errorFor('slots')}
      />
      <TextField
        label="Posts per ambassador"
        {...count}
        min={1}
        max={20}
        {...bind('maxPosts')}
        error={errorFor('maxSubmissionsPerAmbassador')}
      />
      <TextField
        label="Sales goal"
        {...count}
        min={1}
        {...bind('salesGoal')}
        hint="Optional. Makes it a sales challenge, done after this many referral sales."
        error={errorFor('salesGoal')}
      />
      <div>
        <SelectField
          label="Minimum tier"
          {...bind('minTier')}
          disabled={locked}
          options={[
            { value: '', label: 'Any tier' },
            ...tiers.map((t) => ({ value: t.id, label: `${t.name} (${t.minPoints}+ points)` })),
          ]}
        />
        {errorFor('minTier') ? <p class="field-error">{errorFor('minTier')}</p> : null}
      </div>
    </div>
  );
}
