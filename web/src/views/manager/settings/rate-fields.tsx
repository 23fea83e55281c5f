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
  const prefix = optional ? `${legend}: ` : '';
  return (
    <div class="grid-2 m-rate-fields">
      <SelectField
        label={optional ? `${legend}: rate` : legend}
        value={rate.kind}
        onValue={(kind) =>
          onRate({ kind: kind as RateDraft['kind'], value: kind === rate.kind ? rate.value : '' })
        }
        options={[
          ...(optional ? [{ value: '', label: 'Same as above' }] : []),
          { value: 'percent', label: 'Percent of the order' },
          { value: 'flat', label: 'Fixed amount per order' },
        ]}
      />
      {rate.kind === '' ? null : (
        <TextField
          label={rate.kind === 'percent' ? `${prefix}Percent` : `${prefix}Amount (${currency})`}
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
