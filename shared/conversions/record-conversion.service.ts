import { createHash } from 'node:crypto';
import { codeAttributesAt } from '../ambassadors/referral-code.ts';
import { insertCommission } from '../commissions/commission.store.ts';
import { commissionEarnedNotice, firstSaleNotice } from '../commissions/commission-notices.ts';
import { newOrderCommission } from '../commissions/plan-commission.ts';
import { conflict, validationFailed } from '../errors.ts';
import { nowIso } from '../ids.ts';
import { notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact } from '../platform/db/transact.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { getProgram } from '../programs/program.store.ts';
import { isAmbassadorDevice, type VisitorHashes } from '../referrals/ambassador-device.store.ts';
import { findClick, findFirstClickOfVisitor } from '../referrals/click.store.ts';
import { findReferralCode } from '../referrals/redirect.store.ts';
import type { Conversion, RecordConversionInput } from './conversion.schema.ts';
import { findConversion, newConversionItem } from './conversion.store.ts';
import { findCustomer, newCustomerClaimItem } from './customer.store.ts';
import { firstSaleClaim, hasFirstSale } from './first-sale.store.ts';
import { ORDER_TOO_FAST, readOrderLedger, writeOrderLedger } from './order-ledger.store.ts';
import { isOwnOrder } from './own-order.ts';

const DAY_MS = 86_400_000;
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const emailHash = (email: string) => sha256(email.trim().toLowerCase());

/** JSON with keys sorted at every depth: the same content always serialises the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The same request always hashes the same, whatever order its keys came in, at any depth. */
function fingerprintOf(input: RecordConversionInput): string {
  return sha256(canonicalJson({ ...input, customerEmail: input.customerEmail?.toLowerCase() }));
}

type Attribution = NonNullable<Conversion['attribution']>;
/**
 * Who earns an order: the click (`clickId`) if it belongs to this program and happened within
 * the attribution window before the order, else the referral code if it is active and the
 * order came before the code retired (a code-only order). Under the
 * `first_click` model the credit goes to the same visitor's first click in the window (if its
 * code is active), else the reported click. Anything that did not count is flagged, so a brand
 * can see why.
 */
async function attribute(
  program: Program,
  input: RecordConversionInput,
): Promise<{ attribution?: Attribution; flags: Conversion['flags']; visitor?: VisitorHashes }> {
  const flags: Conversion['flags'] = [];
  const windowDays = program.attributionWindowDays;
  const occurredAt = new Date(input.occurredAt).toISOString();
  if (input.clickId) {
    const click = await findClick(input.clickId);
    if (!click || click.programId !== program.programId) flags.push('unknown_click');
    else {
      const age = Date.parse(occurredAt) - Date.parse(click.at);
      if (age < 0 || age > windowDays * DAY_MS) flags.push('click_outside_window');
      else {
        const candidates = [click];
        if (program.attributionModel === 'first_click') {
          const from = new Date(Date.parse(occurredAt) - windowDays * DAY_MS).toISOString();
          const first = await findFirstClickOfVisitor(click, from, occurredAt);
          if (first && first.clickId !== click.clickId) candidates.unshift(first);
        }
        let refused: 'suspended_code' | 'retired_code' = 'suspended_code';
        for (const candidate of candidates) {
          // A click made before its code retired still counts: it came from the ambassador's link.
          const code = await findReferralCode(candidate.code);
          if (!code || !codeAttributesAt(code, candidate.at)) {
            if (code?.active) refused = 'retired_code';
            continue;
          }
          return {
            attribution: {
              via: 'click',
              code: candidate.code,
              ambassadorId: candidate.userId,
              clickId: candidate.clickId,
              clickedAt: candidate.at,
              ...(candidate.challengeId ? { challengeId: candidate.challengeId } : {}),
              model: program.attributionModel,
              codeOnly: false,
            },
            flags,
            ...(candidate.ipHash && candidate.uaHash
              ? { visitor: { ipHash: candidate.ipHash, uaHash: candidate.uaHash } }
              : {}),
          };
        }
        flags.push(refused);
      }
    }
  }
  if (input.referralCode) {
    const referral = await findReferralCode(input.referralCode.toUpperCase());
    if (!referral || referral.programId !== program.programId) flags.push('unknown_code');
    else if (!referral.active) flags.push('suspended_code');
    // A rotated code attributes orders made before it retired, and nothing after.
    else if (!codeAttributesAt(referral, occurredAt)) flags.push('retired_code');
    else
      return {
        attribution: { via: 'code', code: referral.code, ambassadorId: referral.userId, codeOnly: true },
        flags,
      };
  }
  return { flags };
}

/**
 * Records an order from the brand's server, once. A repeat with the same content returns the
 * first result and writes nothing; with different content it is a conflict. The ambassador's
 * own order is recorded, flagged and earns no commission: `self_referral` when the customer's
 * email is theirs, `own_link_purchase` when the credited click came from a browser they used on
 * their links page (same hashed IP and user agent).
 * An attributed order earns a pending commission line under the program's rules.
 * @throws AppError `not_found`, `validation_failed` (currency), `conflict`.
 */
export async function recordConversion(
  programId: string,
  keyId: string,
  input: RecordConversionInput,
): Promise<{ conversion: Conversion; replayed: boolean }> {
  const program = await getProgram(programId);
  if (input.currency !== program.currency) {
    throw validationFailed(`currency: this program reports in ${program.currency}`, { field: 'currency' });
  }
  const fingerprint = fingerprintOf(input);
  const existing = await findConversion(programId, input.orderId);
  if (existing) return replay(existing, fingerprint);

  const { attribution, flags, visitor } = await attribute(program, input);
  const ambassador = attribution ? await findMembership(programId, attribution.ambassadorId) : undefined;
  const customerHash = input.customerEmail ? emailHash(input.customerEmail) : undefined;
  if (ambassador && customerHash && emailHash(ambassador.email) === customerHash) flags.push('self_referral');
  if (ambassador && visitor && (await isAmbassadorDevice(programId, ambassador.userId, visitor))) {
    flags.push('own_link_purchase');
  }
  const occurredAt = new Date(input.occurredAt).toISOString();

  return retryOptimistic(ORDER_TOO_FAST, async () => {
    // Refunds that arrived before the order are taken in now, in the same transaction.
    const ledger = await readOrderLedger(programId, input.orderId);
    const firstOrderId = customerHash ? await findCustomer(programId, customerHash) : undefined;
    const repeatCustomer = firstOrderId !== undefined && firstOrderId !== input.orderId;
    const orderFlags = [
      ...flags,
      ...(repeatCustomer ? (['repeat_customer'] as const) : []),
      ...(ledger.refundTotal > input.amount ? (['refunds_exceed_order'] as const) : []),
    ];
    const earns =
      ambassador !== undefined &&
      !isOwnOrder(orderFlags) &&
      !(repeatCustomer && program.commission.firstOrderOnly);
    const commission = earns
      ? newOrderCommission({
          program,
          ambassador,
          orderId: input.orderId,
          amount: input.amount,
          occurredAt,
          challengeId: attribution?.challengeId,
          refundTotal: ledger.refundTotal,
        })
      : undefined;
    const conversion: Conversion = {
      programId,
      orderId: input.orderId,
      amount: input.amount,
      currency: input.currency,
      occurredAt,
      status: attribution ? 'attributed' : 'unattributed',
      ...(attribution ? { attribution } : {}),
      ...(commission ? { commissionId: commission.commissionId } : {}),
      flags: orderFlags,
      ...(input.items ? { items: input.items } : {}),
      refundedAmount: ledger.refundTotal,
      recordedAt: nowIso(),
      fingerprint,
    };
    // The ambassador hears of their first sale once (the claim guards it) and of each commission.
    const firstSale =
      ambassador && !isOwnOrder(orderFlags) && !(await hasFirstSale(programId, ambassador.userId))
        ? ambassador
        : undefined;
    const written = await transact({
      conversion: newConversionItem(conversion, keyId, customerHash),
      ledger: writeOrderLedger(programId, input.orderId, ledger, {
        orderAmount: input.amount,
        ...(commission ? { commissionId: commission.commissionId } : {}),
      }),
      // The customer's first order: claimed once, so a concurrent second order sees it.
      customer:
        customerHash && firstOrderId === undefined
          ? newCustomerClaimItem(programId, customerHash, input.orderId, occurredAt)
          : undefined,
      commission: commission ? insertCommission(commission) : undefined,
      firstSale: firstSale
        ? [
            firstSaleClaim(programId, firstSale.userId, input.orderId, conversion.recordedAt),
            notificationPut(await firstSaleNotice(firstSale, input)),
          ]
        : undefined,
      told:
        ambassador && commission?.state === 'pending'
          ? notificationPut(await commissionEarnedNotice(ambassador, commission))
          : undefined,
    });
    if (written.ok) return { conversion, replayed: false };
    // Another delivery of the same order won the race: answer as a repeat.
    if (written.failed.has('conversion')) {
      const winner = await findConversion(programId, input.orderId);
      if (winner) return replay(winner, fingerprint);
    }
    // A refund moved the ledger, another order of this customer came first, or another order
    // claimed the ambassador's first sale: read again.
    return TRY_AGAIN;
  });
}

function replay(existing: Conversion, fingerprint: string): { conversion: Conversion; replayed: boolean } {
  if (existing.fingerprint !== fingerprint) {
    throw conflict('This order was already recorded with different content', { orderId: existing.orderId });
  }
  return { conversion: existing, replayed: true };
}
