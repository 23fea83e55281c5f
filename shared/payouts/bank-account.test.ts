import { describe, expect, it } from 'vitest';
import { decimalAmount } from '../money.ts';
import { accountIssues, ibanProblem } from './account-check.ts';
import { bicMatchesIban, maskEmail, maskIban, normalizeIban, sepaText } from './bank-account.ts';

describe('bank accounts', () => {
  it('takes an IBAN as typed and checks its check digits', () => {
    expect(normalizeIban(' de89 3704 0044 0532 0130 00 ')).toBe('DE89370400440532013000');
    expect(ibanProblem('DE89370400440532013000')).toBeUndefined();
    expect(ibanProblem('DE88370400440532013000')).toMatch(/check digits/);
    expect(ibanProblem('DE8937040044053201300')).toMatch(/length or format/);
    expect(ibanProblem('XX89370400440532013000')).toMatch(/country code/);
    expect(accountIssues({ iban: 'DE88370400440532013000', bic: 'COBADEFFXXX' })).toMatchObject([
      { path: 'iban' },
    ]);
    expect(accountIssues({ iban: 'DE89370400440532013000', bic: 'CO1ADEFF' })).toMatchObject([
      { path: 'bic' },
    ]);
    expect(accountIssues({ iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' })).toEqual([]);
  });

  it('matches a BIC to its IBAN’s country, territories included', () => {
    expect(bicMatchesIban('COBADEFFXXX', 'DE89370400440532013000')).toBe(true);
    expect(bicMatchesIban('BNPAFRPPXXX', 'DE89370400440532013000')).toBe(false);
    expect(bicMatchesIban('BNPAREPPXXX', 'FR1420041010050500013M02606')).toBe(true);
  });

  it('masks what the API shows', () => {
    expect(maskIban('DE89370400440532013000')).toBe('DE89 **** 3000');
    expect(maskEmail('anna.agent@example.com')).toBe('a***@example.com');
  });

  it('writes text in the SEPA character set', () => {
    expect(sepaText('Jürgen Groß & Söhne <GmbH>', 70)).toBe('Jurgen Gross Sohne GmbH');
    expect(sepaText('Łukasz Żółć', 70)).toBe('Lukasz Zolc');
    expect(sepaText('€€€', 70)).toBe('-');
    expect(sepaText('a'.repeat(80), 70)).toHaveLength(70);
  });

  it('writes minor units as exact decimals', () => {
    expect(decimalAmount(1234, 'EUR')).toBe('12.34');
    expect(decimalAmount(5, 'EUR')).toBe('0.05');
    expect(decimalAmount(-5, 'EUR')).toBe('-0.05');
    expect(decimalAmount(500, 'JPY')).toBe('500');
    expect(decimalAmount(1, 'KWD')).toBe('0.001');
    expect(decimalAmount(900_719_925_474_099, 'EUR')).toBe('9007199254740.99');
  });
});
