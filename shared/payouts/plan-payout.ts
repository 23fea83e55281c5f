import type { Commission } from '../commissions/commission.schema.ts';
import type { SkippedAmbassador } from './payout.schema.ts';

/**
 * The most lines one payout item claims. An item is written in one DynamoDB transaction
 * (at most 100 items): its lines, the item and the check that the payout is still being built
 * make 99; confirming it writes the lines, the item and the ambassador's notification (99 too).
 * An ambassador with more approved lines is paid for these now and the rest in the next payout.
 */
export const MAX_LINES_PER_ITEM = 97;

/**
 * The lines of one ambassador's item, from their approved lines (oldest first): all of them when
 * they fit; otherwise every clawback first, so a debt is never carried past a payout that could
 * net it, then the oldest commissions.
 */
export function chooseLines(
  lines: readonly Commission[],
  max = MAX_LINES_PER_ITEM,
): { chosen: Commission[]; left: number } {
  if (lines.length <= max) return { chosen: [...lines], left: 0 };
  const clawbacks = lines.filter((line) => line.amount < 0);
  const commissions = lines.filter((line) => line.amount >= 0);
  const chosen = [...clawbacks, ...commissions].slice(0, max);
  return { chosen, left: lines.length - chosen.length };
}

export type PayeeDecision =
  | {
      kind: 'pay';
      chosen: Commission[];
      amount: number;
      commissions: number;
      clawbacks: number;
      linesLeft: number;
    }
  | { kind: 'skip'; reason: SkippedAmbassador['reason']; amount?: number };

/**
 * Whether and what one ambassador is paid: their own approved lines (a cap's worth), their own
 * clawbacks netted against their own commissions, never anyone else's. Skipped without payout
 * details, when the net is not above zero, or when it is below the program's minimum.
 */
export function decidePayee(options: {
  lines: readonly Commission[];
  minimum: number;
  hasDetails: boolean;
}): PayeeDecision {
  const { lines, minimum } = options;
  if (lines.length === 0) return { kind: 'skip', reason: 'no_approved_lines' };
  const { chosen, left } = chooseLines(lines);
  const commissions = chosen.filter((l) => l.amount > 0).reduce((sum, l) => sum + l.amount, 0);
  const clawbacks = chosen.filter((l) => l.amount < 0).reduce((sum, l) => sum + l.amount, 0);
  const amount = commissions + clawbacks;
  if (!options.hasDetails) return { kind: 'skip', reason: 'no_payout_details', amount };
  if (amount <= 0) return { kind: 'skip', reason: 'nothing_owed', amount };
  if (amount < minimum) return { kind: 'skip', reason: 'below_minimum', amount };
  return { kind: 'pay', chosen, amount, commissions, clawbacks, linesLeft: left };
}

/** Runs `task` over `items`, at most `limit` at once, in the items' order of starting. */
export async function inTurns<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
