import { afterEach, describe, expect, it } from 'vitest';
import { figuresLine } from '../api/figures.ts';
import { setLanguage } from '../i18n/i18n.ts';
import { ROLE_NAMES, wordsOf } from './words.ts';

describe('words kept in module constants', () => {
  afterEach(() => setLanguage('en'));

  it('are read in the language of the moment, not the one at load', async () => {
    // Prepare
    const scopes = wordsOf({ paid_ads: 'api.scope.paid_ads' });
    expect(scopes.paid_ads).toBe('Paid ads');
    // Act
    await setLanguage('de');
    // Assess
    expect(scopes.paid_ads).toBe('Bezahlte Anzeigen');
    expect(ROLE_NAMES.ambassador).toBe('Botschafter');
    expect(Object.keys(scopes)).toEqual(['paid_ads']);
  });

  it('count figures with plurals in either language', async () => {
    expect(figuresLine({ views: 1800, likes: 1 })).toBe('1,800 views · 1 like');
    expect(figuresLine({})).toBe('no figures');
    await setLanguage('de');
    expect(figuresLine({ views: 1800, likes: 1 })).toBe('1.800 Aufrufe · 1 Like');
  });
});
