import type { Page } from '../common.schema.ts';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import type { Commission, CreatePayoutInput, ListCommissionsQuery, Payout } from './commission.schema.ts';
import {
  findCommission,
  getCommissions,
  listCommissionLines,
  listDueCommissions,
  newPayoutItem,
  replaceCommission,
} from './commission.store.ts';

const SALES_ROLES = ['owner', 'brand'] as const;

/**
 * A program's commission lines, oldest order first: by state (the payout queue is
 * `state=approved`) or by ambassador. The owner and brand see all; an ambassador sees only their
 * own (`ambassadorId` must be theirs), without who paid them. @throws AppError `forbidden`,
 * `bad_request` (cursor).
 */
export async function listCommissions(
  user: AuthUser,
  programId: string,
  query: ListCommissionsQuery,
): Promise<Page<Commission>> {
  const access = await loadProgramAccess(user, programId);
  if (!hasRole(access, SALES_ROLES)) {
    if (access.role !== 'ambassador' || query.ambassadorId !== user.id)
      throw forbidden(
        'Only the owner and brand see commissions; an ambassador sees their own (ambassadorId)',
      );
  }
  const page = await listCommissionLines(programId, query);
  const items = page.items;
  // An ambassador's own view: not which team member paid or changed a line, as elsewhere.
  const shown = hasRole(access, SALES_ROLES)
    ? items
    : items.map((line) => ({ ...line, history: line.history.map(({ by: _by, ...event }) => event) }));
  return { ...page, items: shown };
}

/**
 * Marks approved lines paid, all or none, as one payout (owner or brand). Clawback lines net
 * against commissions per ambassador. A line that is not approved (still pending, already paid,
 * or changed meanwhile) refuses the whole batch with 409, naming the lines.
 * @throws AppError `forbidden`, `validation_failed`, `conflict`.
 */
export async function createPayout(
  user: AuthUser,
  programId: string,
  input: CreatePayoutInput,
): Promise<Payout> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  const ids = [...new Set(input.commissionIds)];
  const found = await getCommissions(programId, ids);
  const byId = new Map(found.map((line) => [line.commissionId, line]));
  const notPayable = ids.filter((id) => byId.get(id)?.state !== 'approved');
  if (notPayable.length > 0) {
    throw conflict('Only approved commissions can be paid; these are not', {
      commissionIds: notPayable,
      states: Object.fromEntries(notPayable.map((id) => [id, byId.get(id)?.state ?? 'not_found'])),
    });
  }
  const lines = ids.map((id) => byId.get(id) as Commission);
  const byAmbassador: Record<string, number> = {};
  for (const line of lines)
    byAmbassador[line.ambassadorId] = (byAmbassador[line.ambassadorId] ?? 0) + line.amount;
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const owing = Object.entries(byAmbassador).filter(([, amount]) => amount < 0);
  if (owing.length > 0) {
    // One ambassador's clawback must never be netted against another's commission.
    throw validationFailed(
      'commissionIds: clawbacks would exceed these ambassadors’ commissions in this payout; add their approved commissions or leave the clawbacks for later',
      { ambassadorIds: owing.map(([id]) => id) },
    );
  }
  const paidAt = nowIso();
  const payout: Payout = {
    programId,
    payoutId: newId(),
    currency: access.program.currency,
    total,
    byAmbassador,
    commissionIds: ids,
    ...(input.reference ? { reference: input.reference } : {}),
    paidBy: user.id,
    paidAt,
  };
  const written = await transact({
    lines: lines.map((line) =>
      replaceCommission(line, {
        ...line,
        state: 'paid',
        payoutId: payout.payoutId,
        history: [
          ...line.history,
          {
            at: paidAt,
            event: 'paid',
            state: 'paid',
            amount: line.amount,
            by: user.id,
            payoutId: payout.payoutId,
          },
        ],
      }),
    ),
    payout: newPayoutItem(payout),
  });
  if (!written.ok) {
    const changed = written.failed.get('lines') ?? [];
    if (changed.length === 0) throw unexpectedCancellation(written);
    throw conflict(
      'Some commissions changed meanwhile (paid by someone else, or clawed back); reload and try again',
      { commissionIds: changed.map((i) => ids[i]).filter((id): id is string => id !== undefined) },
    );
  }
  return payout;
}

/**
 * The scheduler's part: approves pending lines whose holding period has ended, oldest first,
 * up to `limit` a run. A line changed meanwhile is left for the next run.
 */
export async function approveDueCommissions(now: Date, limit = 200): Promise<{ approved: number }> {
  let approved = 0;
  for (const due of await listDueCommissions(now, limit)) {
    const line = await findCommission(due.programId, due.commissionId);
    if (line?.state !== 'pending' || (line.availableAt ?? '') > now.toISOString()) continue;
    const at = nowIso(now);
    const next: Commission = {
      ...line,
      state: 'approved',
      history: [...line.history, { at, event: 'approved', state: 'approved', amount: line.amount }],
    };
    const written = await transact({ line: replaceCommission(line, next) });
    if (written.ok) approved++;
    else if (written.failed.has('line'))
      log.info('commission changed while approving; next run', { commissionId: line.commissionId });
    else throw unexpectedCancellation(written);
  }
  return { approved };
}
