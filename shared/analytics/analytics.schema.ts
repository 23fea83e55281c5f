import { z } from 'zod';
import { MonthSchema } from '../common.schema.ts';

export const ChainsQuerySchema = z.object({ from: MonthSchema, to: MonthSchema });

export const JourneyQuerySchema = z.object({
  from: MonthSchema,
  to: MonthSchema,
  by: z.enum(['challenge', 'tier', 'platform']).optional(),
});
export type ChainsQuery = z.infer<typeof ChainsQuerySchema>;
export type JourneyQuery = z.infer<typeof JourneyQuerySchema>;
