/**
 * A form's values as typed, in one object: numbers stay text until saved, so a half-typed
 * "1." or an empty field is kept as the person left it.
 */

/** The fields of a draft that hold free text (not one of a few fixed strings). */
export type TextKey<D> = {
  [K in keyof D]-?: string extends D[K] ? (D[K] extends string ? K : never) : never;
}[keyof D];

/** The draft with one field changed; always a new object, so an edit is seen as one. */
export function withField<D extends object, K extends keyof D>(draft: D, key: K, value: D[K]): D {
  return { ...draft, [key]: value };
}

/**
 * The fields of `next` whose value differs from `current`'s, compared as JSON: a patch that
 * sends only what changed, so a save touches nothing someone else edited meanwhile.
 */
export function changedFields<T extends object>(next: T, current: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key])),
  ) as Partial<T>;
}
