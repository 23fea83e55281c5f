import { t } from '../i18n/i18n.ts';
import { formatCount } from './format.ts';

/** How near the limit a count starts to speak: the last tenth, and never fewer than 20 characters. */
function nearFrom(max: number): number {
  return max - Math.max(20, Math.ceil(max / 10));
}

/** The count as it is seen: `120 / 5,000`. */
export function countText(length: number, max: number): string {
  return `${formatCount(length)} / ${formatCount(max)}`;
}

/**
 * What a screen reader hears, and only near the limit: how many characters are left, or how many
 * are too many. Empty until then, so typing a short caption is not read out key by key.
 */
export function countAnnouncement(length: number, max: number): string {
  if (length > max) {
    return t('sentences.count.over', { count: length - max });
  }
  if (length < nearFrom(max)) return '';
  return t('sentences.count.left', { count: max - length });
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
