import { minorDigits } from '../money.ts';

/**
 * Shopify's decimal strings ("199.00", "0.5") as integer minor units, exactly: no float
 * arithmetic. @returns undefined for anything that is not a plain non-negative decimal, or has
 * more digits than the currency's minor unit.
 */
export function toMinorUnits(amount: unknown, currency: string): number | undefined {
  const text = typeof amount === 'number' ? String(amount) : amount;
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const digits = minorDigits(currency);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
