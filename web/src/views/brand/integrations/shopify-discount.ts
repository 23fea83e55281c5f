/** The Shopify form's discount fields as typed, and the body the API takes from them. */
export type DiscountDraft = {
  adminAccessToken: string;
  discountType: 'percentage' | 'fixed_amount';
  /** A whole percentage, or an amount in the program's currency as people write it ("5" or "4.99"). */
  discountValue: string;
  oncePerCustomer: boolean;
};

/** The whole Shopify form's draft: the connection, then the codes' fields. */
export type ShopifyDraft = { shopDomain: string; webhookSecret: string } & DiscountDraft;

/** Digits of the currency's minor unit (EUR 2, JPY 0). */
const minorDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** "4.99" in EUR as 499 cents, exactly; undefined for anything else. */
export function toMinorUnits(text: string, currency: string): number | undefined {
  const match = /^(\d{1,9})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const digits = minorDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** The amount in minor units back as people write it (499 EUR → "4.99"). */
export function fromMinorUnits(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const whole = String(minor).padStart(digits + 1, '0');
  return `${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

/**
 * What the form adds to the connection's body: the token when one was typed (left empty, the
 * stored one is kept) and the discount when a value was typed. A value that is no number is
 * sent as 0, so the API answers with its own message for the field.
 */
export function discountBody(draft: DiscountDraft, currency: string) {
  const token = draft.adminAccessToken.trim();
  const typed = draft.discountValue.trim();
  const value =
    draft.discountType === 'percentage'
      ? /^\d{1,3}$/.test(typed)
        ? Number(typed)
        : 0
      : (toMinorUnits(typed, currency) ?? 0);
  return {
    ...(token ? { adminAccessToken: token } : {}),
    ...(typed
      ? { discount: { type: draft.discountType, value, oncePerCustomer: draft.oncePerCustomer } }
      : {}),
  };
}
