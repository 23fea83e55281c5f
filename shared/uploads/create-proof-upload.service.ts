import { z } from 'zod';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import {
  createProofUpload,
  MAX_PROOF_IMAGE_BYTES,
  PROOF_IMAGE_TYPES,
  type ProofImageType,
} from './proof-image.store.ts';

export const CreateUploadSchema = z
  .strictObject({
    contentType: z.enum(Object.keys(PROOF_IMAGE_TYPES) as [ProofImageType, ...ProofImageType[]]),
    /** The exact size in bytes; the signed upload accepts only that. */
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_PROOF_IMAGE_BYTES, `An image may be at most ${MAX_PROOF_IMAGE_BYTES / 1024 / 1024} MB`),
  })
  .meta({ id: 'CreateUpload' });

/**
 * A presigned URL an approved ambassador uploads a proof image to, straight to storage.
 * Send the returned `key` as `proofImageKey` with the submission.
 * @throws AppError `forbidden`, `not_found`, `unavailable` (uploads not configured).
 */
export async function createUpload(
  user: AuthUser,
  programId: string,
  input: z.infer<typeof CreateUploadSchema>,
) {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador') throw forbidden('Only approved ambassadors upload proof images');
  return createProofUpload(programId, user.id, input.contentType, input.size);
}
