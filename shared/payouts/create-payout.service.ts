import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import type { Commission } from '../commissions/commission.schema.ts';
import {
  approvedByAmbassador,
  findApprovedLines,
  replaceCommission,
} from '../commissions/commission.store.ts';
import { conflict, isAppError } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { timeLeftMs } from '../platform/request-context.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { findMemberships } from '../programs/membership.store.ts';
import { maskPayee, openPayee } from './payee-box.ts';
import type {
  CreatePayoutInput,
  Payout,
  PayoutPayee,
  PayoutRun,
  SkippedAmbassador,
  StoredPayoutDetails,
  StoredPayoutItem,
} from './payout.schema.ts';
import { insertPayout, newPayoutItem, payoutStillIn } from './payout.store.ts';
import { findPayoutDetailsOf } from './payout-details.store.ts';
import { decidePayee, inTurns, type PayeeDecision } from './plan-payout.ts';
import {
  detailOf,
  FINISH_RESERVE_MS,
  finishPayout,
  ITEMS_AT_ONCE,
  leaseFrom,
  SKIPPED_KEPT,
} from './settle-payout.ts';

/** Approved lines read at most, per run, to find who is owed; the rest wait for the next payout. */
const MAX_QUEUE_LINES = 20_000;

/** Ambassadors one payout pays at most (PayPal takes 5,000 rows a file; a run has seconds). */
export const MAX_ITEMS_PER_PAYOUT = 1000;

type Claim =
  | { kind: 'claimed'; item: StoredPayoutItem }
  | { kind: 'closed' }
  | Extract<PayeeDecision, { kind: 'skip' }>;

/** A line claimed by a payout: `batched`, with the payout's id, until the payout is confirmed. */
function batchedLine(line: Commission, payoutId: string, at: string, by: string): Commission {
  return {
    ...line,
    state: 'batched',
    payoutId,
    history: [...line.history, { at, event: 'batched', state: 'batched', amount: line.amount, by, payoutId }],
  };
}

/**
 * Pays every approved line, or those of the chosen ambassadors, as one payout: one item per
 * ambassador, their own clawbacks netted against their own commissions. An ambassador is left
 * out, with the reason, without payout details, when their net is not above zero or below the
 * program's minimum. With `dryRun`, answers the plan and writes nothing.
 *
 * How it holds together (docs/decisions.md, "Payout batches"): the header is written first as
 * `building`; each item is claimed in a transaction of its own, which moves the ambassador's
 * lines from `approved` to `batched` on the condition that each is still at the version read
 * and that the payout is still building, so two payouts made at once never take the same line.
 * The header is finished last, its totals summed from the items written. If the request dies
 * midway, the claimed items stand whole and the next reader finishes the header.
 * @throws AppError `forbidden`, `conflict` (nothing to pay; the details list who was skipped and why).
 */
export async function createPayout(
  user: AuthUser,
  programId: string,
  input: CreatePayoutInput,
): Promise<PayoutRun> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  const { program } = access;
  const queue = await approvedByAmbassador(programId, MAX_QUEUE_LINES);
  const wanted = input.ambassadorIds ? [...new Set(input.ambassadorIds)] : [...queue.byAmbassador.keys()];
  const [details, members] = await Promise.all([
    findPayoutDetailsOf(programId, wanted),
    findMemberships(programId, wanted),
  ]);
  const names = new Map(members.map((member) => [member.userId, member.displayName] as const));
  const nameOf = (id: string) => names.get(id) ?? id;
  const skipped: SkippedAmbassador[] = [];
  const skip = (ambassadorId: string, reason: SkippedAmbassador['reason'], amount?: number) =>
    skipped.push({
      ambassadorId,
      name: nameOf(ambassadorId),
      reason,
      ...(amount === undefined ? {} : { amount }),
    });

  const candidates: string[] = [];
  for (const id of wanted) {
    const queued = queue.byAmbassador.get(id);
    if (!queued && !queue.more) skip(id, 'no_approved_lines');
    else if (!details.has(id)) skip(id, 'no_payout_details', queued?.amount);
    else candidates.push(id);
  }
  for (const id of candidates.splice(MAX_ITEMS_PER_PAYOUT))
    skip(id, 'not_reached', queue.byAmbassador.get(id)?.amount);
  const minimum = program.minimumPayout;
  const decide = async (id: string) =>
    decidePayee({ lines: await findApprovedLines(programId, id), minimum, hasDetails: true });

  if (input.dryRun) {
    const items: PayoutPayee[] = [];
    await inTurns(candidates, 8, async (id) => {
      const decision = await decide(id);
      if (decision.kind === 'skip') return void skip(id, decision.reason, decision.amount);
      const payee = await openPayee(programId, id, (details.get(id) as StoredPayoutDetails).sealedDetails);
      items.push({
        ambassadorId: id,
        name: nameOf(id),
        amount: decision.amount,
        commissions: decision.commissions,
        clawbacks: decision.clawbacks,
        lineCount: decision.chosen.length,
        linesLeft: decision.linesLeft,
        payee: maskPayee(payee),
      });
    });
    items.sort((a, b) => a.name.localeCompare(b.name));
    return {
      dryRun: true,
      status: 'preview',
      currency: program.currency,
      total: items.reduce((sum, item) => sum + item.amount, 0),
      lineCount: items.reduce((sum, item) => sum + item.lineCount, 0),
      linesLeft: items.reduce((sum, item) => sum + item.linesLeft, 0),
      items,
      skipped,
    };
  }

  const now = new Date();
  const payoutId = newId(now.getTime());
  const header: Payout = {
    programId,
    payoutId,
    currency: program.currency,
    status: 'building',
    ...(input.ambassadorIds ? { ambassadorIds: wanted } : {}),
    total: 0,
    itemCount: 0,
    lineCount: 0,
    byMethod: { paypal: 0, bank: 0 },
    linesLeft: 0,
    skipped: skipped.slice(0, SKIPPED_KEPT),
    skippedCount: skipped.length,
    createdBy: user.id,
    createdAt: nowIso(now),
    leaseUntil: leaseFrom(now),
    version: 1,
  };
  await insertPayout(header, [
    auditPut(
      newAuditEntry(
        access,
        {
          auditId: payoutId,
          type: 'payout.created',
          target: { kind: 'payout', id: payoutId },
          summary: 'Made a payout',
        },
        header.createdAt,
      ),
    ),
  ]);

  const claim = (id: string): Promise<Claim> =>
    retryOptimistic('An ambassador’s commission lines kept changing; make the payout again', async () => {
      const decision = await decide(id);
      if (decision.kind === 'skip') return decision;
      const at = nowIso();
      const stored = details.get(id) as StoredPayoutDetails;
      const item: StoredPayoutItem = {
        programId,
        payoutId,
        ambassadorId: id,
        itemId: newId(),
        name: nameOf(id),
        amount: decision.amount,
        commissions: decision.commissions,
        clawbacks: decision.clawbacks,
        commissionIds: decision.chosen.map((line) => line.commissionId),
        linesLeft: decision.linesLeft,
        method: stored.method,
        status: 'batched',
        createdAt: at,
        version: 1,
        // The details as they are now: the export pays where the ambassador asked when it was made.
        sealedDetails: stored.sealedDetails,
      };
      const written = await transact({
        payout: payoutStillIn(programId, payoutId, 'building'),
        lines: decision.chosen.map((line) =>
          replaceCommission(line, batchedLine(line, payoutId, at, user.id)),
        ),
        item: newPayoutItem(item),
      });
      if (written.ok) return { kind: 'claimed', item };
      // Finished by a reader after the lease ran out: this run adds nothing more.
      if (written.failed.has('payout')) return { kind: 'closed' };
      // Another payout took a line first, or a refund changed one: read the lines again.
      if (written.failed.has('lines') || written.conflict) return TRY_AGAIN;
      throw unexpectedCancellation(written);
    });

  let closed = false;
  await inTurns(candidates, ITEMS_AT_ONCE, async (id) => {
    if (closed || timeLeftMs() < FINISH_RESERVE_MS) return void skip(id, 'not_reached');
    let outcome: Claim;
    try {
      outcome = await claim(id);
    } catch (error) {
      if (!(isAppError(error) && error.code === 'unavailable')) throw error;
      return void skip(id, 'not_reached');
    }
    if (outcome.kind === 'closed') {
      closed = true;
      skip(id, 'not_reached');
    } else if (outcome.kind === 'skip') skip(id, outcome.reason, outcome.amount);
  });

  const finished = await finishPayout(header, skipped);
  if (!finished)
    throw conflict('Nothing to pay: no ambassador has an approved balance to pay now', { skipped });
  const detail = await detailOf(finished);
  return {
    dryRun: false,
    payoutId,
    status: finished.status,
    currency: finished.currency,
    total: finished.total,
    lineCount: finished.lineCount,
    linesLeft: finished.linesLeft,
    items: detail.items,
    skipped,
  };
}
