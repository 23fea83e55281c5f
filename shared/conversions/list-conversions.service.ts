import type { Page } from '../common.schema.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import type { Conversion, ListConversionsQuery } from './conversion.schema.ts';
import { listConversionsByTime } from './conversion.store.ts';

/**
 * The program's orders, newest first, with their attribution, flags, refunds and commission
 * line (owner or brand): what a brand reconciles against its shop, order by order. `code` and
 * `codeOnly` narrow it to one code's orders, say the code-only ones behind a leak alert.
 * @throws AppError `forbidden`, `bad_request` (cursor).
 */
export async function listConversions(
  user: AuthUser,
  programId: string,
  query: ListConversionsQuery,
): Promise<Page<Conversion>> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  const { codeOnly, ...rest } = query;
  return listConversionsByTime(programId, {
    ...rest,
    ...(codeOnly === undefined ? {} : { codeOnly: codeOnly === 'true' }),
  });
}
