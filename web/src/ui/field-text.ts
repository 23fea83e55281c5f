/** A form field's text as the value a request takes, and a value as the text to edit. */

/** A number as a field's text; '' for none. */
export const textOf = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** A field's number; NaN when empty, so the API names the field as missing. */
export const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** An optional field's number; undefined when empty. */
export const optionalNumberOf = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text);

/** The words of a field that takes several, separated by spaces, commas or new lines. */
export const wordsOf = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter(Boolean);

/** The non-empty lines of a field that takes one entry a line (an entry may hold spaces). */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
