import { z } from 'zod';

/**
 * What an entry does. `earned` (posts, sales, recruits, challenges), `adjusted` (a manager's
 * grant or deduction) and `taken_back` (a fully refunded sale) move the balance and lifetime
 * points; `spent` (a redemption) and `returned` (a redemption rejected or cancelled) move only
 * the balance, so spending never moves tiers or leaderboards.
 */
export const LEDGER_KINDS = ['earned', 'adjusted', 'taken_back', 'spent', 'returned'] as const;
export const LedgerKindSchema = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof LedgerKindSchema>;

/** Whether an entry of this kind counts toward lifetime points (tiers, leaderboards). */
/**
 * What an entry is for, so a reader's language can word it (`reason` is the English): a sale, a
 * fully refunded sale, a recruit, an approved post, a reach bonus, a sales goal, a redemption and
 * its return. A manager's adjustment has none: its reason is the manager's own words.
 */
export const LEDGER_CODES = [
  'sale',
  'sale_refunded',
  'recruit',
  'post_approved',
  'reach_bonus',
  'sales_goal',
  'redeemed',
  'returned',
] as const;

export function countsTowardLifetime(kind: LedgerKind): boolean {
  return kind !== 'spent' && kind !== 'returned';
}

/** One entry of the append-only points ledger. */
export const LedgerEntrySchema = z
  .object({
    programId: z.string(),
    userId: z.string(),
    /** The event that earned it, such as `submission:{id}`; one entry per source, ever. */
    source: z.string(),
    points: z.number().int(),
    /** Entries written before kinds existed were all earned. */
    kind: LedgerKindSchema.default('earned'),
    /** The entry in an English sentence. */
    reason: z.string(),
    /** What it is for; entries written before codes existed have only `reason`. */
    code: z.enum(LEDGER_CODES).optional(),
    /** The names and numbers its sentence needs: `order`, `name`, `challenge`, `reward`, … */
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    at: z.string(),
    /** Adjustments: the manager who made it. */
    by: z.string().optional(),
  })
  .meta({ id: 'LedgerEntry' });
export type LedgerCode = (typeof LEDGER_CODES)[number];
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/**
 * Running totals for one ambassador, all-time (`period: 'all'`) or for one month. They are
 * derived from the ledger, in the same transaction as each entry, so a recount always agrees.
 */
export const AmbassadorStatsSchema = z.object({
  programId: z.string(),
  userId: z.string(),
  period: z.string(),
  displayName: z.string(),
  /** Sum of every entry: the balance, what the ambassador can spend. Never below zero. */
  points: z.number().int(),
  /** Sum of the entries that count toward lifetime (all but spending and its returns): what tiers and leaderboards are measured by. */
  lifetimePoints: z.number().int(),
  approvedPosts: z.number().int(),
  /** Months (program time zone) with at least one approved post; for streak badges. */
  activeMonths: z.array(z.string()).default([]),
  sales: z.number().int().default(0),
  /** Applicants recruited through this ambassador's invite link and approved. */
  recruits: z.number().int().default(0),
  badges: z.array(z.string()).default([]),
  tier: z.string().optional(),
  /** Optimistic-concurrency counter: every write checks the version it read. */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AmbassadorStats = z.infer<typeof AmbassadorStatsSchema>;
