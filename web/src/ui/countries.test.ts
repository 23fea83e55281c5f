import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../shared/rewards/redemption.schema.ts';
import { countryCodes, countryName, countryOptions, likelyCountry } from './countries.ts';

describe('the country select', () => {
  it('offers exactly the codes the API takes for a shipping address', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const all = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    expect(countryCodes()).toEqual(all.filter(isCountryCode));
    expect(countryCodes()).toContain('DE');
    expect(countryCodes()).not.toContain('EU');
  });

  it('names them in the reader’s language, sorted by name', () => {
    const german = countryOptions('de-DE');
    expect(german.find((o) => o.value === 'DE')?.label).toBe('Deutschland');
    const labels = german.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'de-DE')));
    expect(countryName('FR', 'en')).toBe('France');
  });

  it('guesses the country from the language’s region, if it has one', () => {
    expect(likelyCountry('de-AT')).toBe('AT');
    expect(likelyCountry('en')).toBe('');
    expect(likelyCountry('en-150')).toBe('');
  });
});
