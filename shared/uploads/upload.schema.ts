import { z } from 'zod';
import { MAX_PROOF_IMAGE_BYTES, PROOF_IMAGE_TYPES, type ProofImageType } from './proof-image.store.ts';

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
export type CreateUpload = z.infer<typeof CreateUploadSchema>;
