import { z } from 'zod';
import { MAX_PROOF_IMAGE_BYTES, PROOF_IMAGE_TYPES, type ProofImageType } from './image-type.ts';

const MB = 1024 * 1024;

export const CreateUploadSchema = z
  .strictObject({
    contentType: z.enum(Object.keys(PROOF_IMAGE_TYPES) as [ProofImageType, ...ProofImageType[]]),
    /** The exact size in bytes; the signed upload accepts only that. */
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_PROOF_IMAGE_BYTES, {
        error: (issue) =>
          `The image is ${Math.round((Number(issue.input) / MB) * 10) / 10} MB; an image may be at most ${MAX_PROOF_IMAGE_BYTES / MB} MB`,
      }),
    /**
     * The chosen file's name, when there is one: its extension must fit `contentType` (a PNG
     * renamed `.exe` is refused, 422). The stored key is Embassy's own; the name is not kept.
     */
    fileName: z.string().min(1).max(255).optional(),
  })
  .meta({ id: 'CreateUpload' });
export type CreateUpload = z.infer<typeof CreateUploadSchema>;

/** Where to PUT an image's bytes: the answer of every upload route (proof images, avatars). */
export const UploadTargetSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
