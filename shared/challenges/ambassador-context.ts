import { findStats } from '../points/stats.store.ts';
import type { Program } from '../programs/program.schema.ts';
import type { Participation } from '../submissions/participation.schema.ts';
import { listParticipation } from '../submissions/participation.store.ts';
import { tierFor } from './challenge-rules.ts';

export type AmbassadorContext = {
  /** The tier by lifetime points under the program's current thresholds. */
  tier: string;
  participation: Map<string, Participation>;
  /** Challenges with an approved post: what prerequisites ask for. */
  completed: Set<string>;
};

/**
 * What decides an ambassador's locks: their tier, computed from lifetime points against the
 * program's current thresholds (so changing thresholds takes effect at once), and the
 * challenges they completed.
 */
export async function loadAmbassadorContext(program: Program, userId: string): Promise<AmbassadorContext> {
  const [stats, participation] = await Promise.all([
    findStats(program.programId, userId, 'all'),
    listParticipation(program.programId, userId),
  ]);
  const completed = new Set(
    [...participation.values()].filter((p) => p.completedAt).map((p) => p.challengeId),
  );
  return { tier: tierFor(program.tiers, stats?.lifetimePoints ?? 0).id, participation, completed };
}
