import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { type Handles, HandlesSchema, LanguageSchema, type Profile } from './profile.schema.ts';

/** A stored profile: the fields, when they last changed, and the version a change is conditional on. */
export type StoredProfile = Profile & { userId: string; updatedAt?: string; version: number };

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function profileOf(userId: string, item: Record<string, unknown> | undefined): StoredProfile {
  if (!item) return { userId, handles: {}, version: 0 };
  const handles = HandlesSchema.safeParse(item.handles);
  const language = LanguageSchema.safeParse(item.language);
  const displayName = text(item.displayName);
  const avatarKey = text(item.avatarKey);
  const timeZone = text(item.timeZone);
  const updatedAt = text(item.updatedAt);
  return {
    userId,
    ...(displayName ? { displayName } : {}),
    ...(avatarKey ? { avatarKey } : {}),
    handles: handles.success ? handles.data : {},
    ...(language.success ? { language: language.data } : {}),
    ...(timeZone ? { timeZone } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    version: typeof item.version === 'number' ? item.version : 0,
  };
}

/**
 * A person's profile: `{ displayName?, avatarKey?, handles, language?, timeZone? }`, empty
 * (`handles: {}`) for someone who never set one. One GetItem. The notifications read the
 * recipient's `timeZone` and `language` from it.
 */
export async function getProfile(userId: string): Promise<Profile> {
  const { version: _version, userId: _userId, updatedAt: _updatedAt, ...profile } = await readProfile(userId);
  return profile;
}

/** The same as {@link getProfile}, under the name the notifications use for a recipient's. */
export const profileFor = getProfile;

/** The stored profile with its version, for a change conditional on it. */
export async function readProfile(userId: string): Promise<StoredProfile> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.profile(userId) }));
  return profileOf(userId, Item);
}

/**
 * Writes a profile if it is still at the version it was read at (version 0: none was stored).
 * @returns false when another change came first: read again.
 */
export async function putProfileIfUnchanged(next: StoredProfile, readVersion: number): Promise<boolean> {
  const handles: Handles = Object.fromEntries(Object.entries(next.handles).filter(([, v]) => v));
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.profile(next.userId),
          entity: ENTITY.profile,
          ...next,
          handles,
          version: readVersion + 1,
        },
        ConditionExpression:
          readVersion === 0 ? 'attribute_not_exists(pk)' : 'attribute_exists(pk) AND version = :version',
        ...(readVersion === 0 ? {} : { ExpressionAttributeValues: { ':version': readVersion } }),
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** An ambassador's public page in one program as stored: on unless turned off, their picks. */
export type StoredPublicPage = { enabled: boolean; picks: string[]; updatedAt?: string };

/** The settings of an ambassador's page in a program (on, no picks, when never set). One GetItem. */
export async function getPublicPage(userId: string, programId: string): Promise<StoredPublicPage> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.publicPage(userId, programId) }),
  );
  if (!Item) return { enabled: true, picks: [] };
  const picks = Array.isArray(Item.picks) ? Item.picks.filter((p): p is string => typeof p === 'string') : [];
  const updatedAt = text(Item.updatedAt);
  return { enabled: Item.enabled !== false, picks, ...(updatedAt ? { updatedAt } : {}) };
}

/** Replaces the settings of an ambassador's page in a program (last write wins: one person edits it). */
export async function putPublicPage(
  userId: string,
  programId: string,
  page: StoredPublicPage & { updatedAt: string },
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.publicPage(userId, programId),
        entity: ENTITY.publicPage,
        userId,
        programId,
        ...page,
      },
    }),
  );
}
