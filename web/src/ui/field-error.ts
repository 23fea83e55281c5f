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
