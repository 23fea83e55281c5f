import { addMonths } from '../challenges/month-window.ts';
import type { Badge } from '../programs/program.schema.ts';

export type BadgeFacts = {
  approvedPosts: number;
  activeMonths: readonly string[];
  lifetimePoints: number;
  sales: number;
};

/** The longest run of consecutive months in a set of `YYYY-MM`. */
export function longestStreak(months: readonly string[]): number {
  const set = new Set(months);
  let best = 0;
  for (const month of set) {
    if (set.has(addMonths(month, -1))) continue;
    let length = 1;
    while (set.has(addMonths(month, length))) length++;
    best = Math.max(best, length);
  }
  return best;
}

/** Whether the facts meet a badge's rule. */
export function meetsRule(badge: Badge, facts: BadgeFacts): boolean {
  const rule = badge.rule;
  switch (rule.kind) {
    case 'approved_posts':
      return facts.approvedPosts >= rule.count;
    case 'streak_months':
      return longestStreak(facts.activeMonths) >= rule.months;
    case 'lifetime_points':
      return facts.lifetimePoints >= rule.points;
    case 'first_sale':
      return facts.sales >= 1;
  }
}

/** Badges the facts now earn that were not held before: each badge is awarded once. */
export function newlyEarned(badges: readonly Badge[], facts: BadgeFacts, held: ReadonlySet<string>): Badge[] {
  return badges.filter((badge) => !held.has(badge.id) && meetsRule(badge, facts));
}
