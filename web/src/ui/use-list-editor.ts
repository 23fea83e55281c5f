import { type Adjust, type Keyed, moved, removed, updated } from './list-edits.ts';

export type ListEditor<T extends Keyed> = {
  /** Adds the row `make` builds from the list as it is (to number it, or keep its id unique). */
  add: (make: (items: readonly T[]) => T) => void;
  update: (key: number, change: Partial<T>) => void;
  remove: (key: number) => void;
  move: (index: number, delta: number) => void;
};

/**
 * Add, change, move and remove for a list of rows inside a draft (`useDraft`): `edit` is the
 * draft's update of that list's field, so each edit builds on the latest list.
 */
export function useListEditor<T extends Keyed>(
  edit: (change: (items: T[]) => T[]) => void,
  adjust?: Adjust<T>,
): ListEditor<T> {
  return {
    add: (make) => edit((items) => [...items, make(items)]),
    update: (key, change) => edit((items) => updated(items, key, change, adjust)),
    remove: (key) => edit((items) => removed(items, key)),
    move: (index, delta) => edit((items) => moved(items, index, delta)),
  };
}
