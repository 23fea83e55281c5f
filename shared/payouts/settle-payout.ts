import type { Commission } from '../commissions/commission.schema.ts';
import { getCommissions, replaceCommission } from '../commissions/commission.store.ts';
import { isAppError, notFound } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { timeLeftMs } from '../platform/request-context.ts';
import { FUNCTIONS } from '../platform/routes.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMemberships } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { maskPayee, openPayee } from './payee-box.ts';
import type {
  Payout,
  PayoutDetail,
  PayoutPayee,
  SkippedAmbassador,
  StoredPayoutItem,
} from './payout.schema.ts';
import { deletePayout, findPayout, listPayoutItems, payoutItemPaid, replacePayout } from './payout.store.ts';
import { inTurns } from './plan-payout.ts';

/**
 * How long the request that builds or confirms a payout holds it: the function's timeout and a
 * margin. Past it, whoever reads the payout finishes what that request left (it timed out or
 * crashed): nothing depends on the lease for correctness, only for getting on.
 */
export const LEASE_MS = (FUNCTIONS.referrals.timeoutSeconds + 5) * 1000;
export const leaseFrom = (now: Date): string => new Date(now.getTime() + LEASE_MS).toISOString();

/** Time a run keeps for finishing: it starts no new item with less than this left. */
export const FINISH_RESERVE_MS = 3000;

/** Items written side by side. */
export const ITEMS_AT_ONCE = 4;

/** What the header keeps of who was left out: the first 200, and how many in all. */
export const SKIPPED_KEPT = 200;

/** A payout's totals, summed from its items as written. */
export function totalsOf(items: readonly StoredPayoutItem[]) {
  const sum = (list: readonly StoredPayoutItem[]) => list.reduce((total, item) => total + item.amount, 0);
  return {
    total: sum(items),
    itemCount: items.length,
    lineCount: items.reduce((count, item) => count + item.commissionIds.length, 0),
    byMethod: {
      paypal: sum(items.filter((item) => item.method === 'paypal')),
      bank: sum(items.filter((item) => item.method === 'bank')),
    },
    linesLeft: items.reduce((count, item) => count + item.linesLeft, 0),
  };
}

/**
 * Finishes a payout being built: its totals are summed from the items written (so it never
 * looks complete with a total its items do not make), then it is `ready`. A payout that claimed
 * nothing is deleted. `skipped`, from the run that built it, replaces the list kept so far.
 * @returns the payout as it now is, or undefined when it was deleted.
 */
export async function finishPayout(
  building: Payout,
  skipped?: readonly SkippedAmbassador[],
): Promise<Payout | undefined> {
  let payout: Payout | undefined = building;
  return retryOptimistic('The payout kept changing while it was finished; read it again', async () => {
    if (payout?.status !== 'building') return payout;
    const items = await listPayoutItems(payout.programId, payout.payoutId);
    const done =
      items.length === 0
        ? await deletePayout(payout)
        : await replacePayout(payout, {
            ...payout,
            status: 'ready',
            ...totalsOf(items),
            ...(skipped ? { skipped: skipped.slice(0, SKIPPED_KEPT), skippedCount: skipped.length } : {}),
          });
    payout = await findPayout(payout.programId, payout.payoutId);
    return done || payout?.status !== 'building' ? payout : TRY_AGAIN;
  });
}

/** A batched line as paid on the day the brand sent the payout. */
function paidLine(line: Commission, payout: Payout, at: string): Commission {
  return {
    ...line,
    state: 'paid',
    ...(payout.sentOn ? { paidOn: payout.sentOn } : {}),
    ...(payout.reference ? { payoutReference: payout.reference } : {}),
    history: [
      ...line.history,
      {
        at,
        event: 'paid',
        state: 'paid',
        amount: line.amount,
        payoutId: payout.payoutId,
        ...(payout.confirmedBy ? { by: payout.confirmedBy } : {}),
      },
    ],
  };
}

/**
 * Marks one item paid, all or none: the item, its lines (still batched for this payout) and the
 * ambassador's notification of the amount and reference. An item found paid already (another
 * request resumed the same confirmation) is left as it is.
 */
async function payItem(program: Program, payout: Payout, item: StoredPayoutItem, member?: Membership) {
  await retryOptimistic('The commission lines of this payout kept changing; confirm again', async () => {
    const at = nowIso();
    const lines = (await getCommissions(program.programId, item.commissionIds, true)).filter(
      (line) => line.state === 'batched' && line.payoutId === payout.payoutId,
    );
    const values = {
      amountMinor: item.amount,
      currency: payout.currency,
      brand: program.brandName,
      sentDay: payout.sentOn ?? '',
      reference: payout.reference ?? '',
    };
    const text = await noticeText('payout_sent', values, 'en');
    const written = await transact({
      item: payoutItemPaid(item, at),
      lines: lines.map((line) => replaceCommission(line, paidLine(line, payout, at))),
      notification: notificationPut(
        newNotification({
          userId: item.ambassadorId,
          programId: program.programId,
          type: 'payout_sent',
          ...text,
          values,
          link: `/programs/${program.programId}/earnings`,
          ...(member?.email ? { email: member.email } : {}),
        }),
      ),
    });
    if (written.ok || written.failed.has('item')) return true;
    if (written.failed.has('lines') || written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

/**
 * Carries out a confirmation: every item still batched is paid (a few side by side, while the
 * request has time), then the payout is `paid` once all are. A run that runs out of time leaves
 * it `confirming`; the next reader past the lease goes on from there.
 * @returns the payout as it now is.
 */
export async function completeConfirmation(program: Program, confirming: Payout): Promise<Payout> {
  const items = await listPayoutItems(program.programId, confirming.payoutId);
  const unpaid = items.filter((item) => item.status === 'batched');
  const members = new Map(
    (
      await findMemberships(
        program.programId,
        unpaid.map((item) => item.ambassadorId),
      )
    ).map((m) => [m.userId, m] as const),
  );
  let stopped = false;
  await inTurns(unpaid, ITEMS_AT_ONCE, async (item) => {
    if (stopped || timeLeftMs() < FINISH_RESERVE_MS) {
      stopped = true;
      return;
    }
    try {
      await payItem(program, confirming, item, members.get(item.ambassadorId));
    } catch (error) {
      // Left batched: the confirmation goes on past the lease. Any other failure is a bug.
      if (!(isAppError(error) && error.code === 'unavailable')) throw error;
      log.warn('payout item kept changing while confirmed; left for later', {
        payoutId: confirming.payoutId,
      });
      stopped = true;
    }
  });
  if (stopped) return confirming;
  const after = await listPayoutItems(program.programId, confirming.payoutId);
  if (after.some((item) => item.status !== 'paid')) return confirming;
  let payout: Payout | undefined = confirming;
  return retryOptimistic('The payout kept changing while it was confirmed; read it again', async () => {
    if (!payout) throw notFound('Payout');
    if (payout.status !== 'confirming') return payout;
    if (await replacePayout(payout, { ...payout, status: 'paid' }))
      return { ...payout, status: 'paid', version: payout.version + 1 };
    payout = await findPayout(program.programId, confirming.payoutId);
    return TRY_AGAIN;
  });
}

/**
 * A payout as readers should see it: one that a request left `building` or `confirming` and
 * whose lease has run out is finished first (that request timed out or crashed).
 * @throws AppError `not_found` (no such payout in the program, or an empty one that was removed).
 */
export async function settledPayout(program: Program, payoutId: string, now = new Date()): Promise<Payout> {
  const payout = await findPayout(program.programId, payoutId);
  if (!payout) throw notFound('Payout');
  if (payout.leaseUntil >= now.toISOString()) return payout;
  if (payout.status === 'building') {
    const finished = await finishPayout(payout);
    if (!finished) throw notFound('Payout');
    return finished;
  }
  if (payout.status === 'confirming') return completeConfirmation(program, payout);
  return payout;
}

/** A payout item as the brand sees it: the payee masked. */
export async function payeeOf(item: StoredPayoutItem): Promise<PayoutPayee> {
  // A paid item whose payee deleted their account keeps no payee (shared/privacy): its method only.
  const payee =
    item.sealedDetails === ''
      ? undefined
      : await openPayee(item.programId, item.ambassadorId, item.sealedDetails);
  return {
    ambassadorId: item.ambassadorId,
    name: item.name,
    amount: item.amount,
    commissions: item.commissions,
    clawbacks: item.clawbacks,
    lineCount: item.commissionIds.length,
    linesLeft: item.linesLeft,
    payee: payee ? maskPayee(payee) : { method: item.method },
    itemId: item.itemId,
    status: item.status,
    commissionIds: item.commissionIds,
  };
}

/** A payout with its items, by ambassador name. */
export async function detailOf(payout: Payout): Promise<PayoutDetail> {
  const items = await listPayoutItems(payout.programId, payout.payoutId);
  const payees = await Promise.all(items.map(payeeOf));
  return { ...payout, items: payees.sort((a, b) => a.name.localeCompare(b.name)) };
}
