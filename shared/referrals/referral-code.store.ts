import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { putOnce, type TransactItem } from '../platform/db/transact.ts';

export type ReferralCodeRecord = {
  code: string;
  programId: string;
  userId: string;
  active: boolean;
  /** Set when the code was rotated: from this instant on it attributes nothing new. */
  retiresAt?: string;
};
export type TrackedLink = {
  code: string;
  slug: string;
  destination: string;
  /** A link made for a challenge: the sales it brings count for that challenge. */
  challengeId?: string;
  createdAt: string;
  /** Whose link, in which program (stored; the analytics read them). */
  programId?: string;
  userId?: string;
};

const linkOf = (code: string, item: Record<string, unknown>): TrackedLink => ({
  code,
  slug: String(item.slug),
  destination: String(item.destination),
  ...(typeof item.challengeId === 'string' ? { challengeId: item.challengeId } : {}),
  createdAt: String(item.createdAt),
});
export type RedirectTarget = {
  landingUrl: string;
  allowedDomains: string[];
  attributionWindowDays: number;
  attributionModel: 'last_click' | 'first_click';
};

/** Looks up a referral code; the redirect's first read. */
export async function findReferralCode(code: string): Promise<ReferralCodeRecord | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.referralCode(code) }));
  if (!Item || typeof Item.programId !== 'string' || typeof Item.userId !== 'string') return undefined;
  return {
    code,
    programId: Item.programId,
    userId: Item.userId,
    active: Item.active === true,
    ...(typeof Item.retiresAt === 'string' ? { retiresAt: Item.retiresAt } : {}),
  };
}

/** What the redirect needs of a program (a projection): its landing page and allowed domains. */
export async function findRedirectTarget(programId: string): Promise<RedirectTarget | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.program(programId),
      ProjectionExpression: 'landingUrl, allowedDomains, attributionWindowDays, attributionModel',
    }),
  );
  if (typeof Item?.landingUrl !== 'string') return undefined;
  const domains = Array.isArray(Item.allowedDomains)
    ? Item.allowedDomains.filter((d) => typeof d === 'string')
    : [];
  const window = typeof Item.attributionWindowDays === 'number' ? Item.attributionWindowDays : 30;
  return {
    landingUrl: Item.landingUrl,
    allowedDomains: domains,
    attributionWindowDays: window,
    attributionModel: Item.attributionModel === 'first_click' ? 'first_click' : 'last_click',
  };
}

/** One tracked link of a code, or undefined. */
export async function findTrackedLink(code: string, slug: string): Promise<TrackedLink | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.trackedLink(code, slug) }));
  return typeof Item?.destination === 'string' ? linkOf(code, Item) : undefined;
}

/** Puts a new tracked link: its condition fails when the slug is taken for this code. */
export function newTrackedLinkItem(link: TrackedLink): TransactItem {
  return putOnce({ ...keys.trackedLink(link.code, link.slug), entity: ENTITY.trackedLink, ...link });
}

/** A code's tracked links (an ambassador makes a handful). */
export async function listTrackedLinks(code: string): Promise<TrackedLink[]> {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.trackedLink(code, '').pk,
        ':prefix': keys.trackedLink(code, '').sk,
      },
      Limit: 200,
    }),
  );
  return (result.Items ?? []).map((item) => linkOf(code, item));
}
