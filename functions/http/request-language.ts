import type { Context } from 'hono';
import { acceptedLanguages, type Language, pickLanguage } from '#shared/i18n/languages.ts';

/** The language a request asks to be answered in: its Accept-Language, by the one rule (English when none is spoken). */
export function requestLanguage(c: Context): Language {
  return pickLanguage(acceptedLanguages(c.req.header('accept-language')));
}
