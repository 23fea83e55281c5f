import { z } from 'zod';
import { CursorSchema, LimitSchema, type Page } from '../common.schema.ts';
import { indexKeys } from '../db/keys.ts';
import { queryPage } from '../db/read-all.ts';
import { ACCESS_PATTERNS } from '../db/table.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { type Conversion, ConversionSchema } from './conversion.schema.ts';

const Day = z.string().regex(/^2\d{3}-\d{2}-\d{2}$/, 'Must be a UTC day, YYYY-MM-DD');

export const ListConversionsQuerySchema = z.object({
  from: Day.optional(),
  to: Day.optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});

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
  const index = ACCESS_PATTERNS.conversionsByTime;
  const partition = indexKeys.conversionsByTimePartition(programId);
  const page = await queryPage(
    {
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      ExpressionAttributeValues: {
        ':pk': partition,
        ':from': query.from ?? '0',
        ':to': `${query.to ?? '9'}~`,
      },
      ScanIndexForward: false,
      Limit: query.limit,
    },
    query.cursor,
    {
      equal: { [index.partitionKey]: partition },
      prefix: { pk: 'PROGRAM#', sk: 'CONVERSION#', [index.sortKey]: '' },
    },
  );
  return { ...page, items: page.items.map((item) => ConversionSchema.parse(item)) };
}
