/** The selection with `id` added or taken out. */
export function toggled(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The selection less `ids` (items that left the list). */
export function without(selected: ReadonlySet<string>, ids: ReadonlySet<string>): Set<string> {
  return new Set([...selected].filter((id) => !ids.has(id)));
}
