import { getAmbassadorRecord } from '../ambassadors/ambassador-record.ts';
import { conflict, notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { STAFF_ROLES } from '../programs/membership.schema.ts';
import type {
  AmbassadorShopifyCode,
  ShopifyCode,
  ShopifyCodePage,
  ShopifyCodeQuery,
} from './shopify-code.schema.ts';
import {
  findShopifyCode,
  listShopifyCodes,
  replaceShopifyCode,
  shopifyCodeView,
} from './shopify-code.store.ts';
import { findConnection } from './shopify-connection.store.ts';

/** Whether Embassy can make the program's codes in its shop: a token and a discount are set. */
async function shopSyncEnabled(programId: string): Promise<boolean> {
  const connection = await findConnection(programId);
  return connection?.sealedAdminToken !== undefined && connection.discount !== undefined;
}

/**
 * The program's codes and where each stands in the shop (the team: owner, manager, brand).
 * @throws AppError `forbidden`.
 */
export async function listProgramShopifyCodes(
  user: AuthUser,
  programId: string,
  query: ShopifyCodeQuery,
): Promise<ShopifyCodePage> {
  assertRole(await loadProgramAccess(user, programId), STAFF_ROLES);
  const [page, enabled] = await Promise.all([listShopifyCodes(programId, query), shopSyncEnabled(programId)]);
  return { ...page, shopSyncEnabled: enabled };
}

/**
 * Tries a failed code again: it becomes pending and due now, with its attempts counted afresh;
 * the sync's next sweep (within a minute) does the work in the shop, never this request.
 * @throws AppError `forbidden`, `not_found`, `conflict` (the code is not failed).
 */
export async function retryShopifyCode(
  user: AuthUser,
  programId: string,
  code: string,
): Promise<ShopifyCode> {
  assertRole(await loadProgramAccess(user, programId), STAFF_ROLES);
  return retryOptimistic('The code’s shop record keeps changing', async () => {
    const seen = await findShopifyCode(programId, code);
    if (!seen) throw notFound('Shopify code');
    if (seen.status !== 'failed') {
      throw conflict(`Only a failed code can be retried; this one is ${seen.status}`, {
        status: seen.status,
      });
    }
    const now = nowIso();
    const { reason: _reason, ...rest } = seen;
    const next = { ...rest, status: 'pending' as const, attempts: 0, nextAttemptAt: now, updatedAt: now };
    return (await replaceShopifyCode(next, seen))
      ? shopifyCodeView({ ...next, version: seen.version + 1 })
      : TRY_AGAIN;
  });
}

/**
 * One ambassador's code and whether the shop's checkout takes it, in plain words: the
 * ambassador themself, or a manager.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getAmbassadorShopifyCode(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
): Promise<AmbassadorShopifyCode> {
  const access = await loadProgramAccess(user, programId);
  if (ambassadorId !== user.id) assertManager(access);
  const member = await getAmbassadorRecord(programId, ambassadorId);
  const code = member.referralCode;
  if (!code)
    return {
      inShop: false,
      state: 'no_code',
      message: 'There is no referral code yet: it comes with approval.',
    };
  const [record, enabled] = await Promise.all([findShopifyCode(programId, code), shopSyncEnabled(programId)]);
  const onlyHere = `The code ${code} exists only in Embassy: it counts through the referral link, but the shop’s checkout does not take it`;
  if (!record) {
    return {
      referralCode: code,
      inShop: false,
      state: enabled ? 'waiting' : 'not_connected',
      message: enabled ? `${onlyHere} yet.` : `${onlyHere}: the shop is not connected for codes.`,
    };
  }
  const base = {
    referralCode: code,
    status: record.status,
    state: record.status,
    ...(record.reason ? { reason: record.reason } : {}),
  };
  switch (record.status) {
    case 'created':
      return { ...base, inShop: true, message: `The code ${code} works at the shop’s checkout.` };
    case 'deactivated':
      return { ...base, inShop: false, message: `The code ${code} is switched off in the shop.` };
    case 'pending':
      return {
        ...base,
        inShop: record.discountId !== undefined && record.wanted === 'active',
        message: `Embassy is bringing the code ${code} up to date in the shop.`,
      };
    case 'failed':
      return {
        ...base,
        inShop: false,
        message: `${onlyHere}: Shopify did not take it (${record.reason ?? 'no reason given'}). A manager can retry.`,
      };
  }
}
