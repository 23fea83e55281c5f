import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';

/**
 * Fixed words by code (`{ organic: 'content.scope.organic' }`) as a record whose every read is
 * the message in the current language: a module constant that still follows a language switch,
 * read as the plain record of words it always was.
 */
export function wordsOf<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>;
  for (const [code, key] of Object.entries(keys) as [K, MessageKey][])
    Object.defineProperty(words, code, { enumerable: true, get: () => t(key) });
  return words;
}

/** A person's role in a program, in a word. */
export const ROLE_NAMES = wordsOf({
  owner: 'ui.role.owner',
  manager: 'ui.role.manager',
  brand: 'ui.role.brand',
  ambassador: 'ui.role.ambassador',
});
