/**
 * Bank account rules for payouts that need no tables: IBANs as people type them, BIC and IBAN
 * countries, the masked forms the API shows, and text as SEPA files carry it. The checks that
 * need each country's IBAN format (ibantools) are in ./account-check.ts, loaded on use.
 */

import { validationFailed } from '../errors.ts';

/**
 * Checks an account's IBAN (its country's format and check digits) and BIC with ibantools,
 * loaded on first use.
 * @throws AppError `validation_failed` naming the fields, in the shape a schema failure has.
 */
export async function assertValidAccount(account: { iban: string; bic?: string | undefined }): Promise<void> {
  const { accountIssues } = await import('./account-check.ts');
  const issues = accountIssues(account);
  if (issues.length > 0)
    throw validationFailed(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), {
      in: 'json',
      issues,
    });
}

/** An IBAN as typed (`de89 3704 0044 0532 0130 00`) in its electronic form (`DE89370400440532013000`). */
export const normalizeIban = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/**
 * Territories whose BICs carry their own country code though their IBANs carry the country's
 * (as sepa.js checks them): Åland in Finland, the French overseas departments, the Crown dependencies.
 */
const TERRITORIES: Record<string, readonly string[]> = {
  FI: ['AX'],
  FR: ['GF', 'GP', 'MQ', 'RE', 'PF', 'TF', 'YT', 'NC', 'BL', 'MF', 'PM', 'WF'],
  GB: ['IM', 'JE', 'GG'],
};

/** A BIC's country (its letters 5 and 6) is the IBAN's, or one of that country's territories. */
export function bicMatchesIban(bic: string, iban: string): boolean {
  const bicCountry = bic.slice(4, 6);
  const ibanCountry = iban.slice(0, 2);
  return bicCountry === ibanCountry || (TERRITORIES[ibanCountry]?.includes(bicCountry) ?? false);
}

/** `DE89370400440532013000` → `DE89 **** 3000`: the country, the check digits and the last four. */
export const maskIban = (iban: string): string => `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;

/** `anna.agent@example.com` → `a***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** Latin letters that no Unicode decomposition takes to plain ones. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'TH',
  þ: 'th',
  ı: 'i',
};

/**
 * Text as a SEPA file carries it: the EPC's basic Latin set (letters, digits, space and
 * `/ - ? : ( ) . , ' +`), which every bank in the scheme accepts. Accents are dropped (`Ä` → `A`),
 * `ß` becomes `ss`, `Ł` `L`, anything else a space; at most `max` characters.
 */
export function sepaText(text: string, max: number): string {
  const latin = text
    .replace(/[ßŁłØøĐđÆæŒœÞþı]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return latin.slice(0, max).trim() || '-';
}
