import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { Card, TextField } from '../../../ui/kit.tsx';
import { NO_RATE } from './rate-draft.ts';
import { RateFields } from './rate-fields.tsx';
import type { SectionProps } from './settings-draft.ts';

/** The commission per order, a rate per tier where it differs, and when commission is approved. */
export function CommissionCard({
  form: { draft, set, update, bind },
  err,
  currency,
}: SectionProps & { currency: string }) {
  return (
    <Card title={t('managerSettings.section.commission')}>
      <div class="stack">
        <RateFields
          legend={t('managerSettings.commission.perOrder')}
          currency={currency}
          rate={draft.rate}
          onRate={(rate) => set('rate', rate)}
          error={err('commission.rate')}
        />
        <fieldset>
          <legend>{t('managerSettings.commission.byTier')}</legend>
          <p class="hint">{t('managerSettings.commission.byTier.hint')}</p>
          <div class="stack">
            {draft.tiers.map((tier) => (
              <RateFields
                key={tier.key}
                legend={tier.name || t('managerSettings.commission.newTier')}
                currency={currency}
                rate={draft.byTier[tier.key] ?? NO_RATE}
                optional
                onRate={(rate) => update('byTier', (byTier) => ({ ...byTier, [tier.key]: rate }))}
                error={err(`commission.byTier.${tier.id}`)}
              />
            ))}
          </div>
          {err('commission.byTier') ? <p class="field-error">{err('commission.byTier')}</p> : null}
        </fieldset>
        <div class="grid-2">
          <TextField
            label={t('managerSettings.commission.holdingDays')}
            type="number"
            min={0}
            max={365}
            hint={t('managerSettings.commission.holdingDays.hint')}
            {...bind('holdingDays')}
            error={err('commission.holdingDays')}
          />
          <TextField
            label={t('managerSettings.commission.minimumPayout', { currency })}
            type="number"
            min={0}
            step="0.01"
            hint={t('managerSettings.commission.minimumPayout.hint')}
            {...bind('minimumPayout')}
            error={err('minimumPayout')}
          />
        </div>
        <CheckBox checked={draft.firstOrderOnly} onChecked={(on) => set('firstOrderOnly', on)}>
          {t('managerSettings.commission.firstOrderOnly')}
        </CheckBox>
      </div>
    </Card>
  );
}
