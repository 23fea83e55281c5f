import { t } from '../../../i18n/i18n.ts';
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
      <legend>{t('ambassadorHome.address.legend')}</legend>
      <TextField
        label={t('ambassadorHome.address.name')}
        autoComplete="name"
        maxLength={120}
        {...bind('name')}
        error={errorFor('name')}
      />
      <TextField
        label={t('ambassadorHome.address.line1')}
        autoComplete="address-line1"
        hint={t('ambassadorHome.address.line1Hint')}
        maxLength={200}
        {...bind('line1')}
        error={errorFor('line1')}
      />
      <TextField
        label={t('ambassadorHome.address.line2')}
        autoComplete="address-line2"
        maxLength={200}
        {...bind('line2')}
        error={errorFor('line2')}
      />
      <div class="grid-2">
        <TextField
          label={t('ambassadorHome.address.postalCode')}
          autoComplete="postal-code"
          maxLength={20}
          {...bind('postalCode')}
          error={errorFor('postalCode')}
        />
        <TextField
          label={t('ambassadorHome.address.city')}
          autoComplete="address-level2"
          maxLength={120}
          {...bind('city')}
          error={errorFor('city')}
        />
      </div>
      <TextField
        label={t('ambassadorHome.address.region')}
        autoComplete="address-level1"
        maxLength={120}
        {...bind('region')}
        error={errorFor('region')}
      />
      <Field label={t('ambassadorHome.address.country')} error={errorFor('country')}>
        {(control) => (
          <select
            {...control}
            autoComplete="country"
            value={draft.country}
            onChange={(e) => set('country', (e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('ambassadorHome.address.chooseCountry')}</option>
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
