import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextField } from '../../../ui/kit.tsx';
import type { RateDraft } from './rate-draft.ts';

/** A commission rate: its kind, then the percent or amount. `optional` offers "Same as above". */
export function RateFields({
  legend,
  currency,
  rate,
  onRate,
  optional = false,
  error,
}: {
  legend: string;
  currency: string;
  rate: RateDraft;
  onRate: (rate: RateDraft) => void;
  optional?: boolean;
  error: string | undefined;
}) {
  // A tier's fields name the tier, since several stand one after another.
  const valueLabel =
    rate.kind === 'percent'
      ? optional
        ? t('managerSettings.rate.tierPercent', { tier: legend })
        : t('managerSettings.rate.percent')
      : optional
        ? t('managerSettings.rate.tierAmount', { tier: legend, currency })
        : t('managerSettings.rate.amount', { currency });
  return (
    <div class="grid-2 m-rate-fields">
      <SelectField
        label={optional ? t('managerSettings.rate.tierKind', { tier: legend }) : legend}
        value={rate.kind}
        onValue={(kind) =>
          onRate({ kind: kind as RateDraft['kind'], value: kind === rate.kind ? rate.value : '' })
        }
        options={[
          ...(optional ? [{ value: '', label: t('managerSettings.rate.sameAsAbove') }] : []),
          { value: 'percent', label: t('managerSettings.rate.percentKind') },
          { value: 'flat', label: t('managerSettings.rate.flatKind') },
        ]}
      />
      {rate.kind === '' ? null : (
        <TextField
          label={valueLabel}
          type="number"
          min={0}
          step="0.01"
          {...(rate.kind === 'percent' ? { max: 100 } : {})}
          value={rate.value}
          onValue={(value) => onRate({ ...rate, value })}
          error={error}
        />
      )}
    </div>
  );
}
