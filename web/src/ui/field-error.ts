import { fieldLabel } from '../../../shared/platform/http/field-labels.ts';
import { currentFieldLabels } from '../i18n/i18n.ts';

/**
 * The API's problem for a form field, from `fieldErrors`: the one at `path`, else one inside
 * it (`commission.rate.kind` for `commission.rate`) that does not belong to a row of a list
 * (`questions.0.label` is shown at that question's field, not again at `questions`).
 */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  return (
    errors[path] ??
    Object.entries(errors).find(
      ([key]) => key.startsWith(`${path}.`) && !/\.\d+\./.test(key.slice(path.length)),
    )?.[1]
  );
}

/**
 * A field's path from the API in words, by the names shared with the server's schema
 * (`requirements.hashtags.2` → "Hashtag 3"), in the reader's language; a path not named there is spelled out
 * (`commission.holdingDays` → "Commission holding days").
 */
export function fieldName(path: string): string {
  const named = fieldLabel(path, currentFieldLabels());
  if (named) return named;
  const words = path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(),
    );
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The API's message about one field without the field's code name it starts with
 * (`postUrl: this is not …` → "This is not …"), as a sentence.
 */
export function withoutFieldPrefix(message: string, field: string): string {
  const plain = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}
