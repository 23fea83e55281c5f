import { z } from 'zod';

/** One entry of the append-only points ledger. */
export const LedgerEntrySchema = z
  .object({
    programId: z.string(),
    userId: z.string(),
    /** The event that earned it, such as `submission:{id}`; one entry per source, ever. */
    source: z.string(),
    points: z.number().int(),
    reason: z.string(),
    at: z.string(),
  })
  .meta({ id: 'LedgerEntry' });
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
  /** Sum of every entry: what the ambassador has now. */
  points: z.number().int(),
  /** Sum of positive entries: what tiers are measured by. */
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
