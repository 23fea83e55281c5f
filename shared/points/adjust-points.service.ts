import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict, notFound } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { newId } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { findMembership } from '../programs/membership.store.ts';
import { awardRaced, planPointsAward } from './plan-points-award.ts';
import type { LedgerEntry } from './points.schema.ts';

/**
 * A manager grants or deducts points with a reason: a ledger entry of kind `adjusted` that
 * records who made it (the audit), with the totals, in one transaction. A deduction may not take
 * the balance below zero. The ambassador is told.
 * @throws AppError `forbidden`, `not_found` (no such ambassador), `conflict` (balance), `unavailable`.
 */
export async function adjustPoints(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  input: { points: number; reason: string },
): Promise<{ entry: LedgerEntry; balance: number; lifetime: number }> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const ambassador = await findMembership(programId, ambassadorId);
  if (ambassador?.role !== 'ambassador') throw notFound('Ambassador');
  const adjustmentId = newId();
  return retryOptimistic('Points are changing for this ambassador; try again', async () => {
    const plan = await planPointsAward({
      program: access.program,
      ambassador,
      points: input.points,
      kind: 'adjusted',
      source: `adjustment:${adjustmentId}`,
      reason: input.reason,
      by: user.id,
      at: new Date(),
    });
    if (plan.total.points < 0)
      throw conflict(
        `A deduction of ${-input.points} would take the balance below zero (it is ${plan.total.points - input.points})`,
        { balance: plan.total.points - input.points },
      );
    const values = {
      change: input.points > 0 ? 'received' : 'deducted',
      points: Math.abs(input.points),
      reason: input.reason,
    };
    const written = await transact({
      ...plan.items,
      told: notificationPut(
        newNotification({
          userId: ambassadorId,
          programId,
          type: 'points_adjusted',
          ...(await noticeText('points_adjusted', values, 'en')),
          values,
          link: `/programs/${programId}/rewards`,
          email: ambassador.email,
        }),
      ),
      audit: auditPut(
        newAuditEntry(access, {
          auditId: adjustmentId,
          type: 'points.adjusted',
          target: { kind: 'ambassador', id: ambassadorId },
          summary: input.points > 0 ? `Gave ${input.points} points` : `Deducted ${-input.points} points`,
          values: { change: input.points > 0 ? 'gave' : 'deducted', points: Math.abs(input.points) },
          changes: [
            { field: 'points', after: input.points },
            { field: 'reason', after: input.reason },
          ],
        }),
      ),
    });
    if (written.ok)
      return { entry: plan.entry, balance: plan.total.points, lifetime: plan.total.lifetimePoints };
    if (awardRaced(written)) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}
