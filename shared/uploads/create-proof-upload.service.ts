import { forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { createProofUpload } from './proof-image.store.ts';
import type { CreateUpload } from './upload.schema.ts';

/**
 * A presigned URL to upload an image to, straight to storage: an approved ambassador's proof
 * image (send the `key` as `proofImageKey`), or a manager's reward image (as `imageKey`).
 * A `fileName` whose extension is not the declared type's is refused before anything is signed.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (`fileName`), `unavailable`
 * (uploads not configured).
 */
export async function createUpload(user: AuthUser, programId: string, input: CreateUpload) {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador' && !hasRole(access, MANAGER_ROLES))
    throw forbidden('Only approved ambassadors (proof images) and managers (reward images) upload images');
  if (input.fileName !== undefined) {
    const problem = (await import('./image-check.ts')).fileNameProblem(input.fileName, input.contentType);
    if (problem) throw validationFailed(`fileName: ${problem}`, { field: 'fileName' });
  }
  return createProofUpload(programId, user.id, input.contentType, input.size);
}
