import type { z } from 'zod';
import zodDe from 'zod/v4/locales/de.js';
import zodEn from 'zod/v4/locales/en.js';
import type { Language } from '../languages.ts';
import { de } from './de.ts';
import { messageTranslator } from './translate.ts';

/**
 * The words of the error answers in the languages other than English (the source's own).
 * Imported on use (`await import()` in functions/http/error-mapper.ts), only when an error is
 * answered to a reader of such a language: the catalogue and zod's locales are in no cold start.
 * It imports nothing a function loads at a cold start (cdk/bundling.ts gives it zod's locales
 * apart), so the split leaves the cold start's chunks as they are.
 */

/** The words of one language. */
export type ErrorWords = {
  /** An English message in the language (itself when the catalogue does not know it). */
  message: (english: string, known?: ReadonlyMap<string, string>) => string;
  /** A zod issue's message in the language when it is zod's own English default, else undefined. */
  zodDefault: (issue: z.core.$ZodIssue) => string | undefined;
};

const english = zodEn().localeError;
const text = (message: ReturnType<typeof english>) =>
  typeof message === 'string' ? message : message?.message;

function wordsOf(catalogue: typeof de, locale: typeof zodDe): ErrorWords {
  const zodLocale = locale().localeError;
  return {
    message: messageTranslator(catalogue),
    zodDefault: (issue) => {
      const raw = withInput(issue);
      // zod dropped the input from the issue; its English says what was received.
      return text(english(raw)) === issue.message ? text(zodLocale(raw)) : undefined;
    },
  };
}

const WORDS: Record<Exclude<Language, 'en'>, ErrorWords> = { de: wordsOf(de, zodDe) };

/** The error answers' words in a language other than English. */
export function errorWords(language: Exclude<Language, 'en'>): ErrorWords {
  return WORDS[language];
}

/** An issue in an error body's details: a field's path and its message. */
type Issue = { path: string; message: string };

/** The `{ error: { code, message, details?, requestId } }` body of an error answer. */
type ErrorBody = { error: { message: string; details?: unknown } };

/**
 * An error body in a language: each issue's message (zod's own English by zod's locale, the
 * rest by the catalogue), each answer's problem (an application's `details.answers`), then the
 * message, which may be a summary of those issues. The code,
 * the paths and everything else stay as they are.
 * @param zodIssues the zod issues the body's issues were made from, in order, if it was zod's.
 */
export function errorBodyIn<B extends ErrorBody>(
  body: B,
  zodIssues: readonly z.core.$ZodIssue[] | undefined,
  language: Exclude<Language, 'en'>,
): B {
  const words = errorWords(language);
  const details = body.error.details as { issues?: unknown; answers?: unknown } | undefined;
  const issues = Array.isArray(details?.issues) ? (details.issues as unknown[]) : undefined;
  // An application's answers: question id → its problem, in English.
  const answers =
    typeof details?.answers === 'object' && details.answers !== null && !Array.isArray(details.answers)
      ? Object.fromEntries(
          Object.entries(details.answers as Record<string, unknown>).map(([question, problem]) => [
            question,
            typeof problem === 'string' ? words.message(problem) : problem,
          ]),
        )
      : undefined;
  const known = new Map<string, string>();
  const translatedIssues = issues?.map((issue, i) => {
    if (!isIssue(issue)) return issue;
    const zodIssue = zodIssues?.[i];
    const message = (zodIssue && words.zodDefault(zodIssue)) ?? words.message(issue.message);
    known.set(issue.message, message);
    return { ...issue, message };
  });
  return {
    ...body,
    error: {
      ...body.error,
      message: words.message(body.error.message, known),
      ...(translatedIssues || answers
        ? {
            details: {
              ...details,
              ...(translatedIssues ? { issues: translatedIssues } : {}),
              ...(answers ? { answers } : {}),
            },
          }
        : {}),
    },
  };
}

function isIssue(value: unknown): value is Issue {
  return typeof value === 'object' && value !== null && typeof (value as Issue).message === 'string';
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
