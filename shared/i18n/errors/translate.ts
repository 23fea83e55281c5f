/**
 * An error message's words in another language, from a catalogue keyed by the English message.
 * A key with `{name}` parts is a template, matched against the whole message; the parts are
 * carried over into the translation, each translated too when it is itself in the catalogue
 * (`{what} was not found` with "Challenge"). A message built of messages is translated piece by
 * piece: a field's path before a message (`payoutAccount.iban: Not a valid IBAN: …`), and
 * messages joined with `; ` (zod's summary, a list of a form's issues).
 */
export type ErrorCatalogue = Readonly<Record<string, string>>;

/** A template key, compiled: its pattern and its part names in order. */
type Template = { pattern: RegExp; names: string[]; translation: string };

const PART = /\{(\w+)\}/g;
/** A field path as the issues spell it: `name`, `payoutAccount.iban`, `questions.0.label`. */
const FIELD_PREFIX = /^([\w-]+(?:\.[\w-]+)*): (.+)$/s;

/**
 * A function that writes an English message in the catalogue's language; a message it does not
 * know comes back as it was. `known` adds translations for this one call (zod's own messages
 * of the request's issues, which no catalogue holds).
 */
export function messageTranslator(catalogue: ErrorCatalogue) {
  const templates = compile(catalogue);
  const whole = (message: string, known?: ReadonlyMap<string, string>): string | undefined => {
    const exact = known?.get(message) ?? catalogue[message];
    if (exact !== undefined) return exact;
    for (const { pattern, names, translation } of templates) {
      const match = pattern.exec(message);
      if (!match) continue;
      const parts = new Map(names.map((name, i) => [name, match[i + 1] ?? '']));
      return translation.replace(PART, (_, name: string) => {
        const part = parts.get(name) ?? '';
        return whole(part, known) ?? part;
      });
    }
    return undefined;
  };
  const translate = (message: string, known?: ReadonlyMap<string, string>): string | undefined => {
    const found = whole(message, known);
    if (found !== undefined) return found;
    const prefixed = FIELD_PREFIX.exec(message);
    if (prefixed) {
      const rest = translate(prefixed[2] ?? '', known);
      if (rest !== undefined) return `${prefixed[1]}: ${rest}`;
    }
    if (message.includes('; ')) {
      const pieces = message.split('; ');
      const translated = pieces.map((piece) => translate(piece, known));
      if (translated.some((piece) => piece !== undefined))
        return translated.map((piece, i) => piece ?? pieces[i]).join('; ');
    }
    return undefined;
  };
  return (message: string, known?: ReadonlyMap<string, string>) => translate(message, known) ?? message;
}

/** The catalogue's templates, the most specific first (the most fixed words), so that a
 * template never takes a message a longer one was written for. */
function compile(catalogue: ErrorCatalogue): Template[] {
  return Object.entries(catalogue)
    .filter(([english]) => /\{\w+\}/.test(english))
    .map(([english, translation]) => {
      const names = [...english.matchAll(PART)].map((m) => m[1] ?? '');
      const fixed = english.split(PART).filter((_, i) => i % 2 === 0);
      const pattern = new RegExp(`^${fixed.map(escapeRegExp).join('(.+?)')}$`, 's');
      return { pattern, names, translation, fixedLength: fixed.join('').length };
    })
    .sort((a, b) => b.fixedLength - a.fixedLength)
    .map(({ pattern, names, translation }) => ({ pattern, names, translation }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `{name}` parts of a message, in order (a template's, for the catalogue's checks). */
export function partsOf(message: string): string[] {
  return [...message.matchAll(PART)].map((m) => m[1] ?? '').sort();
}
