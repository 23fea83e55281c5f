import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound } from '../errors.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll, queryDue } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import { type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import { type Challenge, ChallengeSchema } from './challenge.schema.ts';
import { nextTransition } from './challenge-rules.ts';

/** The stored form: window index always; the transition index while the clock still has work. */
export function challengeItem(challenge: Challenge) {
  const next = challenge.published ? nextTransition(challenge, challenge.status) : undefined;
  return {
    ...keys.challenge(challenge.programId, challenge.challengeId),
    entity: ENTITY.challenge,
    ...challenge,
    ...indexKeys.challengesByWindow(challenge.programId, challenge.opensAt, challenge.challengeId),
    ...(next ? indexKeys.challengesByNextTransition(next, challenge.programId, challenge.challengeId) : {}),
  };
}

/** The prerequisite graph's version as read before checking it for cycles. */
export type GraphGuard = { programId: string; version: number };

/** Reads the program's prerequisite-graph version (0 before any prerequisite was set). */
export async function readGraphVersion(programId: string): Promise<GraphGuard> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.challengeGraph(programId), ConsistentRead: true }),
  );
  return { programId, version: typeof Item?.version === 'number' ? Item.version : 0 };
}

/** Moves the graph version on if nobody else did since it was read: two edits closing a cycle cannot both land. */
function bumpGraph(guard: GraphGuard): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.challengeGraph(guard.programId),
      UpdateExpression: 'SET version = :next, entity = :entity',
      ConditionExpression: 'attribute_not_exists(version) OR version = :read',
      ExpressionAttributeValues: {
        ':next': guard.version + 1,
        ':read': guard.version,
        ':entity': 'challengeGraph',
      },
    },
  };
}

const graphChanged = () =>
  conflict('Someone changed challenge prerequisites at the same time; read them again and retry');

/**
 * Writes a new challenge; with a graph guard, only if the prerequisite graph is as checked.
 * @throws AppError `conflict` when the graph changed meanwhile.
 */
export async function insertChallenge(challenge: Challenge, guard?: GraphGuard): Promise<void> {
  const put = {
    TableName: tableName,
    Item: challengeItem(challenge),
    ConditionExpression: 'attribute_not_exists(pk)',
  };
  if (!guard) {
    await db.send(new PutCommand(put));
    return;
  }
  const written = await transact({ challenge: { Put: put }, graph: bumpGraph(guard) });
  if (written.ok) return;
  if (written.failed.has('graph')) throw graphChanged();
  throw unexpectedCancellation(written);
}

/**
 * Replaces a challenge that has not changed since it was read. `slotsUsed` is kept from the
 * table, not from the caller, since approvals move it concurrently.
 * @throws AppError `conflict` when it changed meanwhile.
 */
export async function replaceChallenge(
  previous: Challenge,
  next: Challenge,
  guard?: GraphGuard,
): Promise<void> {
  const { slotsUsed: _ignored, ...rest } = challengeItem(next);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':previousUpdatedAt': previous.updatedAt };
  const sets: string[] = [];
  const removes: string[] = [];
  for (const [attribute, value] of Object.entries(rest)) {
    if (attribute === 'pk' || attribute === 'sk') continue;
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
    sets.push(`#${attribute} = :${attribute}`);
  }
  for (const attribute of ['slots', 'minTier', 'month', 'gsi3pk', 'gsi3sk', 'publishedAt', 'announcedAt']) {
    if (!(attribute in rest)) {
      names[`#${attribute}`] = attribute;
      removes.push(`#${attribute}`);
    }
  }
  const update = {
    TableName: tableName,
    Key: keys.challenge(next.programId, next.challengeId),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: 'updatedAt = :previousUpdatedAt',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
  const changed = () => conflict('The challenge changed meanwhile; read it and try again');
  if (!guard) {
    try {
      await db.send(new UpdateCommand(update));
    } catch (error) {
      throw isConditionFailure(error) ? changed() : error;
    }
    return;
  }
  const written = await transact({ challenge: { Update: update }, graph: bumpGraph(guard) });
  if (written.ok) return;
  if (written.failed.has('challenge')) throw changed();
  if (written.failed.has('graph')) throw graphChanged();
  throw unexpectedCancellation(written);
}

/** Reads one challenge, or undefined. */
/** Takes one of a challenge's slots; its condition fails when none is left. */
export function takeSlotUpdate(programId: string, challengeId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.challenge(programId, challengeId),
      UpdateExpression: 'ADD slotsUsed :one',
      ConditionExpression: 'slotsUsed < slots',
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

/** Counts one more gift sent (fulfilled) or posted about for the challenge a gift asks a post in. */
export function giftCountItem(
  programId: string,
  challengeId: string,
  field: 'giftsSent' | 'giftsPosted',
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.challenge(programId, challengeId),
      UpdateExpression: 'ADD #field :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

export async function findChallenge(programId: string, challengeId: string): Promise<Challenge | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.challenge(programId, challengeId),
      ConsistentRead: true,
    }),
  );
  return Item ? ChallengeSchema.parse(Item) : undefined;
}

/**
 * Reads one challenge.
 * @throws AppError `not_found`.
 */
export async function getChallenge(programId: string, challengeId: string): Promise<Challenge> {
  const challenge = await findChallenge(programId, challengeId);
  if (!challenge) throw notFound('Challenge');
  return challenge;
}

/** Challenges of a program by id (missing ones left out); for prerequisite names and checks. */
export async function getChallenges(
  programId: string,
  challengeIds: readonly string[],
): Promise<Challenge[]> {
  const items = await batchGetAll([...new Set(challengeIds)].map((id) => keys.challenge(programId, id)));
  return items.map((item) => ChallengeSchema.parse(item));
}

/** Challenges whose window starts in [from, to): a bounded range of the window index. */
export async function listChallengesOpeningBetween(
  programId: string,
  from: string,
  to: string,
): Promise<Challenge[]> {
  const index = ACCESS_PATTERNS.challengesByWindow;
  const items = await queryAll({
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
    ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
    ExpressionAttributeValues: {
      ':pk': indexKeys.challengesByWindowPartition(programId),
      ':from': from,
      ':to': to,
    },
  });
  return items.map((item) => ChallengeSchema.parse(item));
}

/**
 * Up to `limit` challenges whose window starts at or after `from`, soonest first: one page of
 * the window index, for the public page's samples (drafts included; the caller keeps the
 * published ones).
 */
export async function listChallengesOpeningFrom(
  programId: string,
  from: string,
  limit: number,
): Promise<Challenge[]> {
  const index = ACCESS_PATTERNS.challengesByWindow;
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk AND #sk >= :from',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      ExpressionAttributeValues: { ':pk': indexKeys.challengesByWindowPartition(programId), ':from': from },
      Limit: limit,
    }),
  );
  return Items.map((item) => ChallengeSchema.parse(item));
}

/** Every challenge of a program: the prerequisite graph needs them all. */
export async function listAllChallenges(programId: string): Promise<Challenge[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.challenge(programId, '').pk,
      ':prefix': keys.challenge(programId, '').sk,
    },
  });
  return items.map((item) => ChallengeSchema.parse(item));
}

/** Published challenges whose next open or close is due by `now`, across programs. */
export async function listDueTransitions(now: string, limit = 100): Promise<Challenge[]> {
  const items = await queryDue(
    ACCESS_PATTERNS.challengesByNextTransition,
    indexKeys.challengesByNextTransitionPartition(),
    now,
    limit,
  );
  return items.map((item) => ChallengeSchema.parse(item));
}
