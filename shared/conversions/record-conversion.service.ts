import { createHash } from 'node:crypto';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import { AppError, conflict, validationFailed } from '../errors.ts';
import { nowIso } from '../ids.ts';
import { findMembership } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import { findReferralCode } from '../referrals/referral-code.store.ts';
import { type Conversion, ConversionSchema, type RecordConversionInput } from './conversion.schema.ts';
import { readOrderLedger, writeOrderLedger } from './order-ledger.store.ts';

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
 * the attribution window before the order, else the referral code if it is active. Anything
 * that did not count is flagged, so a brand can see why.
 */
async function attribute(
  programId: string,
  windowDays: number,
  input: RecordConversionInput,
): Promise<{ attribution?: Attribution; flags: Conversion['flags'] }> {
  const flags: Conversion['flags'] = [];
  if (input.clickId) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.click(input.clickId) }));
    if (!Item || Item.programId !== programId) flags.push('unknown_click');
    else {
      const age = Date.parse(input.occurredAt) - Date.parse(String(Item.at));
      const clickedCode = await findReferralCode(String(Item.code));
      if (age < 0 || age > windowDays * DAY_MS) flags.push('click_outside_window');
      else if (!clickedCode?.active) flags.push('suspended_code');
      else {
        return {
          attribution: {
            via: 'click',
            code: String(Item.code),
            ambassadorId: String(Item.userId),
            clickId: input.clickId,
            clickedAt: String(Item.at),
          },
          flags,
        };
      }
    }
  }
  if (input.referralCode) {
    const referral = await findReferralCode(input.referralCode.toUpperCase());
    if (!referral || referral.programId !== programId) flags.push('unknown_code');
    else if (!referral.active) flags.push('suspended_code');
    else return { attribution: { via: 'code', code: referral.code, ambassadorId: referral.userId }, flags };
  }
  return { flags };
}

/**
 * Records an order from the brand's server, once. A repeat with the same content returns the
 * first result and writes nothing; with different content it is a conflict. A customer who is
 * the ambassador themself is recorded and flagged `self_referral`.
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

  const { attribution, flags } = await attribute(programId, program.attributionWindowDays, input);
  if (attribution && input.customerEmail) {
    const ambassador = await findMembership(programId, attribution.ambassadorId);
    if (ambassador && emailHash(ambassador.email) === emailHash(input.customerEmail))
      flags.push('self_referral');
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    // Refunds that arrived before the order are taken in now, in the same transaction.
    const ledger = await readOrderLedger(programId, input.orderId);
    const conversion: Conversion = {
      programId,
      orderId: input.orderId,
      amount: input.amount,
      currency: input.currency,
      occurredAt: new Date(input.occurredAt).toISOString(),
      status: attribution ? 'attributed' : 'unattributed',
      ...(attribution ? { attribution } : {}),
      flags: ledger.refundTotal > input.amount ? [...flags, 'refunds_exceed_order'] : flags,
      ...(input.items ? { items: input.items } : {}),
      refundedAmount: ledger.refundTotal,
      recordedAt: nowIso(),
      fingerprint,
    };
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.conversion(programId, input.orderId),
                  entity: ENTITY.conversion,
                  ...conversion,
                  keyId,
                  ...(input.customerEmail ? { customerEmailHash: emailHash(input.customerEmail) } : {}),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            writeOrderLedger(programId, input.orderId, ledger, {
              refundTotal: ledger.refundTotal,
              orderAmount: input.amount,
            }),
          ],
        }),
      );
      return { conversion, replayed: false };
    } catch (error) {
      const failed = failedConditions(error);
      // Another delivery of the same order won the race: answer as a repeat.
      if (failed.includes(0)) {
        const winner = await findConversion(programId, input.orderId);
        if (winner) return replay(winner, fingerprint);
      }
      // A refund moved the ledger meanwhile: read it again.
      if (failed.includes(1) || cancellationReasons(error).includes('TransactionConflict')) continue;
      throw error;
    }
  }
  throw new AppError('unavailable', 'This order is changing too fast; try again');
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
