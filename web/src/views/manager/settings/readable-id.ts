import type { Adjust } from '../../../ui/list-edits.ts';

/** How a kind of row's id is spelt: `sep` between words, at most `max` characters. */
export type IdRule = { sep: '_' | '-'; max: number; fallback: string };

export const QUESTION_ID: IdRule = { sep: '_', max: 40, fallback: 'question' };
export const TIER_ID: IdRule = { sep: '-', max: 32, fallback: 'tier' };
export const BADGE_ID: IdRule = { sep: '-', max: 32, fallback: 'badge' };

/** A readable id from a name: lower-case letters, digits and the separator, unique among `taken`. */
export function readableId(name: string, { sep, max, fallback }: IdRule, taken: readonly string[]): string {
  let base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^[^a-z]+|\\${sep}+$`, 'g'), '')
    .slice(0, max - 3);
  if (!base) base = fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}${sep}${n}`;
  return id;
}

/**
 * A new row's id follows its name (`field`) as it is typed, until saved. A saved row's id stays:
 * earlier answers, rates and badges awarded refer to it.
 */
export function idFollows<T extends { id: string; isNew: boolean }>(field: keyof T, rule: IdRule): Adjust<T> {
  return (row, change, others) => {
    const name = change[field];
    if (!row.isNew || name === undefined) return row;
    return {
      ...row,
      id: readableId(
        String(name),
        rule,
        others.map((o) => o.id),
      ),
    };
  };
}
