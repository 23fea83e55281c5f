import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound } from '../errors.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { type Membership, MembershipSchema } from './membership.schema.ts';
import { membershipItem } from './membership.store.ts';
import { type Program, ProgramSchema } from './program.schema.ts';

function programItem(program: Program) {
  return {
    ...keys.program(program.programId),
    entity: ENTITY.program,
    ...program,
    ...indexKeys.allPrograms(program.createdAt, program.programId),
  };
}

/** Every program's id, oldest first: the scheduler's monthly reports walk them. */
export async function listProgramIds(): Promise<string[]> {
  const index = ACCESS_PATTERNS.allPrograms;
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': indexKeys.allProgramsPartition() },
  });
  return items.map((item) => String(item.programId));
}

function slugItem(slug: string, programId: string) {
  return { ...keys.programSlug(slug), entity: ENTITY.programSlug, slug, programId };
}

/**
 * Writes a new program, its slug claim and its owner's membership in one transaction.
 * @throws AppError `conflict` when the slug is taken.
 */
export async function insertProgramWithOwner(program: Program, owner: Membership): Promise<void> {
  const written = await transact({
    program: putOnce(programItem(program)),
    slug: putOnce(slugItem(program.slug, program.programId)),
    owner: { Put: { TableName: tableName, Item: membershipItem(MembershipSchema.parse(owner)) } },
    owners: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.teamOwners(program.programId),
          entity: ENTITY.teamOwners,
          programId: program.programId,
          owners: 1,
        },
      },
    },
  });
  if (written.ok) return;
  if (written.failed.has('slug')) throw conflict(`The slug "${program.slug}" is taken`, { field: 'slug' });
  throw unexpectedCancellation(written);
}

/** Reads one program, or undefined. */
export async function findProgram(programId: string): Promise<Program | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.program(programId) }));
  return Item ? ProgramSchema.parse(Item) : undefined;
}

/**
 * Reads one program.
 * @throws AppError `not_found`.
 */
export async function getProgram(programId: string): Promise<Program> {
  const program = await findProgram(programId);
  if (!program) throw notFound('Program');
  return program;
}

/** Reads programs by id; missing ones are left out. */
export async function getPrograms(programIds: string[]): Promise<Program[]> {
  const items = await batchGetAll([...new Set(programIds)].map((id) => keys.program(id)));
  return items.map((item) => ProgramSchema.parse(item));
}

/**
 * Applies a patch to a program. A slug change moves the slug claim in the same transaction.
 * `previous` is the program as read; the write is conditional on it being unchanged since.
 * @throws AppError `conflict` when the new slug is taken or the program changed meanwhile.
 */
export async function updateProgramItem(
  previous: Program,
  next: Program,
  /** What goes with the change: its audit entry. */
  alsoWrite: TransactItem[] = [],
): Promise<void> {
  const slugMoves = previous.slug !== next.slug;
  const written = await transact({
    program: {
      Put: {
        TableName: tableName,
        Item: programItem(next),
        ConditionExpression: 'updatedAt = :previousUpdatedAt',
        ExpressionAttributeValues: { ':previousUpdatedAt': previous.updatedAt },
      },
    },
    slug: slugMoves
      ? [
          {
            Delete: {
              TableName: tableName,
              Key: keys.programSlug(previous.slug),
              ConditionExpression: 'programId = :programId',
              ExpressionAttributeValues: { ':programId': previous.programId },
            },
          },
          putOnce(slugItem(next.slug, next.programId)),
        ]
      : undefined,
    alsoWrite,
  });
  if (written.ok) return;
  // The slug's new claim is its second item; the first, the old claim's delete, only fails if
  // the program changed meanwhile.
  if (written.failed.get('slug')?.includes(1))
    throw conflict(`The slug "${next.slug}" is taken`, { field: 'slug' });
  if (written.failed.size > 0) throw conflict('The program changed meanwhile; read it and try again');
  throw unexpectedCancellation(written);
}

/** A cheap read that proves the table answers; used by the health check. */
export async function pingTable(): Promise<void> {
  await db.send(new GetCommand({ TableName: tableName, Key: keys.program('health-check') }));
}

/** The program a slug names today, or undefined. */
export async function findProgramIdBySlug(slug: string): Promise<string | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.programSlug(slug) }));
  return typeof Item?.programId === 'string' ? Item.programId : undefined;
}
