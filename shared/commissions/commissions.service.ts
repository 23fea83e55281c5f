import type { Page } from '../common.schema.ts';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { notificationPut } from '../notifications/notification.store.ts';
import { findPayoutDetails } from '../payouts/payout-details.store.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { type Membership, SALES_ROLES } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import type { Commission, CommissionLine, ListCommissionsQuery } from './commission.schema.ts';
import {
  approvedLinesOf,
  findCommission,
  listCommissionLines,
  listDueCommissions,
  replaceCommission,
} from './commission.store.ts';
import { commissionApprovedNotice } from './commission-notices.ts';
import { payoutOutlook } from './payout-outlook.ts';

/**
 * A program's commission lines, oldest order first: by state (the payout queue is
 * `state=approved`) or by ambassador. The owner and brand see all; an ambassador sees only their
 * own (`ambassadorId` must be theirs), without who paid them. One ambassador's lines each say
 * when and why they will be paid (`payoutStatus`). @throws AppError `forbidden`, `bad_request`
 * (cursor).
 */
export async function listCommissions(
  user: AuthUser,
  programId: string,
  query: ListCommissionsQuery,
): Promise<Page<CommissionLine>> {
  const access = await loadProgramAccess(user, programId);
  if (!hasRole(access, SALES_ROLES)) {
    if (access.role !== 'ambassador' || query.ambassadorId !== user.id)
      throw forbidden(
        'Only the owner and brand see commissions; an ambassador sees their own (ambassadorId)',
      );
  }
  const page = await listCommissionLines(programId, query);
  const items = query.ambassadorId
    ? await withOutlook(access.program, query.ambassadorId, page.items)
    : page.items;
  // An ambassador's own view: not which team member paid or changed a line, as elsewhere.
  const shown = hasRole(access, SALES_ROLES)
    ? items
    : items.map((line) => ({ ...line, history: line.history.map(({ by: _by, ...event }) => event) }));
  return { ...page, items: shown };
}

/** One ambassador's lines, each with when and why it will be paid. */
async function withOutlook(
  program: Program,
  ambassadorId: string,
  lines: Commission[],
): Promise<CommissionLine[]> {
  const anyApproved = lines.some((line) => line.state === 'approved');
  const [details, approved] = anyApproved
    ? await Promise.all([
        findPayoutDetails(program.programId, ambassadorId),
        approvedLinesOf(program.programId, ambassadorId),
      ])
    : [undefined, []];
  const context = {
    hasPayoutDetails: details !== undefined,
    balance: approved.reduce((sum, line) => sum + line.amount, 0),
    minimum: program.minimumPayout,
  };
  return lines.map((line) => ({ ...line, payoutStatus: payoutOutlook(line, context) }));
}

/**
 * The scheduler's part: approves pending lines whose holding period has ended, oldest first,
 * up to `limit` a run, telling each ambassador in the same transaction. A line changed
 * meanwhile is left for the next run.
 */
export async function approveDueCommissions(now: Date, limit = 200): Promise<{ approved: number }> {
  let approved = 0;
  const members = new Map<string, Promise<Membership | undefined>>();
  const memberOf = (programId: string, userId: string) => {
    const key = `${programId}/${userId}`;
    let member = members.get(key);
    if (!member) {
      member = findMembership(programId, userId);
      members.set(key, member);
    }
    return member;
  };
  for (const due of await listDueCommissions(now, limit)) {
    const line = await findCommission(due.programId, due.commissionId);
    if (line?.state !== 'pending' || (line.availableAt ?? '') > now.toISOString()) continue;
    const at = nowIso(now);
    const next: Commission = {
      ...line,
      state: 'approved',
      history: [...line.history, { at, event: 'approved', state: 'approved', amount: line.amount }],
    };
    const ambassador = await memberOf(line.programId, line.ambassadorId);
    const written = await transact({
      line: replaceCommission(line, next),
      // A clawback line is approved at once when it is made, never here: this is an order's line.
      told: ambassador ? notificationPut(await commissionApprovedNotice(ambassador, next)) : undefined,
    });
    if (written.ok) approved++;
    else if (written.failed.has('line'))
      log.info('commission changed while approving; next run', { commissionId: line.commissionId });
    else throw unexpectedCancellation(written);
  }
  return { approved };
}
