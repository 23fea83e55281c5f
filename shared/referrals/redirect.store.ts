import { getItem, putItem } from '../platform/db/item-calls.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';

/*
 * What the redirect reads and writes: referral codes, programs' landing pages, tracked links and
 * clicks. Over single signed requests (shared/platform/db/item-calls.ts), not the SDK's clients,
 * so the redirect's cold start loads no DynamoDB client; other functions read codes here too.
 */

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

export const linkOf = (code: string, item: Record<string, unknown>): TrackedLink => ({
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
  const Item = await getItem(keys.referralCode(code));
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
  const Item = await getItem(
    keys.program(programId),
    'landingUrl, allowedDomains, attributionWindowDays, attributionModel',
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
  const Item = await getItem(keys.trackedLink(code, slug));
  return typeof Item?.destination === 'string' ? linkOf(code, Item) : undefined;
}

/**
 * Clicks are kept for attribution: the program's window, and a week more for orders reported
 * late. Most of the table's storage is clicks, so they go when attribution no longer needs them.
 */
const CLICK_MARGIN_DAYS = 7;

export type Click = {
  clickId: string;
  programId: string;
  code: string;
  userId: string;
  slug?: string;
  /** The challenge the tracked link was made for, if any: its sales count for that challenge. */
  challengeId?: string;
  at: string;
  /** Keyed hashes: visitors are told apart, never identified. */
  ipHash: string;
  uaHash: string;
  country?: string;
  /** One counted click per visitor per link per hour: the aggregator dedupes on this. */
  visitKey: string;
  /** The program's attribution window when clicked: how long the click is kept (not stored). */
  attributionWindowDays: number;
  /**
   * Whether the program credits a visitor's first click (not stored): only then is the click put
   * on the visitor index, which `first_click` reads; under `last_click` the index would be a
   * second write and a second copy of every click, never read.
   */
  indexByVisitor: boolean;
};

/** One write to a random partition (the click id): a viral burst at one code has no hot key. */
export async function putClick({ attributionWindowDays, indexByVisitor, ...click }: Click): Promise<void> {
  await putItem({
    ...keys.click(click.clickId),
    entity: ENTITY.click,
    ...click,
    ...(indexByVisitor
      ? indexKeys.clicksByVisitor(click.programId, click.ipHash, click.uaHash, click.at, click.clickId)
      : {}),
    expiresAt: Math.floor(Date.parse(click.at) / 1000) + (attributionWindowDays + CLICK_MARGIN_DAYS) * 86_400,
  });
}
