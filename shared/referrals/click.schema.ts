import { z } from 'zod';

/** A click as stored (shared/referrals/click.store.ts). The visitor hashes are absent on old clicks. */
export const StoredClickSchema = z.object({
  clickId: z.string(),
  programId: z.string(),
  code: z.string(),
  userId: z.string(),
  slug: z.string().optional(),
  challengeId: z.string().optional(),
  at: z.string(),
  ipHash: z.string().optional(),
  uaHash: z.string().optional(),
  country: z.string().optional(),
  visitKey: z.string().optional(),
});
export type StoredClick = z.infer<typeof StoredClickSchema>;
