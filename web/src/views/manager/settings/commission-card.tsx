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
    <Card title="Commission">
      <div class="stack">
        <RateFields
          legend="Commission per order"
          currency={currency}
          rate={draft.rate}
          onRate={(rate) => set('rate', rate)}
          error={err('commission.rate')}
        />
        <fieldset>
          <legend>Rates for particular tiers</legend>
          <p class="hint">Leave “Same as above” for the commission above.</p>
          <div class="stack">
            {draft.tiers.map((t) => (
              <RateFields
                key={t.key}
                legend={t.name || 'New tier'}
                currency={currency}
                rate={draft.byTier[t.key] ?? NO_RATE}
                optional
                onRate={(rate) => update('byTier', (byTier) => ({ ...byTier, [t.key]: rate }))}
                error={err(`commission.byTier.${t.id}`)}
              />
            ))}
          </div>
          {err('commission.byTier') ? <p class="field-error">{err('commission.byTier')}</p> : null}
        </fieldset>
        <div class="grid-2">
          <TextField
            label="Holding days"
            type="number"
            min={0}
            max={365}
            hint="Commission stays pending this long (the refund window), then is approved."
            {...bind('holdingDays')}
            error={err('commission.holdingDays')}
          />
          <TextField
            label={`Minimum payout (${currency})`}
            type="number"
            min={0}
            step="0.01"
            hint="A payout skips an ambassador whose approved balance is below this; it waits for the next one."
            {...bind('minimumPayout')}
            error={err('minimumPayout')}
          />
        </div>
        <CheckBox checked={draft.firstOrderOnly} onChecked={(on) => set('firstOrderOnly', on)}>
          Only a customer's first order earns commission
        </CheckBox>
      </div>
    </Card>
  );
}
