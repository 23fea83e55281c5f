import { setTimeout as sleep } from 'node:timers/promises';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { log } from '../platform/log.ts';
import { timeLeftMs } from '../platform/request-context.ts';
import { open } from '../platform/secrets/secret-box.ts';
import { listAmbassadorsByStatus } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import type { ShopifyDiscount } from './shopify.schema.ts';
import type { AdminCall } from './shopify-admin.ts';
import {
  findShopifyCode,
  listDueShopifyCodes,
  replaceShopifyCode,
  type StoredShopifyCode,
} from './shopify-code.store.ts';
import { adminTokenBinding, findConnection } from './shopify-connection.store.ts';
import {
  activateDiscount,
  createDiscount,
  type DiscountResult,
  deactivateDiscount,
  discountInput,
  discountTitle,
  findDiscountByCode,
  isCodeTaken,
  type ShopDiscount,
  setDiscountEnd,
  userErrorText,
} from './shopify-discounts.ts';

/** How long a worker holds a code while it talks to the shop: past the function's timeout. */
export const SYNC_LEASE_MS = 60_000;
/** Waits after a failure that may pass (network, 5xx): then the code is failed, for a manager to retry. */
export const SYNC_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
/** Throttled calls are retried at once, after the wait Shopify asks for, this many times per attempt. */
const THROTTLE_RETRIES = 6;
/** The longest wait for Shopify inside one invocation; a longer one is left to the sweep. */
const MAX_INLINE_WAIT_MS = 5_000;
/** What an invocation keeps back for writing the outcome. */
const RESERVE_MS = 3_000;
/** Codes the sweep takes per run. */
const SWEEP_LIMIT = 50;

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/** A referral code's item as the stream shows it. */
type CodeImage = Record<string, unknown> | undefined;

/** Whether the program's codes go to its shop: a token and a discount are set. */
async function syncEnabled(programId: string): Promise<boolean> {
  const connection = await findConnection(programId);
  return connection?.sealedAdminToken !== undefined && connection.discount !== undefined;
}

/** What the sync needs of a program: its shop, its token (opened), its discount and currency. */
type ShopContext = { call: AdminCall; discount: ShopifyDiscount; currency: string };

async function shopContext(programId: string): Promise<ShopContext | undefined> {
  const connection = await findConnection(programId);
  if (!connection?.sealedAdminToken || !connection.discount || typeof connection.shopDomain !== 'string') {
    return undefined;
  }
  const accessToken = await open(connection.sealedAdminToken, adminTokenBinding(programId));
  if (!accessToken) return undefined;
  const program = await getProgram(programId);
  return {
    call: { shopDomain: connection.shopDomain, accessToken },
    discount: connection.discount,
    currency: program.currency,
  };
}

/**
 * Records what the shop should have for a referral code after a change to its item (from the
 * table's stream): active or not, and its end (`retiresAt`, when the code was replaced). A
 * program without an Admin API token and a discount gets nothing: its codes exist only in
 * Embassy. A change that asks for what is already recorded writes nothing, so a redelivered
 * record does not reopen a failed code.
 * @returns the code's program and code when there is work for the shop.
 */
export async function recordCodeChange(
  image: CodeImage,
  now = new Date(),
  connected?: boolean,
): Promise<{ programId: string; code: string } | undefined> {
  const code = image?.code;
  const programId = image?.programId;
  const userId = image?.userId;
  if (typeof code !== 'string' || typeof programId !== 'string' || typeof userId !== 'string')
    return undefined;
  if (!(connected ?? (await syncEnabled(programId)))) return undefined;
  const wanted: 'active' | 'inactive' = image?.active === true ? 'active' : 'inactive';
  const endsAt = typeof image?.retiresAt === 'string' ? image.retiresAt : undefined;
  const at = nowIso(now);
  const changed = await retryOptimistic('The code’s shop record keeps changing', async () => {
    const seen = await findShopifyCode(programId, code);
    if (seen && seen.wanted === wanted && seen.endsAt === endsAt) return false;
    const leased = seen?.leaseUntil !== undefined && seen.leaseUntil > at;
    const {
      reason: _reason,
      endsAt: _ends,
      ...rest
    } = seen ?? {
      code,
      programId,
      ambassadorId: userId,
      attempts: 0,
      createdAt: at,
    };
    const next = {
      ...rest,
      wanted,
      ...(endsAt ? { endsAt } : {}),
      status: 'pending' as const,
      attempts: 0,
      // A worker holding the code finishes first, then sees the change and goes on.
      nextAttemptAt: leased ? (seen?.leaseUntil as string) : at,
      updatedAt: at,
    };
    return (await replaceShopifyCode(next, seen)) ? true : TRY_AGAIN;
  });
  return changed ? { programId, code } : undefined;
}

/**
 * When a program's Admin API token is first set, its approved ambassadors' codes are queued
 * for the shop (the sweep makes them), so the shop catches up with the codes made before.
 * @returns how many codes were queued.
 */
export async function queueExistingCodes(programId: string, now = new Date()): Promise<number> {
  if (!(await syncEnabled(programId))) return 0;
  let queued = 0;
  let cursor: string | undefined;
  do {
    const page = await listAmbassadorsByStatus(programId, 'approved', 100, cursor);
    // A page at a time, side by side: thousands of ambassadors fit in one invocation.
    const done = await Promise.all(
      page.items.map(async (member) => {
        const code = member.referralCode;
        if (!code || (await findShopifyCode(programId, code))) return false;
        const image = { code, programId, userId: member.userId, active: true };
        return (await recordCodeChange(image, now, true)) !== undefined;
      }),
    );
    queued += done.filter(Boolean).length;
    cursor = page.nextCursor;
  } while (cursor);
  return queued;
}

/** How one attempt in the shop ended. */
type Outcome =
  | { kind: 'done'; facts: ShopFacts }
  | { kind: 'retry'; facts: ShopFacts; reason: string; waitMs?: number }
  | { kind: 'failed'; facts: ShopFacts; reason: string };

/** What the shop has, as far as this attempt knows. */
type ShopFacts = Pick<StoredShopifyCode, 'discountId' | 'appliedActive' | 'appliedEndsAt'>;

/** A call, with throttled answers waited out (what Shopify asks, within the invocation's time). */
async function patiently<R extends { kind: string }>(attempt: () => Promise<R>): Promise<R> {
  let result = await attempt();
  for (let n = 0; n < THROTTLE_RETRIES && result.kind === 'throttled'; n++) {
    const wait = (result as unknown as { waitMs: number }).waitMs;
    if (wait > MAX_INLINE_WAIT_MS || timeLeftMs() - wait < RESERVE_MS) break;
    await sleep(Math.max(wait, 20));
    result = await attempt();
  }
  return result;
}

/** A failed call as the attempt's outcome. */
function outcomeOf(result: Exclude<DiscountResult, { kind: 'ok' }>, facts: ShopFacts): Outcome {
  switch (result.kind) {
    case 'userErrors':
      return { kind: 'failed', facts, reason: `Shopify refused: ${userErrorText(result.errors)}` };
    case 'throttled':
      return { kind: 'retry', facts, reason: result.reason, waitMs: result.waitMs };
    case 'transient':
      return { kind: 'retry', facts, reason: result.reason };
    case 'refused':
      return { kind: 'failed', facts, reason: result.reason };
  }
}

/** Creates the discount, or finds the one an earlier attempt made (Shopify refuses a code twice). */
async function ensureDiscount(
  shop: ShopContext,
  record: StoredShopifyCode,
  facts: ShopFacts,
): Promise<{ discount: ShopDiscount } | { outcome: Outcome }> {
  const input = discountInput(record.code, shop.discount, shop.currency, record.createdAt, record.endsAt);
  const created = await patiently(() => createDiscount(shop.call, input));
  if (created.kind === 'ok')
    return { discount: { ...created.discount, status: 'ACTIVE', endsAt: record.endsAt ?? null } };
  if (created.kind !== 'userErrors' || !isCodeTaken(created.errors))
    return { outcome: outcomeOf(created, facts) };
  // Taken: an earlier attempt's create went through and its answer was lost, or the shop made one.
  const found = await patiently(() => findDiscountByCode(shop.call, record.code));
  if (found.kind !== 'ok') return { outcome: outcomeOf(found, facts) };
  if (!found.discount || found.discount.title !== discountTitle(record.code)) {
    return {
      outcome: {
        kind: 'failed',
        facts,
        reason: `The shop already has a discount with the code ${record.code} that Embassy did not make: rename or delete it in Shopify, then retry`,
      },
    };
  }
  return { discount: found.discount };
}

/** Brings the shop to what the record wants: the discount made, its end set, switched on or off. */
async function workInShop(shop: ShopContext, record: StoredShopifyCode): Promise<Outcome> {
  let facts: ShopFacts = {
    ...(record.discountId ? { discountId: record.discountId } : {}),
    ...(record.appliedActive !== undefined ? { appliedActive: record.appliedActive } : {}),
    ...(record.appliedEndsAt ? { appliedEndsAt: record.appliedEndsAt } : {}),
  };
  if (!facts.discountId) {
    const ensured = await ensureDiscount(shop, record, facts);
    if ('outcome' in ensured) return ensured.outcome;
    const { discount } = ensured;
    facts = {
      discountId: discount.id,
      // Shopify shows a deactivated discount as EXPIRED (deactivating ends it now).
      appliedActive: discount.status !== 'EXPIRED',
      ...(typeof discount.endsAt === 'string' ? { appliedEndsAt: discount.endsAt } : {}),
    };
  }
  const id = facts.discountId as string;
  if ((facts.appliedEndsAt ?? undefined) !== record.endsAt) {
    const ended = await patiently(() => setDiscountEnd(shop.call, id, record.endsAt));
    if (ended.kind !== 'ok') return outcomeOf(ended, facts);
    const { appliedEndsAt: _previous, ...rest } = facts;
    facts = { ...rest, ...(record.endsAt ? { appliedEndsAt: record.endsAt } : {}) };
  }
  const wantActive = record.wanted === 'active';
  if (facts.appliedActive !== wantActive) {
    const switched = await patiently(() =>
      wantActive ? activateDiscount(shop.call, id) : deactivateDiscount(shop.call, id),
    );
    if (switched.kind !== 'ok') return outcomeOf(switched, facts);
    facts = { ...facts, appliedActive: wantActive };
  }
  return { kind: 'done', facts };
}

/** The record after an attempt: done, failed for good, or due again. */
function settled(record: StoredShopifyCode, outcome: Outcome, now: Date): Omit<StoredShopifyCode, 'version'> {
  const {
    leaseUntil: _lease,
    nextAttemptAt: _next,
    reason: _reason,
    discountId: _id,
    appliedActive: _a,
    appliedEndsAt: _e,
    version: _v,
    ...rest
  } = record;
  const base = { ...rest, ...outcome.facts, updatedAt: nowIso(now) };
  if (outcome.kind === 'done') {
    return { ...base, status: record.wanted === 'active' ? 'created' : 'deactivated', attempts: 0 };
  }
  if (outcome.kind === 'failed') return { ...base, status: 'failed', reason: outcome.reason };
  const delay = outcome.waitMs ?? SYNC_RETRY_DELAYS_MS[record.attempts - 1];
  if (delay === undefined) {
    return {
      ...base,
      status: 'failed',
      reason: `${outcome.reason}; gave up after ${record.attempts} attempts`,
    };
  }
  return {
    ...base,
    status: 'pending',
    reason: outcome.reason,
    nextAttemptAt: later(now, Math.max(delay, 1000)),
  };
}

/**
 * Does the work due in the shop for one code, under a lease so no two workers talk to the shop
 * about the same code at once: claims it (a conditional write on the version read), brings the
 * shop to what the record wants, and writes the outcome. A change recorded meanwhile (the
 * ambassador suspended during the create) is kept, and the work goes round again for it.
 * Calls Shopify; never on a request's path.
 */
export async function syncShopifyCode(programId: string, code: string, now = new Date()): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const at = nowIso(now);
    const seen = await findShopifyCode(programId, code);
    if (seen?.status !== 'pending') return;
    if ((seen.nextAttemptAt ?? '') > at || (seen.leaseUntil ?? '') > at) return;
    const claimed = {
      ...seen,
      attempts: seen.attempts + 1,
      leaseUntil: later(now, SYNC_LEASE_MS),
      nextAttemptAt: later(now, SYNC_LEASE_MS),
    };
    if (!(await replaceShopifyCode(claimed, seen))) continue;
    const held: StoredShopifyCode = { ...claimed, version: seen.version + 1 };

    const shop = await shopContext(programId);
    const outcome: Outcome = shop
      ? await workInShop(shop, held)
      : {
          kind: 'failed',
          facts: {},
          reason: 'The program has no Shopify Admin API token or discount any more',
        };
    if (outcome.kind !== 'done')
      log.warn('shopify code not in step', { programId, code, reason: outcome.reason });

    const again = await retryOptimistic('The code’s shop record keeps changing', async () => {
      const current = await findShopifyCode(programId, code);
      if (!current) return false;
      if (current.version === held.version) {
        return (await replaceShopifyCode(settled(held, outcome, now), current)) ? false : TRY_AGAIN;
      }
      // Changed while held: keep what the shop now has, let go, and go round for the change.
      const { leaseUntil: _lease, ...rest } = current;
      const next = { ...rest, ...outcome.facts, nextAttemptAt: at, updatedAt: nowIso(now) };
      return (await replaceShopifyCode(next, current)) ? true : TRY_AGAIN;
    });
    if (!again) return;
  }
}

/**
 * The clock's part: every code whose work is due (retries after a failure that may pass, codes
 * a worker let go of, a manager's retry, codes queued when a token was set), as many as the
 * invocation has time for. @returns how many codes were looked at.
 */
export async function sweepShopifyCodes(now = new Date()): Promise<number> {
  const due = await listDueShopifyCodes(nowIso(now), SWEEP_LIMIT);
  let done = 0;
  for (const { programId, code } of due) {
    if (timeLeftMs() < RESERVE_MS * 2) break;
    await syncShopifyCode(programId, code, now);
    done++;
  }
  return done;
}
