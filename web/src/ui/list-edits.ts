/** Edits of a list a form holds: each returns a new list and leaves the one it was given alone. */

/** A row of an editable list, told apart by a key that lives only in the browser. */
export type Keyed = { key: number };

let lastKey = 0;

/**
 * A key for a new row. Unique for the page's life, never reused: a row added after another
 * was removed must not take over the removed row's DOM or anything kept by its key.
 */
export function newKey(): number {
  lastKey += 1;
  return lastKey;
}

/**
 * Adjusts a row after an edit: `row` has the change applied, `others` are the list's other
 * rows (to keep an id derived from a name unique among them).
 */
export type Adjust<T> = (row: T, change: Partial<T>, others: T[]) => T;

/** The list with the change made to the row with this key. */
export function updated<T extends Keyed>(
  items: readonly T[],
  key: number,
  change: Partial<T>,
  adjust?: Adjust<T>,
): T[] {
  return items.map((row) => {
    if (row.key !== key) return row;
    const next = { ...row, ...change };
    return adjust
      ? adjust(
          next,
          change,
          items.filter((other) => other.key !== key),
        )
      : next;
  });
}

/** The list without the row with this key. */
export function removed<T extends Keyed>(items: readonly T[], key: number): T[] {
  return items.filter((row) => row.key !== key);
}

/** The list with the item at `index` moved `delta` places; a move past either end changes nothing. */
export function moved<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * A checkbox set: the list with `value` in it (`on`) or not. Given an `order`, the list keeps
 * that order whatever order the boxes were ticked in; else a value ticked goes last.
 */
export function toggled<T>(items: readonly T[], value: T, on: boolean, order?: readonly T[]): T[] {
  const rest = items.filter((item) => item !== value);
  if (!on) return rest;
  return order ? order.filter((item) => item === value || rest.includes(item)) : [...rest, value];
}
