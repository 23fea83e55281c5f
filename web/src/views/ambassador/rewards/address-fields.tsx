import { countryOptions } from '../../../ui/countries.ts';
import { Field, TextField } from '../../../ui/kit.tsx';
import type { DraftState } from '../../../ui/use-draft.ts';
import type { AddressDraft } from './address-draft.ts';

/** Where a product is shipped: the fields a parcel label needs, the country from a list. */
export function AddressFields({
  form: { draft, set, bind },
  errorFor,
}: {
  form: DraftState<AddressDraft>;
  /** A field's problem: left empty, or what the API said of it. */
  errorFor: (field: keyof AddressDraft) => string | undefined;
}) {
  return (
    <fieldset class="stack">
      <legend>Shipping address</legend>
      <TextField
        label="Full name"
        autoComplete="name"
        maxLength={120}
        {...bind('name')}
        error={errorFor('name')}
      />
      <TextField
        label="Address line 1"
        autoComplete="address-line1"
        hint="Street and house number"
        maxLength={200}
        {...bind('line1')}
        error={errorFor('line1')}
      />
      <TextField
        label="Address line 2 (optional)"
        autoComplete="address-line2"
        maxLength={200}
        {...bind('line2')}
        error={errorFor('line2')}
      />
      <div class="grid-2">
        <TextField
          label="Postal code"
          autoComplete="postal-code"
          maxLength={20}
          {...bind('postalCode')}
          error={errorFor('postalCode')}
        />
        <TextField
          label="City"
          autoComplete="address-level2"
          maxLength={120}
          {...bind('city')}
          error={errorFor('city')}
        />
      </div>
      <TextField
        label="State or region (optional)"
        autoComplete="address-level1"
        maxLength={120}
        {...bind('region')}
        error={errorFor('region')}
      />
      <Field label="Country" error={errorFor('country')}>
        {(control) => (
          <select
            {...control}
            autoComplete="country"
            value={draft.country}
            onChange={(e) => set('country', (e.target as HTMLSelectElement).value)}
          >
            <option value="">Choose a country</option>
            {countryOptions().map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
