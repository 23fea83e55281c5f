import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { insertCommission } from '../commissions/commission.store.ts';
import { newOrderCommission } from '../commissions/plan-commission.ts';
import { db, tableName } from '../db/client.ts';
import { ENTITY, indexKeys, keys } from '../db/keys.ts';
import { ACCESS_PATTERNS } from '../db/table.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import { AppError, conflict, validationFailed } from '../errors.ts';
import { nowIso } from '../ids.ts';
import type { TransactItem } from '../points/plan-points-award.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { getProgram } from '../programs/program.store.ts';
import { isAmbassadorDevice, type VisitorHashes } from '../referrals/ambassador-device.store.ts';
import { findReferralCode } from '../referrals/referral-code.store.ts';
import { pauseBeforeRetry } from '../request-deadline.ts';
import { type Conversion, ConversionSchema, type RecordConversionInput } from './conversion.schema.ts';
import { conversionItem } from './conversion.store.ts';
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
type ClickItem = {
  clickId: string;
  programId: string;
  code: string;
  userId: string;
  at: string;
  ipHash?: string;
  uaHash?: string;
  challengeId?: string;
};

async function findClick(clickId: string): Promise<ClickItem | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.click(clickId) }));
  return Item as ClickItem | undefined;
}

/** The visitor's first click in the program within the window before the order, if any. */
async function firstClickOf(
  click: ClickItem,
  orderAt: string,
  windowDays: number,
): Promise<ClickItem | undefined> {
  if (!click.ipHash || !click.uaHash) return undefined;
  const from = new Date(Date.parse(orderAt) - windowDays * DAY_MS).toISOString();
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: ACCESS_PATTERNS.clicksByVisitor.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': indexKeys.clicksByVisitorPartition(click.programId, click.ipHash, click.uaHash),
        ':from': from,
        ':to': `${orderAt}~`,
      },
      Limit: 1,
    }),
  );
  return Items?.[0] as ClickItem | undefined;
}

/**
 * Who earns an order: the click (`clickId`) if it belongs to this program and happened within
 * the attribution window before the order, else the referral code if it is active. Under the
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
          const first = await firstClickOf(click, occurredAt, windowDays);
          if (first && first.clickId !== click.clickId) candidates.unshift(first);
        }
        for (const candidate of candidates) {
          if (!(await findReferralCode(candidate.code))?.active) continue;
          return {
            attribution: {
              via: 'click',
              code: candidate.code,
              ambassadorId: candidate.userId,
              clickId: candidate.clickId,
              clickedAt: candidate.at,
              ...(candidate.challengeId ? { challengeId: candidate.challengeId } : {}),
              model: program.attributionModel,
            },
            flags,
            ...(candidate.ipHash && candidate.uaHash
              ? { visitor: { ipHash: candidate.ipHash, uaHash: candidate.uaHash } }
              : {}),
          };
        }
        flags.push('suspended_code');
      }
    }
  }
  if (input.referralCode) {
    const referral = await findReferralCode(input.referralCode.toUpperCase());
    if (!referral || referral.programId !== program.programId) flags.push('unknown_code');
    else if (!referral.active) flags.push('suspended_code');
    else return { attribution: { via: 'code', code: referral.code, ambassadorId: referral.userId }, flags };
  }
  return { flags };
}

/** Whether another order of this customer came first (by hashed email), and that first order's id. */
async function findCustomer(programId: string, hash: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.customer(programId, hash), ConsistentRead: true }),
  );
  return typeof Item?.firstOrderId === 'string' ? Item.firstOrderId : undefined;
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

  for (let attempt = 0; attempt < 5; attempt++) {
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
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName,
          Item: conversionItem(conversion, keyId, customerHash),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      writeOrderLedger(programId, input.orderId, ledger, {
        orderAmount: input.amount,
        ...(commission ? { commissionId: commission.commissionId } : {}),
      }),
    ];
    if (customerHash && firstOrderId === undefined) {
      // The customer's first order: claimed once, so a concurrent second order sees it.
      items.push({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.customer(programId, customerHash),
            entity: ENTITY.customer,
            programId,
            firstOrderId: input.orderId,
            at: occurredAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    if (commission) items.push(insertCommission(commission));
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return { conversion, replayed: false };
    } catch (error) {
      const failed = failedConditions(error);
      // Another delivery of the same order won the race: answer as a repeat.
      if (failed.includes(0)) {
        const winner = await findConversion(programId, input.orderId);
        if (winner) return replay(winner, fingerprint);
      }
      // A refund moved the ledger, or another order of this customer came first: read again.
      if (failed.length > 0 || cancellationReasons(error).includes('TransactionConflict')) {
        await pauseBeforeRetry(attempt, 20, ORDER_TOO_FAST);
        continue;
      }
      throw error;
    }
  }
  throw new AppError('unavailable', ORDER_TOO_FAST);
}

function replay(existing: Conversion, fingerprint: string): { conversion: Conversion; replayed: boolean } {
  if (existing.fingerprint !== fingerprint) {
    throw conflict('This order was already recorded with different content', { orderId: existing.orderId });
  }
  return { conversion: existing, replayed: true };
}

export async function findConversion(programId: string, orderId: string): Promise<Conversion | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.conversion(programId, orderId), ConsistentRead: true }),
  );
  return Item ? ConversionSchema.parse(Item) : undefined;
}
