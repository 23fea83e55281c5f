import { humanise } from '../../../ui/format.ts';

/** A month's first instant in seconds, where the charts place it. */
export const monthSeconds = (month: string) => Date.parse(`${month}-01T00:00:00Z`) / 1000;

/** A count, or a dash where there is none yet. */
export const count = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(value);

/** `['post_submitted', 'post_approved']` → "post submitted → post approved". */
export const chainText = (chain: string[]) => chain.map(humanise).join(' → ');

/** The most frequent transitions first, at most `limit` of them. */
export function topTransitions<T extends { count: number }>(transitions: readonly T[], limit = 15): T[] {
  return [...transitions].sort((a, b) => b.count - a.count).slice(0, limit);
}
