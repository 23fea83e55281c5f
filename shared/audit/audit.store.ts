import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { indexCursorShape } from '../platform/db/cursor.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';
import { type AuditEntry, AuditEntrySchema, type AuditType } from './audit.schema.ts';

/** The stored form: the log's own partition, plus the by-actor and by-type indexes. */
function auditItem(entry: AuditEntry) {
  return {
    ...keys.auditEntry(entry.programId, entry.at, entry.auditId),
    entity: ENTITY.auditEntry,
    ...entry,
    ...indexKeys.auditByActor(entry.programId, entry.actorId, entry.at, entry.auditId),
    ...indexKeys.auditByType(entry.programId, entry.type, entry.at, entry.auditId),
  };
}

/** An entry as a transaction item, written with the change it records; never overwritten. */
export function auditPut(entry: AuditEntry): TransactItem {
  return putOnce(auditItem(entry));
}

/** Writes an entry on its own, for what has no transaction of its own (a download). */
export async function putAuditEntry(entry: AuditEntry): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: auditItem(entry),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export type AuditFilter = { actor?: string; type?: AuditType; from?: string; to?: string };

/**
 * One page of a program's log, newest first, from the narrowest key: the actor's index, else the
 * type's, else the log itself. The time range is a key condition on each. With both an actor and
 * a type, the type filters the actor's entries: a page may then hold fewer than `limit` entries
 * and still have a next cursor.
 */
export async function listAuditEntries(
  programId: string,
  filter: AuditFilter,
  limit: number,
  cursor: string | undefined,
): Promise<Page<AuditEntry>> {
  // ISO instants in UTC sort as text; '~' sorts after the `#id` that follows each one.
  const range = { ':from': filter.from ?? '0', ':to': `${filter.to ?? '9'}~` };
  // Entries' own keys: the log's partition, sorted by `{at}#{auditId}`.
  const logKey = { pk: keys.auditPartition(programId), sk: '' };
  const index = filter.actor
    ? ACCESS_PATTERNS.auditByActor
    : filter.type
      ? ACCESS_PATTERNS.auditByType
      : undefined;
  const partition = filter.actor
    ? indexKeys.auditByActorPartition(programId, filter.actor)
    : filter.type
      ? indexKeys.auditByTypePartition(programId, filter.type)
      : logKey.pk;
  const typeFilter = filter.actor && filter.type;
  const page = await queryPage(
    {
      ...(index ? { IndexName: index.name } : {}),
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: {
        '#pk': index?.partitionKey ?? 'pk',
        '#sk': index?.sortKey ?? 'sk',
        ...(typeFilter ? { '#type': 'type' } : {}),
      },
      ExpressionAttributeValues: {
        ':pk': partition,
        ...range,
        ...(typeFilter ? { ':type': filter.type } : {}),
      },
      ...(typeFilter ? { FilterExpression: '#type = :type' } : {}),
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    index ? indexCursorShape(index, partition, logKey) : { equal: { pk: partition }, prefix: { sk: '' } },
  );
  return { ...page, items: page.items.map((item) => AuditEntrySchema.parse(item)) };
}
