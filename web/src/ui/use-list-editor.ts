import type { TextKey } from './draft.ts';
import { type Adjust, type Keyed, moved, removed, updated } from './list-edits.ts';

export type ListEditor<T extends Keyed> = {
  /** Adds the row `make` builds from the list as it is (to number it, or keep its id unique). */
  add: (make: (items: readonly T[]) => T) => void;
  update: (key: number, change: Partial<T>) => void;
  remove: (key: number) => void;
  move: (index: number, delta: number) => void;
  /** A text field's `value` and `onValue`, bound to a field of a row. */
  bind: (row: T, key: TextKey<T>) => { value: string; onValue: (value: string) => void };
};

/**
 * Add, change, move and remove for a list of rows inside a draft (`useDraft`): `edit` is the
 * draft's update of that list's field, so each edit builds on the latest list.
 */
export function useListEditor<T extends Keyed>(
  edit: (change: (items: T[]) => T[]) => void,
  adjust?: Adjust<T>,
): ListEditor<T> {
  const update = (key: number, change: Partial<T>) => edit((items) => updated(items, key, change, adjust));
  return {
    add: (make) => edit((items) => [...items, make(items)]),
    update,
    remove: (key) => edit((items) => removed(items, key)),
    move: (index, delta) => edit((items) => moved(items, index, delta)),
    bind: (row, field) => ({
      value: row[field] as string,
      onValue: (value) => update(row.key, { [field]: value } as Partial<T>),
    }),
  };
}
