import { conflict, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { assertOwnDomains } from './own-domains.ts';
import { type Program, programSettingsProblem, type UpdateProgramInput } from './program.schema.ts';
import { updateProgramItem } from './program.store.ts';

/**
 * Changes a program's settings (owner or manager).
 * Content terms are versioned: sending the current version with another text, scopes or
 * duration is refused, since grants given under it name that version.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (a commission rate for an
 *   unknown tier), or `conflict` (slug taken, concurrent change, terms changed under their version).
 */
export async function updateProgram(
  user: AuthUser,
  programId: string,
  patch: UpdateProgramInput,
): Promise<Program> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  await assertOwnDomains(patch.allowedDomains);
  const { termsUrl, contentTerms, ...rest } = patch;
  const current = access.program.contentTerms;
  if (contentTerms && current?.version === contentTerms.version) {
    if (JSON.stringify(contentTerms) !== JSON.stringify(current)) {
      throw conflict(
        `contentTerms: version ${current.version} already has other terms; give changed terms a new version`,
        { field: 'contentTerms.version' },
      );
    }
  }
  const next: Program = { ...access.program, ...rest, updatedAt: nowIso() };
  if (termsUrl === null) delete next.termsUrl;
  else if (termsUrl !== undefined) next.termsUrl = termsUrl;
  if (contentTerms === null) delete next.contentTerms;
  else if (contentTerms !== undefined) next.contentTerms = contentTerms;
  if (next.updatedAt <= access.program.updatedAt)
    next.updatedAt = new Date(Date.parse(access.program.updatedAt) + 1).toISOString();
  const problem = programSettingsProblem(next);
  if (problem) throw validationFailed(`${problem.field}: ${problem.message}`, { field: problem.field });
  await updateProgramItem(access.program, next);
  return next;
}
