import { useState } from 'preact/hooks';
import { toggled, without } from './selection.ts';

export type Selection = {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  /** Selects exactly these. */
  choose: (ids: Iterable<string>) => void;
  clear: () => void;
  /** Unselects items that left the list or need another look. */
  drop: (ids: ReadonlySet<string>) => void;
};

/** The ids ticked in a list, for a bulk action on them. */
export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  return {
    selected,
    toggle: (id, on) => setSelected((current) => toggled(current, id, on)),
    choose: (ids) => setSelected(new Set(ids)),
    clear: () => setSelected(new Set()),
    drop: (ids) => setSelected((current) => without(current, ids)),
  };
}
