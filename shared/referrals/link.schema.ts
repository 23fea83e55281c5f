import { z } from 'zod';
import { trimmedText } from '../common.schema.ts';

export const CreateLinkSchema = z
  .strictObject({
    /** An https page on the program's landing host or one of its allowed domains. */
    destination: trimmedText({ min: 1, max: 2048 }),
    slug: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'A slug is 1–40 lower-case letters, digits and dashes')
      .optional(),
    /** A challenge of the program this link is for: the sales it brings count for that challenge. */
    challengeId: z.string().min(1).max(64).optional(),
  })
  .meta({ id: 'CreateLink' });
export type CreateLink = z.infer<typeof CreateLinkSchema>;
