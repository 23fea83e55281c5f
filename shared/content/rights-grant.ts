import { createHash } from 'node:crypto';
import { conflict, validationFailed } from '../errors.ts';
import type { ContentTerms, RightsGrant, RightsGrantInput } from './content-terms.schema.ts';

/** The SHA-256 of a terms text, lower-case hex: what a grant records of the text it was given under. */
export function termsSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `months` calendar months after `at` (UTC), on the month's last day when that day is missing. */
export function addMonths(at: string, months: number): string {
  const date = new Date(at);
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() + months);
  // Jan 31 plus a month overflows to early March: go back to the last day of February.
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date.toISOString();
}

/**
 * The grant a post carries, from what the ambassador sent: under the program's current terms,
 * for scopes those terms offer, lasting their duration from `at`. None when none was sent and
 * the challenge does not require one.
 * @throws AppError `validation_failed` (required and missing, no terms, a scope the terms do not
 *   offer), `conflict` (the terms changed since the ambassador read them).
 */
export function planRightsGrant(
  terms: ContentTerms | undefined,
  required: boolean | undefined,
  input: RightsGrantInput | undefined,
  at: string,
): RightsGrant | undefined {
  const field = 'rightsGrant';
  if (!input) {
    if (!required) return undefined;
    throw validationFailed(
      `${field}: this challenge needs a rights grant under the program’s content terms`,
      {
        field,
        termsVersion: terms?.version,
      },
    );
  }
  if (!terms) throw validationFailed(`${field}: this program has no content terms`, { field });
  if (input.termsVersion !== terms.version) {
    throw conflict(`${field}.termsVersion: the terms are now version ${terms.version}; read them again`, {
      field: `${field}.termsVersion`,
      termsVersion: terms.version,
    });
  }
  if (input.scopes.some((scope) => !terms.scopes.includes(scope))) {
    throw validationFailed(`${field}.scopes: the terms cover ${terms.scopes.join(', ')} only`, {
      field: `${field}.scopes`,
    });
  }
  const expiresAt = addMonths(at, terms.durationMonths);
  return {
    termsVersion: terms.version,
    termsSha256: termsSha256(terms.text),
    scopes: input.scopes,
    grantedAt: at,
    expiresAt,
    endsAt: expiresAt,
  };
}
