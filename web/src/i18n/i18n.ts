import { IntlMessageFormat } from 'intl-messageformat';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isLanguage, type Language, pickLanguage } from '../../../shared/i18n/languages.ts';
import { FIELD_LABELS } from '../../../shared/platform/http/field-labels.ts';
import { type Catalogue, en, type MessageKey } from './messages/en/index.ts';

/**
 * The dashboard's words in the reader's language: `t(key, values)` formats a message of the
 * catalogue (ICU MessageFormat: `{count, plural, one {# post} other {# posts}}`) in the current
 * language. English is in the first load; another language's catalogue loads before it is used.
 *
 * The language is the person's choice once they have made one (kept in this browser, and in
 * their profile once signed in, so their emails follow it); before that, the browser's.
 */
export type MessageValues = Record<string, string | number | Date>;
/** Values for a message with parts in tags (`<link>Sign in</link>`): each tag a function wrapping its words. */
export type RichValues = Record<
  string,
  string | number | Date | ComponentChildren | ((chunks: ComponentChildren[]) => ComponentChildren)
>;

const STORAGE_KEY = 'embassy:language';
const CHANGE = 'embassy:language';
/** A language's words: the dashboard's catalogue, and the names of the API's fields (for errors). */
type Words = { catalogue: Catalogue; fieldLabels: Readonly<Record<string, string>> };
const ENGLISH: Words = { catalogue: en, fieldLabels: FIELD_LABELS };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Words>> = {
  de: () =>
    Promise.all([
      import('./messages/de/index.ts'),
      import('../../../shared/platform/http/field-labels-de.ts'),
    ]).then(([messages, fields]) => ({ catalogue: messages.de, fieldLabels: fields.FIELD_LABELS_DE })),
};

let language: Language = 'en';
let catalogue: Catalogue = en;
let fieldLabels = FIELD_LABELS;
const formats = new Map<MessageKey, IntlMessageFormat>();

/** The message `key` in the current language, its `{placeholders}` filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  const message = catalogue[key];
  // Most messages are plain words: no parsing for them.
  if (!/[{<']/.test(message)) return message;
  return String(formatOf(key, message).format(values));
}

/**
 * A message with parts the page wraps in elements, for JSX:
 * `tx('auth.signIn.new', { link: (words) => <Link href="/signup">{words}</Link> })`.
 */
export function tx(key: MessageKey, values: RichValues): ComponentChildren {
  return formatOf(key, catalogue[key]).format<ComponentChildren>(values as never) as ComponentChildren;
}

function formatOf(key: MessageKey, message: string): IntlMessageFormat {
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, intlLocale());
    formats.set(key, format);
  }
  return format;
}

/** The current language. */
export function currentLanguage(): Language {
  return language;
}

/**
 * The locale dates, numbers and money are written in: the browser's own (`de-AT`, `en-GB`) when
 * it is in the current language, else the language itself.
 */
export function intlLocale(): string {
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
  return browser && pickLanguage([browser]) === language ? browser : language;
}

/** The language this browser was told to use, else the one its languages point to. */
export function startingLanguage(): Language {
  const saved = readSaved();
  if (saved) return saved;
  return pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/**
 * Switches the dashboard to `next`: loads its catalogue, sets `<html lang>`, and re-renders
 * whatever uses `useLanguage`. `remember` keeps it as this browser's choice.
 */
export async function setLanguage(next: Language, { remember = false } = {}): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  const words = next === 'en' ? ENGLISH : await loaders[next]();
  if (next === language && words.catalogue === catalogue) return;
  language = next;
  catalogue = words.catalogue;
  fieldLabels = words.fieldLabels;
  formats.clear();
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (typeof window !== 'undefined') dispatchEvent(new Event(CHANGE));
}

/** The API's field names in the current language (shared/platform/http/field-labels*.ts). */
export function currentFieldLabels(): Readonly<Record<string, string>> {
  return fieldLabels;
}

/** The current language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const [current, setCurrent] = useState(language);
  useEffect(() => {
    const update = () => setCurrent(language);
    addEventListener(CHANGE, update);
    update();
    return () => removeEventListener(CHANGE, update);
  }, []);
  return current;
}

/** The language a person chose in this browser, if they did. */
export function chosenLanguage(): Language | undefined {
  return readSaved();
}

function readSaved(): Language | undefined {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}
