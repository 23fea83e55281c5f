import { t, tx } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { SelectField, TextField } from '../../../ui/kit.tsx';
import type { DraftState } from '../../../ui/use-draft.ts';
import type { Shopify } from './integrations-api.ts';
import { type DiscountDraft, fromMinorUnits, type ShopifyDraft } from './shopify-discount.ts';

/** The draft's discount fields from what is stored (the token is never shown: it starts empty). */
export function discountDraftOf(current: Shopify | null, currency: string): DiscountDraft {
  const discount = current?.discount;
  return {
    adminAccessToken: '',
    discountType: discount?.type ?? 'percentage',
    discountValue: discount
      ? discount.type === 'percentage'
        ? String(discount.value)
        : fromMinorUnits(discount.value, currency)
      : '',
    oncePerCustomer: discount?.oncePerCustomer ?? true,
  };
}

/** What the connection says of ambassadors' codes in the shop, in plain words. */
export function ShopifyCodesSummary({ current, currency }: { current: Shopify; currency: string }) {
  const { discount } = current;
  if (!current.adminAccessTokenSet || !discount) {
    return <p>{t('brandIntegrations.codes.none')}</p>;
  }
  return (
    <p>
      {t('brandIntegrations.codes.summary', {
        kind: discount.type,
        value:
          discount.type === 'percentage' ? String(discount.value) : fromMinorUnits(discount.value, currency),
        currency,
        once: discount.oncePerCustomer ? 'yes' : 'no',
      })}
    </p>
  );
}

/** The Admin API token (write-only) and the program's discount, in the Shopify form. */
export function ShopifyCodesFields({
  form,
  currency,
  tokenSet,
  issues,
}: {
  form: DraftState<ShopifyDraft>;
  currency: string;
  tokenSet: boolean;
  issues: Record<string, string>;
}) {
  const { draft, set, bind } = form;
  return (
    <fieldset class="stack">
      <legend>{t('brandIntegrations.codes.legend')}</legend>
      <p class="muted small">
        {tx('brandIntegrations.codes.howTo', {
          strong: (words) => <strong>{words}</strong>,
          code: (words) => <code>{words}</code>,
        })}
      </p>
      <TextField
        label={t('brandIntegrations.codes.token')}
        type="password"
        autoComplete="off"
        placeholder={tokenSet ? t('brandIntegrations.codes.token.set') : 'shpat_…'}
        hint={t('brandIntegrations.shopify.storedEncrypted')}
        {...bind('adminAccessToken')}
        error={issues.adminAccessToken}
      />
      <SelectField
        label={t('brandIntegrations.codes.gives')}
        value={draft.discountType}
        onValue={(value) => set('discountType', value as DiscountDraft['discountType'])}
        options={[
          { value: 'percentage', label: t('brandIntegrations.codes.percentage') },
          { value: 'fixed_amount', label: t('brandIntegrations.codes.amount', { currency }) },
        ]}
      />
      <TextField
        label={
          draft.discountType === 'percentage'
            ? t('brandIntegrations.codes.percentageOff')
            : t('brandIntegrations.codes.amountOff', { currency })
        }
        inputMode="decimal"
        hint={
          draft.discountType === 'percentage'
            ? t('brandIntegrations.codes.percentage.hint')
            : t('brandIntegrations.codes.amount.hint')
        }
        {...bind('discountValue')}
        error={issues['discount.value'] ?? issues.discount}
      />
      <CheckBox checked={draft.oncePerCustomer} onChecked={(on) => set('oncePerCustomer', on)}>
        {t('brandIntegrations.codes.once')}
      </CheckBox>
    </fieldset>
  );
}
