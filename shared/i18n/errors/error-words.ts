import type { z } from 'zod';
import type { Language } from '../languages.ts';
import { messageTranslator } from './translate.ts';

/** The words of the error answers in one language other than English (the source's own). */
export type ErrorWords = {
  /** An English message in the language (itself when the catalogue does not know it). */
  message: (english: string, known?: ReadonlyMap<string, string>) => string;
  /** A zod issue's message in the language when it is zod's own English default, else undefined. */
  zodDefault: (issue: z.core.$ZodIssue) => string | undefined;
};

const loaded = new Map<Exclude<Language, 'en'>, Promise<ErrorWords>>();

/**
 * The error answers' words in a language. The catalogue and zod's locale load on first use (a
 * dynamic import), so a function pays for them only when it answers an error to a reader of
 * that language, never at a cold start.
 */
export function errorWords(language: Exclude<Language, 'en'>): Promise<ErrorWords> {
  let words = loaded.get(language);
  if (!words) {
    words = load();
    loaded.set(language, words);
    // A failed load is tried again by the next error, not remembered.
    words.catch(() => loaded.delete(language));
  }
  return words;
}

async function load(): Promise<ErrorWords> {
  const [{ de }, { default: zodDe }, { default: zodEn }] = await Promise.all([
    import('./de.ts'),
    import('zod/v4/locales/de.js'),
    import('zod/v4/locales/en.js'),
  ]);
  const english = zodEn().localeError;
  const german = zodDe().localeError;
  const text = (message: ReturnType<typeof english>) =>
    typeof message === 'string' ? message : message?.message;
  return {
    message: messageTranslator(de),
    zodDefault: (issue) => {
      const raw = withInput(issue);
      // zod dropped the input from the issue; its English says what was received.
      return text(english(raw)) === issue.message ? text(german(raw)) : undefined;
    },
  };
}

/** Values of each type zod names in "received …", to give its locales the input's type again. */
const RECEIVED: Record<string, unknown> = {
  undefined: undefined,
  null: null,
  number: 0,
  nan: Number.NaN,
  string: '',
  boolean: false,
  bigint: 0n,
  array: [],
  object: {},
  function: () => undefined,
};

/** A zod issue with an input of the type its message says was received (for invalid_type). */
function withInput(issue: z.core.$ZodIssue): z.core.$ZodRawIssue {
  const received = / received (\w+)$/.exec(issue.message)?.[1];
  const input = received !== undefined && received in RECEIVED ? RECEIVED[received] : undefined;
  return { ...issue, input } as z.core.$ZodRawIssue;
}
