import { describe, expect, it } from 'vitest';
import { acceptedLanguages, pickLanguage } from './languages.ts';

describe('acceptedLanguages', () => {
  it('orders an Accept-Language header by its weights, and skips refused and wildcard tags', () => {
    expect(acceptedLanguages('en;q=0.5, de-AT, de;q=0.9, fr;q=0, *')).toEqual(['de-AT', 'de', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(pickLanguage(acceptedLanguages('fr-CH, de;q=0.8'))).toBe('de');
  });
});

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
