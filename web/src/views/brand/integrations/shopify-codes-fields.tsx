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
    return (
      <p>
        Ambassadors’ codes exist only in Embassy: they count through referral links, but your checkout does
        not take them. Add an Admin API access token and a discount below, and Embassy makes each approved
        ambassador’s code a discount in your shop.
      </p>
    );
  }
  const off =
    discount.type === 'percentage'
      ? `${discount.value} %`
      : `${fromMinorUnits(discount.value, currency)} ${currency}`;
  return (
    <p>
      Embassy makes each approved ambassador’s code a discount in your shop: {off} off
      {discount.oncePerCustomer ? ', once per customer' : ''}. A suspended ambassador’s code is switched off.
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
      <legend>Discount codes in the shop (optional)</legend>
      <p class="muted small">
        In your Shopify admin, <strong>Settings → Apps and sales channels → Develop apps</strong>: create an
        app with the Admin API scopes <code>write_discounts</code> and <code>read_discounts</code>, install it
        and copy its Admin API access token.
      </p>
      <TextField
        label="Admin API access token"
        type="password"
        autoComplete="off"
        placeholder={tokenSet ? 'Set: leave empty to keep it' : 'shpat_…'}
        hint="Stored encrypted and never shown again."
        {...bind('adminAccessToken')}
        error={issues.adminAccessToken}
      />
      <SelectField
        label="Each code gives"
        value={draft.discountType}
        onValue={(value) => set('discountType', value as DiscountDraft['discountType'])}
        options={[
          { value: 'percentage', label: 'A percentage off' },
          { value: 'fixed_amount', label: `An amount off (${currency})` },
        ]}
      />
      <TextField
        label={draft.discountType === 'percentage' ? 'Percentage off' : `Amount off in ${currency}`}
        inputMode="decimal"
        hint={draft.discountType === 'percentage' ? 'A whole number from 1 to 100.' : 'Such as 5 or 4.99.'}
        {...bind('discountValue')}
        error={issues['discount.value'] ?? issues.discount}
      />
      <CheckBox checked={draft.oncePerCustomer} onChecked={(on) => set('oncePerCustomer', on)}>
        Once per customer
      </CheckBox>
    </fieldset>
  );
}
