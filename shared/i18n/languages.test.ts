import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages.ts';

describe('pickLanguage', () => {
  it('takes the first preferred language Embassy speaks, by its primary subtag', () => {
    expect(pickLanguage(['de-AT', 'en-US'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('de');
    expect(pickLanguage(['en-GB', 'de-DE'])).toBe('en');
    expect(pickLanguage(['DE_ch'])).toBe('de');
  });

  it('is English when none is spoken, or none is given', () => {
    expect(pickLanguage(['fr', 'es-ES'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
