import { validationFailed } from '../errors.ts';
import type { Program } from '../programs/program.schema.ts';
import type { Challenge } from './challenge.schema.ts';
import { type GraphGuard, listAllChallenges, readGraphVersion } from './challenge.store.ts';
import { findPrerequisiteCycle } from './challenge-rules.ts';
import { monthWindow } from './month-window.ts';

type WindowFields = {
  month?: string | undefined;
  opensAt?: string | undefined;
  closesAt?: string | undefined;
};

/** The window in UTC: a month in the program's time zone, or the explicit instants. */
export function resolveWindow(
  program: Program,
  input: WindowFields,
): { month?: string; opensAt: string; closesAt: string } {
  if (input.month) return { month: input.month, ...monthWindow(input.month, program.timeZone) };
  return {
    opensAt: new Date(input.opensAt as string).toISOString(),
    closesAt: new Date(input.closesAt as string).toISOString(),
  };
}

/**
 * Checks a challenge's tier, prerequisites and rights rule against the program: the tier exists,
 * each prerequisite is another challenge of the program, the prerequisites form no cycle, and a
 * challenge that requires a rights grant has content terms to grant them under.
 * @returns the graph version the check saw, when there are prerequisites: write with it, so a
 *   concurrent edit that would close a cycle is refused.
 * @throws AppError `validation_failed`.
 */
export async function assertChallengeSettings(
  program: Program,
  challenge: Challenge,
): Promise<GraphGuard | undefined> {
  if (challenge.minTier && !program.tiers.some((tier) => tier.id === challenge.minTier)) {
    throw validationFailed(`minTier: no tier "${challenge.minTier}" in this program`, {
      field: 'minTier',
      tiers: program.tiers.map((t) => t.id),
    });
  }
  if (challenge.rightsRequired && !program.contentTerms) {
    throw validationFailed('rightsRequired: set the program’s content terms first', {
      field: 'rightsRequired',
    });
  }
  if (challenge.prerequisites.length === 0) return undefined;
  const guard = await readGraphVersion(program.programId);
  if (challenge.prerequisites.includes(challenge.challengeId)) {
    throw validationFailed('prerequisites: a challenge cannot require itself', { field: 'prerequisites' });
  }
  const all = await listAllChallenges(program.programId);
  const known = new Set(all.map((c) => c.challengeId));
  const unknown = challenge.prerequisites.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw validationFailed(`prerequisites: no such challenge in this program: ${unknown.join(', ')}`, {
      field: 'prerequisites',
      unknown,
    });
  }
  const edges = new Map(all.map((c) => [c.challengeId, c.prerequisites]));
  edges.set(challenge.challengeId, challenge.prerequisites);
  const cycle = findPrerequisiteCycle(edges);
  if (cycle) {
    throw validationFailed(`prerequisites: that would make a cycle (${cycle.join(' → ')})`, {
      field: 'prerequisites',
      cycle,
    });
  }
  return guard;
}
