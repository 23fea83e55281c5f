import type { Commission } from '../brand-data.ts';

/** What a payout transaction holds at most (the API refuses more than 99 lines per call). */
export const BATCH = 99;

/**
 * Splits lines into payouts of at most 99, keeping each ambassador's lines together where they
 * fit, because the API nets a clawback only against the same ambassador's lines in the same call.
 */
export function batchesOf(lines: Commission[]): Commission[][] {
  const byAmbassador = new Map<string, Commission[]>();
  for (const line of lines)
    byAmbassador.set(line.ambassadorId, [...(byAmbassador.get(line.ambassadorId) ?? []), line]);
  const groups: Commission[][] = [];
  for (const group of byAmbassador.values()) {
    if (group.length <= BATCH) {
      groups.push(group);
      continue;
    }
    // Too many for one call: each clawback goes with commissions that cover it.
    const chunks: { lines: Commission[]; sum: number }[] = [];
    for (const line of group.filter((l) => l.amount >= 0).sort((a, b) => b.amount - a.amount)) {
      const last = chunks.at(-1);
      if (last && last.lines.length < BATCH) {
        last.lines.push(line);
        last.sum += line.amount;
      } else chunks.push({ lines: [line], sum: line.amount });
    }
    for (const clawback of group.filter((l) => l.amount < 0)) {
      const home =
        chunks.find((c) => c.lines.length < BATCH && c.sum + clawback.amount >= 0) ?? chunks.at(-1);
      if (home && home.lines.length < BATCH) {
        home.lines.push(clawback);
        home.sum += clawback.amount;
      } else chunks.push({ lines: [clawback], sum: clawback.amount });
    }
    groups.push(...chunks.map((c) => c.lines));
  }
  const batches: Commission[][] = [];
  for (const group of groups.sort((a, b) => b.length - a.length)) {
    const fit = batches.find((b) => b.length + group.length <= BATCH);
    if (fit) fit.push(...group);
    else batches.push([...group]);
  }
  return batches;
}

/** The ambassadors whose clawbacks outweigh their commissions among the lines chosen: a payout cannot be negative. */
export function owingAmbassadors(chosen: readonly Commission[]): string[] {
  const sums = new Map<string, number>();
  for (const line of chosen) sums.set(line.ambassadorId, (sums.get(line.ambassadorId) ?? 0) + line.amount);
  return [...sums].filter(([, sum]) => sum < 0).map(([id]) => id);
}

export const totalOf = (lines: readonly { amount: number }[]): number =>
  lines.reduce((sum, line) => sum + line.amount, 0);
