/** How near the limit a count starts to speak: the last tenth, and never fewer than 20 characters. */
function nearFrom(max: number): number {
  return max - Math.max(20, Math.ceil(max / 10));
}

/** The count as it is seen: `120 / 5,000`. */
export function countText(length: number, max: number): string {
  return `${length.toLocaleString('en')} / ${max.toLocaleString('en')}`;
}

/**
 * What a screen reader hears, and only near the limit: how many characters are left, or how many
 * are too many. Empty until then, so typing a short caption is not read out key by key.
 */
export function countAnnouncement(length: number, max: number): string {
  if (length > max) {
    const over = length - max;
    return over === 1 ? '1 character too many' : `${over.toLocaleString('en')} characters too many`;
  }
  if (length < nearFrom(max)) return '';
  const left = max - length;
  return left === 1 ? '1 character left' : `${left.toLocaleString('en')} characters left`;
}

/**
 * A field's length against its limit (the same limit the server's schema checks). It turns to a
 * warning near the limit and to an error past it; a polite live region announces only then.
 */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  const state = length > max ? ' over' : length >= nearFrom(max) ? ' near' : '';
  return (
    <span class={`character-count${state}`}>
      <span aria-hidden="true">{countText(length, max)}</span>
      <span class="visually-hidden" aria-live="polite">
        {countAnnouncement(length, max)}
      </span>
    </span>
  );
}
