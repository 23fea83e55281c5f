import { validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { assertOwnDomains } from './own-domains.ts';
import { type Program, programSettingsProblem, type UpdateProgramInput } from './program.schema.ts';
import { updateProgramItem } from './program.store.ts';

/**
 * Changes a program's settings (owner or manager).
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (a commission rate for an
 *   unknown tier), or `conflict` (slug taken, concurrent change).
 */
export async function updateProgram(
  user: AuthUser,
  programId: string,
  patch: UpdateProgramInput,
): Promise<Program> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  await assertOwnDomains(patch.allowedDomains);
  const { termsUrl, ...rest } = patch;
  const next: Program = { ...access.program, ...rest, updatedAt: nowIso() };
  if (termsUrl === null) delete next.termsUrl;
  else if (termsUrl !== undefined) next.termsUrl = termsUrl;
  if (next.updatedAt <= access.program.updatedAt)
    next.updatedAt = new Date(Date.parse(access.program.updatedAt) + 1).toISOString();
  const problem = programSettingsProblem(next);
  if (problem) throw validationFailed(`${problem.field}: ${problem.message}`, { field: problem.field });
  await updateProgramItem(access.program, next);
  return next;
}
