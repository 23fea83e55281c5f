import { conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import type { Challenge, UpdateChallengeInput } from './challenge.schema.ts';
import { getChallenge, replaceChallenge } from './challenge.store.ts';
import { challengeStatus } from './challenge-rules.ts';
import { assertChallengeSettings, resolveWindow } from './challenge-settings.ts';

/** Once a challenge is open, changing its rules would be unfair to those who already posted. */
const EDITABLE_WHILE_RUNNING = new Set(['title', 'brief', 'closesAt']);

/**
 * Changes a challenge (managers). Drafts and scheduled challenges change freely; open and
 * closed ones only in title and brief.
 * @throws AppError `forbidden`, `not_found`, `conflict`, `validation_failed`.
 */
export async function updateChallenge(
  user: AuthUser,
  programId: string,
  challengeId: string,
  patch: UpdateChallengeInput,
): Promise<Challenge> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const current = await getChallenge(programId, challengeId);
  const status = challengeStatus(current, new Date());
  const locked = Object.keys(patch).filter((field) => !EDITABLE_WHILE_RUNNING.has(field));
  if ((status === 'open' || status === 'closed') && locked.length > 0) {
    throw conflict(`The challenge is ${status}: only its title, brief and a later deadline can change now`, {
      fields: locked,
    });
  }
  if (status !== 'draft' && status !== 'scheduled' && patch.closesAt !== undefined) {
    const extended = new Date(patch.closesAt).toISOString();
    if (extended <= current.closesAt || extended <= new Date().toISOString()) {
      throw conflict('A running challenge can only have its deadline moved later, into the future', {
        closesAt: current.closesAt,
      });
    }
  }
  const { month, opensAt, closesAt, slots, minTier, salesGoal, ...rest } = patch;
  const next: Challenge = { ...current, ...rest, updatedAt: nowIso() };
  if (month !== undefined || opensAt !== undefined) {
    delete next.month;
    Object.assign(
      next,
      resolveWindow(access.program, { month, opensAt, closesAt: closesAt ?? current.closesAt }),
    );
  } else if (closesAt !== undefined) {
    next.closesAt = new Date(closesAt).toISOString();
  }
  if (next.closesAt <= next.opensAt) throw conflict('closesAt must be after opensAt');
  if (slots === null) delete next.slots;
  else if (slots !== undefined) next.slots = slots;
  if (salesGoal === null) delete next.salesGoal;
  else if (salesGoal !== undefined) next.salesGoal = salesGoal;
  if (minTier === null) delete next.minTier;
  else if (minTier !== undefined) next.minTier = minTier;
  if (next.published) next.status = challengeStatus(next, new Date());
  await replaceChallenge(current, next, await assertChallengeSettings(access.program, next));
  return next;
}
