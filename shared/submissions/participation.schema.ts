import { z } from 'zod';

export const ParticipationSchema = z.object({
  challengeId: z.string(),
  userId: z.string(),
  /** Submissions made (each counts against the challenge's per-ambassador limit). */
  submissions: z.number().default(0),
  /** Posts approved. */
  approved: z.number().default(0),
  /** Sales challenges: attributed sales counted toward the goal. */
  sales: z.number().default(0),
  /** When the first post was approved (or the sales goal reached): the challenge counts as completed from then. */
  completedAt: z.string().optional(),
});

export type Participation = z.infer<typeof ParticipationSchema>;
