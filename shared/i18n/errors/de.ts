import type { ErrorCatalogue } from './translate.ts';

/**
 * The API's error messages in German, keyed by the English message in the source
 * (shared/i18n/errors/source-messages.ts lists them; the catalogue test checks that every one is
 * here and that each translation keeps its template's `{parts}`).
 */
export const de: ErrorCatalogue = {
  '{what} was not found': '{what} wurde nicht gefunden',
};
