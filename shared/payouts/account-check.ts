import { isValidBIC, ValidationErrorsIBAN, validateIBAN } from 'ibantools';

/**
 * The checks of an account that need each country's IBAN format: ibantools checks the length
 * and format for the country and the ISO 7064 mod-97 check digits, and a BIC's form and
 * country. Loaded on use (`await import`) by the services that take an account, so the tables
 * stay out of the function's cold start.
 */

/** What is wrong with an IBAN in its electronic form, in words; undefined when it is valid. */
export function ibanProblem(iban: string): string | undefined {
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return undefined;
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry))
    return 'Not an IBAN: it must start with a country code that uses IBANs, such as DE or FR';
  if (
    errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength) ||
    errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)
  )
    return 'Not a valid IBAN: the length or format is wrong for its country';
  return 'Not a valid IBAN: its check digits do not match (a typing mistake?)';
}

/** The problems of an account's IBAN and BIC, as validation issues by field (none when it is valid). */
export function accountIssues(account: {
  iban: string;
  bic?: string | undefined;
}): Array<{ path: string; message: string; code: 'custom' }> {
  const issues: Array<{ path: string; message: string; code: 'custom' }> = [];
  const problem = ibanProblem(account.iban);
  if (problem) issues.push({ path: 'iban', message: problem, code: 'custom' });
  if (account.bic && !isValidBIC(account.bic))
    issues.push({ path: 'bic', message: 'Not a valid BIC', code: 'custom' });
  return issues;
}
