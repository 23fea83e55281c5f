import { createHash } from 'node:crypto';
import { CommissionSchema } from '../commissions/commission.schema.ts';
import { type Notification, NotificationSchema } from '../notifications/notification.schema.ts';
import { type PayoutItem, PayoutItemSchema, PayoutSchema } from '../payouts/payout.schema.ts';
import { tableName } from '../platform/db/client.ts';
import { indexKeys, keys } from '../platform/db/keys.ts';
import { batchGetAll, queryAll } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import {
  MAX_TRANSACTION_ITEMS,
  type TransactItem,
  transact,
  unexpectedCancellation,
} from '../platform/db/transact.ts';
import { type Membership, MembershipSchema } from '../programs/membership.schema.ts';
import { membershipItem } from '../programs/membership.store.ts';
import { type Redemption, StoredRedemptionSchema } from '../rewards/redemption.schema.ts';
import { type Submission, SubmissionSchema } from '../submissions/submission.schema.ts';
import { ERASED_PAYEE } from './erasure.schema.ts';

/**
 * The reads and writes of a person's data across entity families, for the export and for
 * account deletion (shared/privacy). Every read is a query on a key or an index, never a scan;
 * every write goes in transactions of at most 100 items.
 */

type Key = { pk: string; sk: string };

/** DynamoDB's limit on the items of one transaction. */

const KEY_ONLY = { ProjectionExpression: 'pk, sk' } as const;

async function keysWithPrefix(pk: string, prefix: string): Promise<Key[]> {
  const items = await queryAll({
    KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
    ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
    ...KEY_ONLY,
  });
  return items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
}

async function queryIndex(pattern: { name: string; partitionKey: string }, partition: string) {
  return queryAll({
    IndexName: pattern.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': pattern.partitionKey },
    ExpressionAttributeValues: { ':pk': partition },
  });
}

// Reads --------------------------------------------------------------------------------------

/** One ambassador's submissions in a program (every status), by the author index. */
export async function listSubmissionsOf(programId: string, userId: string): Promise<Submission[]> {
  const items = await queryIndex(
    ACCESS_PATTERNS.submissionsByAuthor,
    indexKeys.submissionsByAuthorPartition(programId, userId),
  );
  return items.map((item) => SubmissionSchema.parse(item));
}

/** One ambassador's commission lines in a program, by the ambassador index. */
export async function listCommissionsOf(programId: string, userId: string) {
  const items = await queryIndex(
    ACCESS_PATTERNS.commissionsByAmbassador,
    indexKeys.commissionsByAmbassadorPartition(programId, userId),
  );
  return items.map((item) => CommissionSchema.parse(item));
}

/** What one ambassador was paid in these payouts (each payout has one item per ambassador). */
export async function listPayoutItemsOf(
  programId: string,
  userId: string,
  payoutIds: readonly string[],
): Promise<PayoutItem[]> {
  const items = await batchGetAll(payoutIds.map((id) => keys.payoutItem(programId, id, userId)));
  return items.map((item) => PayoutItemSchema.parse(item));
}

/** One ambassador's redemptions in a program, without the sealed code. */
export async function listRedemptionsOf(
  programId: string,
  userId: string,
): Promise<Array<Omit<Redemption, 'code' | 'flags'>>> {
  const items = await queryIndex(
    ACCESS_PATTERNS.redemptionsByMember,
    indexKeys.redemptionsByMemberPartition(programId, userId),
  );
  return items.map((item) => {
    const {
      sealedCode: _sealed,
      codeHash: _hash,
      version: _version,
      ...shown
    } = StoredRedemptionSchema.parse(item);
    return shown;
  });
}

/** The orders behind these ids (missing ones left out): what the export shows of them. */
export async function findOrders(programId: string, orderIds: readonly string[]) {
  const items = await batchGetAll(orderIds.map((id) => keys.conversion(programId, id)));
  return items.map((item) => ({
    orderId: String(item.orderId),
    amount: Number(item.amount),
    currency: String(item.currency),
    occurredAt: String(item.occurredAt),
    status: String(item.status),
    ...(item.attribution && typeof item.attribution === 'object'
      ? { attribution: item.attribution as Record<string, unknown> }
      : {}),
  }));
}

/** Every notification of a user, newest first (they expire after six months). */
export async function listAllNotifications(userId: string): Promise<Notification[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.notificationPartition(userId),
      ':prefix': keys.notification(userId, '').sk,
    },
    ScanIndexForward: false,
  });
  return items.map((item) => NotificationSchema.parse(item));
}

/** Memberships by key (any status, erased ones too). */
export async function findMembershipsByKey(
  userId: string,
  programIds: readonly string[],
): Promise<Membership[]> {
  const items = await batchGetAll(programIds.map((programId) => keys.membership(programId, userId)));
  return items.map((item) => MembershipSchema.parse(item));
}

// Writes -------------------------------------------------------------------------------------

/**
 * Writes the items in transactions of at most 100, asking `more()` before each: false stops the
 * run (the caller resumes later; every item here is safe to write again).
 * @returns false when it stopped before the end.
 * @throws when a transaction is cancelled (a condition or a concurrent writer): the run is
 * retried later, on fresh reads.
 */
export async function writeInBatches(items: readonly TransactItem[], more: () => boolean): Promise<boolean> {
  for (let i = 0; i < items.length; i += MAX_TRANSACTION_ITEMS) {
    if (!more()) return false;
    const written = await transact({ batch: items.slice(i, i + MAX_TRANSACTION_ITEMS) });
    if (!written.ok) throw unexpectedCancellation(written);
  }
  return true;
}

const remove = (key: Key): TransactItem => ({ Delete: { TableName: tableName, Key: key } });

/**
 * A submission goes with all it holds: the post, its review records and figure reports
 * (`SUBMISSION#id…`), the kudos on it, its URL's claim, and its pending reminders. The points
 * it earned stay in the ledger.
 */
export async function submissionDeletes(submission: Submission): Promise<TransactItem[]> {
  const { programId, submissionId, postUrl } = submission;
  const pk = keys.submission(programId, submissionId).pk;
  const [own, kudos] = await Promise.all([
    keysWithPrefix(pk, keys.submission(programId, submissionId).sk),
    keysWithPrefix(pk, keys.kudos(programId, submissionId, '').sk),
  ]);
  const urlHash = createHash('sha256').update(postUrl).digest('base64url');
  return [
    ...own,
    ...kudos,
    keys.postUrlClaim(programId, urlHash),
    keys.figuresDue(programId, submissionId),
    keys.rightsReminder(programId, submissionId),
  ].map(remove);
}

/**
 * Deletes of everything in the person's own partition (`USER#{sub}`) but the erasure itself:
 * their notifications, their profile (name, avatar key, handles, language, time zone), their
 * public pages' settings, their notification preferences and read mark. One keyed query, so an
 * item a later feature adds to the partition goes too.
 */
export async function accountItemDeletes(userId: string): Promise<TransactItem[]> {
  const erasure = keys.erasure(userId);
  const found = await keysWithPrefix(erasure.pk, '');
  return found.filter((key) => key.sk !== erasure.sk).map(remove);
}

/** Deletes of the browsers an ambassador used on their links page (hashed, expiring anyway). */
export async function deviceDeletes(programId: string, userId: string): Promise<TransactItem[]> {
  const found = await keysWithPrefix(keys.ambassadorDevice(programId, userId, '', '').pk, '');
  return found.map(remove);
}

/** Deletes of the sealed payout details (bank account or PayPal address). */
export function payoutDetailsDelete(programId: string, userId: string): TransactItem {
  return remove(keys.payoutDetails(programId, userId));
}

/** Deletes of invitations addressed to the email, in these programs. */
export function invitationDeletes(email: string, programIds: readonly string[]): TransactItem[] {
  return programIds.map((programId) => remove(keys.invitation(programId, email)));
}

/** An update that holds only while the item is there (an update on a missing key would create it). */
function updateIfThere(
  key: Key,
  set: string,
  values: Record<string, unknown>,
  extra = '',
  names?: Record<string, string>,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${set}${extra}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: values,
      ...(names ? { ExpressionAttributeNames: names } : {}),
    },
  };
}

/** The running totals carry the pseudonym, and leave the leaderboards. */
export async function statsPseudonymised(programId: string, userId: string, pseudonym: string) {
  const found = await keysWithPrefix(
    keys.stats(programId, userId, '').pk,
    keys.stats(programId, userId, '').sk,
  );
  return found.map((key) =>
    updateIfThere(
      key,
      'displayName = :name, version = version + :one',
      { ':name': pseudonym, ':one': 1 },
      ' REMOVE gsi2pk, gsi2sk',
    ),
  );
}

/** Redemptions carry the pseudonym, without the shipping address or the ambassador's note. */
export async function redemptionsPseudonymised(programId: string, userId: string, pseudonym: string) {
  const items = await queryIndex(
    ACCESS_PATTERNS.redemptionsByMember,
    indexKeys.redemptionsByMemberPartition(programId, userId),
  );
  return items.map((item) =>
    updateIfThere(
      { pk: String(item.pk), sk: String(item.sk) },
      'displayName = :name, version = version + :one',
      { ':name': pseudonym, ':one': 1 },
      ' REMOVE shippingAddress, note',
    ),
  );
}

/**
 * The payout items of these payouts carry the pseudonym (amounts, ids and references stay). Of
 * those already paid, the sealed copy of the payee (PayPal address, IBAN, holder) goes too: the
 * money was sent. An item not paid yet keeps it, so the brand can still pay what it owes.
 */
export function payoutItemsPseudonymised(
  programId: string,
  userId: string,
  payoutIds: readonly string[],
  paidPayoutIds: ReadonlySet<string>,
  pseudonym: string,
): TransactItem[] {
  return payoutIds.map((payoutId) =>
    paidPayoutIds.has(payoutId)
      ? updateIfThere(
          keys.payoutItem(programId, payoutId, userId),
          '#name = :name, sealedDetails = :none',
          { ':name': pseudonym, ':none': ERASED_PAYEE },
          '',
          { '#name': 'name' },
        )
      : updateIfThere(
          keys.payoutItem(programId, payoutId, userId),
          '#name = :name',
          { ':name': pseudonym },
          '',
          {
            '#name': 'name',
          },
        ),
  );
}

/** Payout headers that list the ambassador among the skipped, with the pseudonym in their place. */
export async function payoutsPseudonymised(programId: string, userId: string, pseudonym: string) {
  const items = await queryIndex(ACCESS_PATTERNS.payoutsByTime, indexKeys.payoutsByTimePartition(programId));
  return items.flatMap((item): TransactItem[] => {
    const payout = PayoutSchema.parse(item);
    if (!payout.skipped.some((s) => s.ambassadorId === userId && s.name !== pseudonym)) return [];
    const skipped = payout.skipped.map((s) => (s.ambassadorId === userId ? { ...s, name: pseudonym } : s));
    return [
      {
        Update: {
          TableName: tableName,
          Key: keys.payout(programId, payout.payoutId),
          UpdateExpression: 'SET skipped = :skipped, version = :next',
          ConditionExpression: 'version = :seen',
          ExpressionAttributeValues: {
            ':skipped': skipped,
            ':next': payout.version + 1,
            ':seen': payout.version,
          },
        },
      },
    ];
  });
}

/** The recruiter's ledger line for this recruit names the pseudonym. */
export function recruitLinePseudonymised(
  programId: string,
  recruiterId: string,
  userId: string,
  pseudonym: string,
): TransactItem {
  return updateIfThere(keys.ledgerEntry(programId, recruiterId, `recruit:${userId}`), 'reason = :reason', {
    ':reason': `Recruited ${pseudonym}`,
  });
}

/**
 * Notifications that the program's team (or a recruiter) received about the person and that
 * name them: their name replaced by the pseudonym. One query per recipient's own partition,
 * filtered to the program and the name.
 */
export async function namedNotificationsPseudonymised(
  recipientIds: readonly string[],
  programId: string,
  userId: string,
  name: string,
  pseudonym: string,
): Promise<TransactItem[]> {
  if (name.length === 0 || name === pseudonym) return [];
  const found = await Promise.all(
    recipientIds.map((recipientId) =>
      queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        FilterExpression:
          'programId = :program AND (contains(title, :name) OR contains(body, :name) OR codeLeak.ambassadorId = :user)',
        ExpressionAttributeValues: {
          ':pk': keys.notificationPartition(recipientId),
          ':prefix': keys.notification(recipientId, '').sk,
          ':program': programId,
          ':name': name,
          ':user': userId,
        },
      }),
    ),
  );
  return found.flat().map((item) => {
    const notification = NotificationSchema.parse(item);
    const title = notification.title.replaceAll(name, pseudonym);
    const body = notification.body.replaceAll(name, pseudonym);
    const leak = notification.codeLeak?.ambassadorId === userId;
    return updateIfThere(
      keys.notification(notification.userId, notification.notificationId),
      `title = :title, body = :body${leak ? ', codeLeak.ambassadorName = :pseudonym' : ''}`,
      { ':title': title, ':body': body, ...(leak ? { ':pseudonym': pseudonym } : {}) },
    );
  });
}

/** The program's monthly reports that list the person: the pseudonym, and their posts' links gone. */
export async function monthlyReportsPseudonymised(programId: string, userId: string, pseudonym: string) {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.monthlyReport(programId, '').pk,
      ':prefix': keys.monthlyReport(programId, '').sk,
    },
  });
  type Row = { userId?: unknown; displayName?: unknown; authorName?: unknown; postUrl?: unknown };
  return items.flatMap((item): TransactItem[] => {
    const top = (Array.isArray(item.topAmbassadors) ? item.topAmbassadors : []) as Row[];
    const posts = (Array.isArray(item.topPosts) ? item.topPosts : []) as Row[];
    const named = top.some((r) => r.userId === userId && r.displayName !== pseudonym);
    const posted = posts.some((r) => r.userId === userId && r.authorName !== pseudonym);
    if (!named && !posted) return [];
    return [
      updateIfThere(
        { pk: String(item.pk), sk: String(item.sk) },
        'topAmbassadors = :top, topPosts = :posts',
        {
          ':top': top.map((r) => (r.userId === userId ? { ...r, displayName: pseudonym } : r)),
          ':posts': posts.map((r) =>
            r.userId === userId ? { ...r, authorName: pseudonym, postUrl: '' } : r,
          ),
        },
      ),
    ];
  });
}

/**
 * The membership as kept: the pseudonym and no email, the application's answers and handles
 * gone (its terms version and consent time stay, as the record of what was agreed), reasons
 * written about the person (or by them, on leaving) gone, on no index. Its referral codes stop attributing now.
 */
export function membershipPseudonymised(
  membership: Membership,
  pseudonym: string,
  at: string,
): TransactItem[] {
  const { decision, suspension, application, leaving } = membership;
  const kept: Membership = {
    ...membership,
    displayName: pseudonym,
    email: '',
    ...(application ? { application: { ...application, answers: {}, socialHandles: {} } } : {}),
    ...(decision ? { decision: { ...decision, reason: undefined } } : {}),
    ...(suspension ? { suspension: { ...suspension, reason: undefined } } : {}),
    // The reason they gave when they left a program is their own words.
    ...(leaving ? { leaving: { ...leaving, reason: undefined } } : {}),
    erasedAt: membership.erasedAt ?? at,
    updatedAt: at,
  };
  const item: TransactItem = {
    Put: {
      TableName: tableName,
      Item: JSON.parse(JSON.stringify(membershipItem(kept))) as Record<string, unknown>,
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
  const codes = [membership.referralCode, ...(membership.codeHistory ?? []).map((h) => h.code)].filter(
    (code): code is string => Boolean(code),
  );
  // Switched off as a suspension does: the redirect still leads to the shop, no order is
  // credited (codeAttributesAt), and the Shopify sync switches the discount off.
  const retired = [...new Set(codes)].map(
    (code): TransactItem => ({
      Update: {
        TableName: tableName,
        Key: keys.referralCode(code),
        UpdateExpression: 'SET active = :off',
        ConditionExpression: 'userId = :userId',
        ExpressionAttributeValues: { ':off': false, ':userId': membership.userId },
      },
    }),
  );
  return [item, ...retired];
}
