import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { decodeCursor, encodeCursor, indexCursorShape } from '../platform/db/cursor.ts';
import { indexKeys, keys } from '../platform/db/keys.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type Submission, SubmissionSchema } from '../submissions/submission.schema.ts';
import type { ContentFilter } from './content-library.schema.ts';
import { EXPIRING_DAYS } from './rights-status.ts';

/** Rows one query reads when a filter applies: DynamoDB filters after reading. */
const FILTERED_BATCH = 100;

/**
 * The keyed query a filter starts from: approved posts in one challenge, by one ambassador, or
 * in the program (the gallery's partition), newest first. Every other filter is a
 * FilterExpression over that query's pages.
 */
function startingQuery(programId: string, filter: ContentFilter) {
  if (filter.challengeId) {
    const index = ACCESS_PATTERNS.submissionsByChallenge;
    return {
      index,
      partition: indexKeys.submissionsByChallengePartition(programId, filter.challengeId, 'approved'),
      approvedOnly: false,
    };
  }
  if (filter.ambassadorId) {
    // The author's partition holds every status.
    const index = ACCESS_PATTERNS.submissionsByAuthor;
    return {
      index,
      partition: indexKeys.submissionsByAuthorPartition(programId, filter.ambassadorId),
      approvedOnly: true,
    };
  }
  const index = ACCESS_PATTERNS.submissionsByStatus;
  return {
    index,
    partition: indexKeys.submissionsByStatusPartition(programId, 'approved'),
    approvedOnly: false,
  };
}

function filterExpression(filter: ContentFilter, approvedOnly: boolean, now: Date) {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const soon = new Date(now.getTime() + EXPIRING_DAYS * 86_400_000).toISOString();
  if (approvedOnly) {
    conditions.push('#status = :approved');
    names['#status'] = 'status';
    values[':approved'] = 'approved';
  }
  if (filter.challengeId && filter.ambassadorId) {
    conditions.push('#userId = :userId');
    names['#userId'] = 'userId';
    values[':userId'] = filter.ambassadorId;
  }
  if (filter.platform) {
    conditions.push('#platform = :platform');
    names['#platform'] = 'platform';
    values[':platform'] = filter.platform;
  }
  // A revoked grant's endsAt is the revocation, always past: "live" is endsAt after now.
  const grantNames = { '#grant': 'rightsGrant', '#endsAt': 'endsAt' };
  if (filter.rights === 'granted' || filter.rights === 'expiring' || filter.scope) {
    conditions.push('#grant.#endsAt > :now');
    Object.assign(names, grantNames);
    values[':now'] = now.toISOString();
  }
  if (filter.rights === 'expiring') {
    conditions.push('#grant.#endsAt <= :soon');
    values[':soon'] = soon;
  }
  if (filter.rights === 'none') {
    conditions.push('(attribute_not_exists(#grant) OR #grant.#endsAt <= :now)');
    Object.assign(names, grantNames);
    values[':now'] = now.toISOString();
  }
  if (filter.scope) {
    conditions.push('contains(#grant.#scopes, :scope)');
    names['#scopes'] = 'scopes';
    values[':scope'] = filter.scope;
  }
  if (filter.minReach !== undefined) {
    conditions.push('#metrics.#reach >= :minReach');
    Object.assign(names, { '#metrics': 'metrics', '#reach': 'reach' });
    values[':minReach'] = filter.minReach;
  }
  return conditions.length === 0 ? undefined : { FilterExpression: conditions.join(' AND '), names, values };
}

/**
 * A page of the program's approved posts that match `filter`, newest first, never a scan: a
 * keyed query (see {@link startingQuery}) with a FilterExpression. Filtered pages read on, at
 * most `maxReads` queries, until `limit` posts match; a page may so hold fewer posts than asked,
 * even none, with a `nextCursor` to follow. The cursor is the last post returned (or the last
 * row read), shaped for this query only.
 * @throws AppError `bad_request` for a malformed or foreign cursor.
 */
export async function queryApprovedContent(
  programId: string,
  filter: ContentFilter,
  options: { limit: number; cursor?: string | undefined; now: Date; maxReads: number },
): Promise<Page<Submission>> {
  const { index, partition, approvedOnly } = startingQuery(programId, filter);
  const filtered = filterExpression(filter, approvedOnly, options.now);
  const shape = indexCursorShape(index, partition, keys.submission('', ''));
  const rows: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined = decodeCursor(options.cursor, shape);
  for (let reads = 0; reads < options.maxReads && rows.length < options.limit; reads++) {
    const result: QueryCommandOutput = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...filtered?.names },
        ExpressionAttributeValues: { ':pk': partition, ...filtered?.values },
        ...(filtered ? { FilterExpression: filtered.FilterExpression } : {}),
        ScanIndexForward: false,
        Limit: filtered ? FILTERED_BATCH : Math.min(options.limit - rows.length, FILTERED_BATCH),
        ExclusiveStartKey: start,
      }),
    );
    const found = result.Items ?? [];
    const room = options.limit - rows.length;
    rows.push(...found.slice(0, room));
    // Cut inside the page: the next one starts after the last post returned.
    const last = rows.at(-1);
    start =
      found.length > room && last
        ? {
            pk: last.pk,
            sk: last.sk,
            [index.partitionKey]: last[index.partitionKey],
            [index.sortKey]: last[index.sortKey],
          }
        : result.LastEvaluatedKey;
    if (!start) break;
  }
  const nextCursor = encodeCursor(start);
  return {
    items: rows.map((row) => SubmissionSchema.parse(row)),
    ...(nextCursor ? { nextCursor } : {}),
  };
}
