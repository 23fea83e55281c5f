import { conflict, forbidden, notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMembership, leaveProgramItems } from '../programs/membership.store.ts';

const CAN_LEAVE = ['pending', 'approved', 'suspended'] as const;
type Leavable = (typeof CAN_LEAVE)[number];
const canLeave = (status: string): status is Leavable => (CAN_LEAVE as readonly string[]).includes(status);

/**
 * The ambassador leaves the program (themself only; a pending applicant withdraws). In one
 * transaction, conditional on what was read: the membership becomes `left` (with `leaving`:
 * when, from which status, why), and their referral code retires at that moment, like a
 * rotation with no grace, as do earlier codes still in their grace. From then on the codes
 * attribute nothing new: their links redirect without attribution and an order placed later is
 * recorded for no one. What they earned stays theirs: the points ledger, posts, orders and
 * commissions are untouched, pending commissions are approved and paid as earned, and their
 * payout details stay. They may apply again; a manager decides, and approval issues a new code.
 * @throws AppError `forbidden` (someone else), `not_found` (not an ambassador of the program),
 *   `conflict` (rejected or already left), `unavailable` (the membership kept changing).
 */
export async function leaveProgram(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  reason?: string,
): Promise<Membership> {
  if (user.id !== ambassadorId) throw forbidden('Only the ambassador themself can leave a program');
  return retryOptimistic('Your membership is changing; try again in a moment', async (attempt) => {
    const current = await findMembership(programId, ambassadorId, attempt > 0);
    if (current?.role !== 'ambassador') throw notFound('Ambassador');
    if (!canLeave(current.status)) {
      throw conflict(
        current.status === 'left'
          ? 'You have already left this program'
          : 'Your application was not accepted: there is no membership to leave',
        { status: current.status },
      );
    }
    // The status moves forward in time, so the write's condition on `statusAt` means something.
    const now = nowIso();
    const at = now > current.statusAt ? now : new Date(Date.parse(current.statusAt) + 1).toISOString();
    const next: Membership = {
      ...current,
      status: 'left',
      statusAt: at,
      updatedAt: at,
      leaving: { at, from: current.status, ...(reason ? { reason } : {}) },
      // The grace of earlier codes ends with the membership.
      ...(current.codeHistory
        ? {
            codeHistory: current.codeHistory.map((h) => (h.retiresAt > at ? { ...h, retiresAt: at } : h)),
          }
        : {}),
    };
    const graceCodes = (current.codeHistory ?? []).filter((h) => h.retiresAt > at).map((h) => h.code);
    const outcome = await leaveProgramItems({
      next,
      seen: current,
      ...(current.referralCode ? { code: current.referralCode } : {}),
      graceCodes,
    });
    return outcome === 'ok' ? next : TRY_AGAIN;
  });
}
