import type { Tier } from '../programs/program.schema.ts';
import type { Challenge, ChallengeStatus, Lock } from './challenge.schema.ts';

/**
 * A challenge's state by the clock: draft until published, then scheduled, open and closed
 * by its window. Readers use this, so a late scheduler never lets a post into a closed challenge.
 */
export function challengeStatus(
  challenge: Pick<Challenge, 'published' | 'opensAt' | 'closesAt'>,
  now: Date,
): ChallengeStatus {
  if (!challenge.published) return 'draft';
  const at = now.toISOString();
  if (at < challenge.opensAt) return 'scheduled';
  return at < challenge.closesAt ? 'open' : 'closed';
}

/**
 * When the scheduler next has work on a published challenge: its opening, its announcement
 * (due at once when it opened without one, say published mid-window), its closing; or never.
 */
export function nextTransition(
  challenge: Pick<Challenge, 'opensAt' | 'closesAt' | 'announcedAt'>,
  status: ChallengeStatus,
): string | undefined {
  if (status === 'scheduled') return challenge.opensAt;
  if (status === 'open') return challenge.announcedAt ? challenge.closesAt : challenge.opensAt;
  return undefined;
}

/** The index of a tier id in the program's ladder, or -1. */
export function tierRank(tiers: readonly Tier[], tierId: string | undefined): number {
  return tiers.findIndex((tier) => tier.id === tierId);
}

/** The tier reached with `lifetimePoints`: the highest whose threshold is met. */
export function tierFor(tiers: readonly Tier[], lifetimePoints: number): Tier {
  let reached = tiers[0] ?? { id: 'member', name: 'Member', minPoints: 0 };
  for (const tier of tiers) if (lifetimePoints >= tier.minPoints) reached = tier;
  return reached;
}

/**
 * Why an ambassador cannot take part yet, or undefined when they can: a tier below the
 * challenge's minimum, or prerequisites without an approved post.
 */
export function lockFor(
  challenge: Pick<Challenge, 'minTier' | 'prerequisites'>,
  ambassador: { tier: string | undefined; completed: ReadonlySet<string> },
  context: { tiers: readonly Tier[]; titles: ReadonlyMap<string, string> },
): Lock | undefined {
  if (challenge.minTier) {
    const needed = tierRank(context.tiers, challenge.minTier);
    const mine = Math.max(0, tierRank(context.tiers, ambassador.tier));
    if (needed > mine) {
      const name = context.tiers[needed]?.name ?? challenge.minTier;
      return {
        code: 'tier',
        tier: challenge.minTier,
        message: `Reach the ${name} tier to unlock this challenge`,
      };
    }
  }
  const missing = challenge.prerequisites.filter((id) => !ambassador.completed.has(id));
  if (missing.length > 0) {
    const titles = missing.map((id) => context.titles.get(id) ?? id);
    const names = titles.map((title) => `"${title}"`).join(' and ');
    return {
      code: 'prerequisite',
      challengeIds: missing,
      titles,
      message: `Get a post approved in ${names} first`,
    };
  }
  return undefined;
}

/**
 * Finds a cycle in the prerequisite graph, if any, as the list of challenge ids around it.
 * @param edges challenge id → the ids it requires
 */
export function findPrerequisiteCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
