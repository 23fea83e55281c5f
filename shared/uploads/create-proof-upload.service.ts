import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { createProofUpload } from './proof-image.store.ts';
import type { CreateUpload } from './upload.schema.ts';

/**
 * A presigned URL an approved ambassador uploads a proof image to, straight to storage.
 * Send the returned `key` as `proofImageKey` with the submission.
 * @throws AppError `forbidden`, `not_found`, `unavailable` (uploads not configured).
 */
export async function createUpload(user: AuthUser, programId: string, input: CreateUpload) {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador') throw forbidden('Only approved ambassadors upload proof images');
  return createProofUpload(programId, user.id, input.contentType, input.size);
}
