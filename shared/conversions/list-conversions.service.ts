import { z } from 'zod';
import { CursorSchema, LimitSchema, type Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { UtcDaySchema } from '../utc-day.schema.ts';
import type { Conversion } from './conversion.schema.ts';
import { listConversionsByTime } from './conversion.store.ts';

export const ListConversionsQuerySchema = z
  .object({
    from: UtcDaySchema.optional(),
    to: UtcDaySchema.optional(),
    limit: LimitSchema,
    cursor: CursorSchema,
  })
  // A reversed range is the caller's mistake, not an empty page (DynamoDB refuses the query).
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to must not be before from' });

/**
 * The program's orders, newest first, with their attribution, flags, refunds and commission
 * line (owner or brand): what a brand reconciles against its shop, order by order.
 * @throws AppError `forbidden`, `bad_request` (cursor).
 */
export async function listConversions(
  user: AuthUser,
  programId: string,
  query: z.infer<typeof ListConversionsQuerySchema>,
): Promise<Page<Conversion>> {
  assertRole(await loadProgramAccess(user, programId), ['owner', 'brand']);
  return listConversionsByTime(programId, query);
}
