import { z } from 'zod';
import { NEXT_STEP_CODES } from './ambassador-journey.service.ts';

/** One suggested next action of an ambassador's journey, as the journey and `/api/me` answer it. */
export const NextStepSchema = z.object({
  action: z.string(),
  /** Which sentence `reason` (English) is, for a reader's own words; with its values below. */
  code: z.enum(NEXT_STEP_CODES),
  reason: z.string(),
  link: z.string().optional(),
  /** `reapply`: the days after the decision. */
  days: z.number().optional(),
  /** `post_about_gift`: the gift, and when the post is due. */
  rewardTitle: z.string().optional(),
  dueAt: z.string().optional(),
});
