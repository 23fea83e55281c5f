import { z } from 'zod';
import { trimmedText } from '../common.schema.ts';

export const CreateApiKeySchema = z
  .strictObject({ name: trimmedText({ min: 1, max: 80 }).default('Shop server') })
  .meta({ id: 'CreateApiKey' });
export type CreateApiKey = z.infer<typeof CreateApiKeySchema>;
