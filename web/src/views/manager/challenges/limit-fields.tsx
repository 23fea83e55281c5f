import { t } from '../../../i18n/i18n.ts';
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
        label={t('challengesAdmin.limits.points')}
        {...count}
        min={0}
        max={100000}
        {...bind('points')}
        hint={t('challengesAdmin.limits.points.hint')}
        error={errorFor('points')}
      />
      <TextField
        label={t('challengesAdmin.limits.slots')}
        {...count}
        min={1}
        {...bind('slots')}
        hint={t('challengesAdmin.limits.slots.hint')}
        error={errorFor('slots')}
      />
      <TextField
        label={t('challengesAdmin.limits.maxPosts')}
        {...count}
        min={1}
        max={20}
        {...bind('maxPosts')}
        error={errorFor('maxSubmissionsPerAmbassador')}
      />
      <TextField
        label={t('challengesAdmin.limits.salesGoal')}
        {...count}
        min={1}
        {...bind('salesGoal')}
        hint={t('challengesAdmin.limits.salesGoal.hint')}
        error={errorFor('salesGoal')}
      />
      <div>
        <SelectField
          label={t('challengesAdmin.limits.minTier')}
          {...bind('minTier')}
          disabled={locked}
          options={[
            { value: '', label: t('challengesAdmin.limits.anyTier') },
            ...tiers.map((tier) => ({
              value: tier.id,
              label: t('challengesAdmin.limits.tier', { name: tier.name, points: tier.minPoints }),
            })),
          ]}
        />
        {errorFor('minTier') ? <p class="field-error">{errorFor('minTier')}</p> : null}
      </div>
    </div>
  );
}
