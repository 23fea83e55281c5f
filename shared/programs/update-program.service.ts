import { changedFields, newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { assertProofImage } from '../uploads/proof-image.store.ts';
import { assertOwnDomains } from './own-domains.ts';
import { type Program, programSettingsProblem, type UpdateProgramInput } from './program.schema.ts';
import { updateProgramItem } from './program.store.ts';
import type { PublicPage } from './public-page.schema.ts';

const IMAGE_FIELDS = ['logoImageKey', 'heroImageKey'] as const;

/**
 * The public page's new images must be the caller's own uploads in this program, arrived as the
 * images they were declared as (one ranged read each). Keys kept from before are not read again.
 * @throws AppError `validation_failed` naming `publicPage.logoImageKey` or `publicPage.heroImageKey`.
 */
async function assertNewImages(
  user: AuthUser,
  programId: string,
  next: PublicPage | undefined,
  current: PublicPage,
): Promise<void> {
  const changed = IMAGE_FIELDS.filter(
    (field) => next?.[field] !== undefined && next[field] !== current[field],
  );
  if (changed.length === 0) return;
  await Promise.all(
    changed.map((field) =>
      assertProofImage(String(next?.[field]), programId, user.id, `publicPage.${field}`),
    ),
  );
}

/**
 * Changes a program's settings (owner or manager).
 * Content terms are versioned: sending the current version with another text, scopes or
 * duration is refused, since grants given under it name that version.
 * The public page's images are checked when their keys change (see {@link assertNewImages}).
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (a commission rate for an
 *   unknown tier, an image that is not the caller's upload), or `conflict` (slug taken, concurrent change, terms changed under their version).
 */
export async function updateProgram(
  user: AuthUser,
  programId: string,
  patch: UpdateProgramInput,
): Promise<Program> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  await assertOwnDomains(patch.allowedDomains);
  await assertNewImages(user, programId, patch.publicPage, access.program.publicPage);
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
  const changes = changedFields(access.program, next, [...Object.keys(patch)] as (keyof Program & string)[]);
  const entry = newAuditEntry(access, {
    type: 'program.updated',
    target: { kind: 'program', id: programId },
    summary: changes.length
      ? `Changed ${changes.map((c) => c.field).join(', ')}`
      : 'Saved the settings unchanged',
    changes,
  });
  await updateProgramItem(access.program, next, [auditPut(entry)]);
  return next;
}
