/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/**
 * Integer minor units as a plain decimal string in the currency's digits (`1234` EUR → `12.34`,
 * `-5` → `-0.05`, `500` JPY → `500`), exactly: integer arithmetic, no float.
 */
export function decimalAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const whole = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

/** Minor units as people read them in a locale (`€12.34` in English, `12,34 €` in `de-DE`), for notifications and emails. */
export function moneyText(minor: number, currency: string, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    Number(decimalAmount(minor, currency)),
  );
}
