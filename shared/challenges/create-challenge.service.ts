import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import type { Challenge, CreateChallengeInput } from './challenge.schema.ts';
import { insertChallenge } from './challenge.store.ts';
import { assertChallengeSettings, resolveWindow } from './challenge-settings.ts';

/**
 * Creates a challenge as a draft (managers). Publish it to schedule or open it.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (tier, prerequisites, cycle).
 */
export async function createChallenge(
  user: AuthUser,
  programId: string,
  input: CreateChallengeInput,
): Promise<Challenge> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const { month: _month, opensAt: _opensAt, closesAt: _closesAt, ...fields } = input;
  const now = nowIso();
  const challenge: Challenge = {
    challengeId: newId(),
    programId,
    ...fields,
    ...resolveWindow(access.program, input),
    slotsUsed: 0,
    published: false,
    status: 'draft',
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  await insertChallenge(challenge, await assertChallengeSettings(access.program, challenge));
  return challenge;
}
