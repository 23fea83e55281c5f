import { createHmac, timingSafeEqual } from 'node:crypto';
import { REFERRAL_CODE_PATTERN } from '../ambassadors/referral-code.ts';
import { RecordConversionSchema } from '../conversions/conversion.schema.ts';
import { findConversion } from '../conversions/conversion.store.ts';
import { recordConversion } from '../conversions/record-conversion.service.ts';
import { recordRefund } from '../conversions/record-refund.service.ts';
import { findRefund } from '../conversions/refund.store.ts';
import { AppError, isAppError, notFound, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { log } from '../platform/log.ts';
import { open, seal } from '../platform/secrets/secret-box.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { getProgram } from '../programs/program.store.ts';
import { findReferralCode } from '../referrals/redirect.store.ts';
import {
  SHOPIFY_TOPICS,
  ShopifyOrderSchema,
  ShopifyRefundSchema,
  type ShopifySettings,
  type ShopifySettingsInput,
  ShopifySettingsSchema,
} from './shopify.schema.ts';
import {
  adminTokenBinding,
  deliverySeen,
  findConnection,
  putConnection,
  putDelivery,
} from './shopify-connection.store.ts';
import { conversionOfOrder, refundOf } from './shopify-payloads.ts';

/** Connects a Shopify shop (owner or brand). The secret is sealed before it is stored. @throws AppError `forbidden`. */
export async function putShopifySettings(
  user: AuthUser,
  programId: string,
  input: ShopifySettingsInput,
): Promise<ShopifySettings> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  // What is left out is kept: a form cannot show a token it was never given back.
  const stored = await findConnection(programId);
  const sealedAdminToken = input.adminAccessToken
    ? await seal(input.adminAccessToken, adminTokenBinding(programId))
    : stored?.sealedAdminToken;
  const discount = input.discount ?? stored?.discount;
  if (sealedAdminToken && !discount) {
    throw validationFailed('An Admin API access token needs the discount its codes give', {
      field: 'discount',
    });
  }
  const settings = {
    shopDomain: input.shopDomain,
    webhookPath: `/api/webhooks/shopify/${programId}`,
    topics: [...SHOPIFY_TOPICS],
    updatedAt: nowIso(),
    updatedBy: user.id,
  };
  await putConnection(programId, settings, await seal(input.webhookSecret, programId), {
    ...(sealedAdminToken ? { sealedAdminToken } : {}),
    ...(discount ? { discount } : {}),
  });
  return {
    ...settings,
    adminAccessTokenSet: sealedAdminToken !== undefined,
    ...(discount ? { discount } : {}),
  };
}

/** The shop's settings, without the secret (owner or brand). @throws AppError `forbidden`, `not_found`. */
export async function getShopifySettings(user: AuthUser, programId: string): Promise<ShopifySettings> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  const connection = await findConnection(programId);
  if (!connection) throw notFound('Shopify integration');
  return ShopifySettingsSchema.parse({
    ...connection,
    adminAccessTokenSet: connection.sealedAdminToken !== undefined,
  });
}

/** Shopify's signature: base64 HMAC-SHA256 of the raw body, compared in constant time. */
export function verifyShopifyHmac(secret: string, rawBody: Uint8Array, header: string | undefined): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(header.trim(), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type ShopifyDelivery = {
  programId: string;
  topic?: string | undefined;
  webhookId?: string | undefined;
  shopDomain?: string | undefined;
  hmac?: string | undefined;
  rawBody: Uint8Array;
};
export type ShopifyOutcome = { status: 'recorded' | 'duplicate' | 'ignored'; reason?: string };

/**
 * One webhook delivery from Shopify: verified against the shop's secret, deduplicated on its
 * webhook id, then recorded as an order or a refund through the same idempotent paths as the
 * conversions API. A delivery that is genuine but cannot count (another currency, a topic we do
 * not use, an order already recorded differently) is answered 200 `ignored` with the reason, so
 * Shopify does not retry it for two days; the reason is kept with the delivery.
 * @throws AppError `not_found` (no integration), `unauthorized` (signature or shop), `bad_request`.
 */
export async function handleShopifyDelivery(delivery: ShopifyDelivery): Promise<ShopifyOutcome> {
  const { programId } = delivery;
  const connection = await findConnection(programId);
  const secret = connection ? await open(connection.sealedSecret, programId) : undefined;
  if (!connection || !secret) throw notFound('Shopify integration');
  if (delivery.shopDomain && delivery.shopDomain.toLowerCase() !== connection.shopDomain) {
    throw new AppError('unauthorized', 'This webhook comes from another shop than the one connected');
  }
  if (!verifyShopifyHmac(secret, delivery.rawBody, delivery.hmac)) {
    throw new AppError(
      'unauthorized',
      'X-Shopify-Hmac-Sha256 does not match the body with the connected shop’s secret',
    );
  }
  if (!delivery.webhookId) throw new AppError('bad_request', 'X-Shopify-Webhook-Id is missing');
  // Shopify's ids are UUIDs; a longer one is no delivery, and would not fit in a key (2 KB).
  if (delivery.webhookId.length > 255) throw new AppError('bad_request', 'X-Shopify-Webhook-Id is too long');
  if (await deliverySeen(programId, delivery.webhookId)) return { status: 'duplicate' };

  let payload: unknown;
  try {
    payload = parseKeepingIds(Buffer.from(delivery.rawBody).toString('utf8'));
  } catch {
    throw new AppError('bad_request', 'The webhook body is not JSON');
  }
  const outcome = await apply(programId, delivery.topic, payload);
  await putDelivery(programId, delivery.webhookId, { topic: delivery.topic, ...outcome });
  if (outcome.status === 'ignored')
    log.info('shopify delivery ignored', { programId, reason: outcome.reason });
  return outcome;
}

/**
 * JSON.parse, but Shopify's 64-bit ids (`"id": 820982911946154508`) read as exact strings, not
 * rounded doubles: any `…id` key whose value is an integer of 16 or more digits.
 */
export function parseKeepingIds(text: string): unknown {
  return JSON.parse(text.replace(/("(?:[a-z_]*_)?id"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"'));
}

async function apply(
  programId: string,
  topic: string | undefined,
  payload: unknown,
): Promise<ShopifyOutcome> {
  const ignored = (reason: string): ShopifyOutcome => ({ status: 'ignored', reason });
  try {
    if (topic === 'orders/paid') {
      const order = ShopifyOrderSchema.safeParse(payload);
      if (!order.success) return ignored('the body is not an order');
      const mapped = await conversionOfOrder(order.data, async (code) => {
        // A shop's discount codes are anything the shop made; only a code's shape is looked up.
        const candidate = code.trim().toUpperCase();
        if (!REFERRAL_CODE_PATTERN.test(candidate)) return false;
        const referral = await findReferralCode(candidate);
        return referral?.programId === programId;
      });
      if ('reason' in mapped) return ignored(mapped.reason);
      // The same bounds as the conversions API: amounts, lengths, a real date.
      const input = RecordConversionSchema.safeParse(mapped.input);
      if (!input.success)
        return ignored(`the order does not fit: ${input.error.issues[0]?.message ?? 'invalid'}`);
      await recordConversion(programId, 'shopify', input.data);
      return { status: 'recorded' };
    }
    if (topic === 'refunds/create') {
      const refund = ShopifyRefundSchema.safeParse(payload);
      if (!refund.success) return ignored('the body is not a refund');
      const program = await getProgram(programId);
      const mapped = refundOf(refund.data, program.currency);
      if ('reason' in mapped) return ignored(mapped.reason);
      // The order before the refund: both change in one transaction, so an order that already
      // counts this refund means the refund is there to be read next (read the other way round,
      // a copy landing in between would be taken from what is left, and refused as different).
      const order = await findConversion(programId, mapped.orderId);
      // A redelivered refund is answered as recorded (a replay asks for the amount first taken).
      const known = await findRefund(programId, mapped.orderId, mapped.input.refundId);
      if (known) return { status: 'recorded' };

      // Line subtotals can exceed what is left of the order's subtotal after an order-level
      // discount: take at most what is left, so the last refund empties the order exactly.
      const left = order ? order.amount - order.refundedAmount : undefined;
      const amount = left === undefined ? mapped.input.amount : Math.min(mapped.input.amount, left);
      if (amount <= 0) return ignored('the order is already refunded in full');
      await recordRefund(programId, mapped.orderId, { ...mapped.input, amount });
      return { status: 'recorded' };
    }
    return ignored(`topic ${topic ?? '(none)'} is not one Embassy uses`);
  } catch (error) {
    if (isAppError(error) && ['validation_failed', 'conflict', 'not_found'].includes(error.code)) {
      return ignored(error.message);
    }
    throw error;
  }
}
