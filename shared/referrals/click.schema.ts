import * as z from 'zod/mini';

/**
 * A click as stored (shared/referrals/click.store.ts). The visitor hashes are absent on old
 * clicks. zod/mini, since the redirect bundles the click store: full zod would double its size.
 */
export const StoredClickSchema = z.object({
  clickId: z.string(),
  programId: z.string(),
  code: z.string(),
  userId: z.string(),
  slug: z.optional(z.string()),
  challengeId: z.optional(z.string()),
  at: z.string(),
  ipHash: z.optional(z.string()),
  uaHash: z.optional(z.string()),
  country: z.optional(z.string()),
  visitKey: z.optional(z.string()),
});
export type StoredClick = z.infer<typeof StoredClickSchema>;
