import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { conflict } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import type { ConfirmPayoutInput, Payout, PayoutDetail } from './payout.schema.ts';
import { replacePayout } from './payout.store.ts';
import { completeConfirmation, detailOf, leaseFrom, settledPayout } from './settle-payout.ts';

/**
 * Records that the brand sent a payout (owner or brand): the day and its bank's reference. Its
 * lines become `paid`, and each ambassador is told the amount and the reference, in the same
 * transaction as their item. Once only: the payout moves from `ready` to `confirming` on the
 * condition that it is unchanged, so a second confirmation (or two at once) gets 409.
 * @throws AppError `forbidden`, `not_found`, `conflict` (confirmed already, or still being built).
 */
export async function confirmPayout(
  user: AuthUser,
  programId: string,
  payoutId: string,
  input: ConfirmPayoutInput,
): Promise<PayoutDetail> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  const payout = await settledPayout(access.program, payoutId);
  if (payout.status === 'building')
    throw conflict('This payout is still being made; confirm it once it is ready', { status: payout.status });
  const confirmedAlready = () =>
    conflict('This payout was confirmed already', {
      status: payout.status,
      sentOn: payout.sentOn,
      reference: payout.reference,
    });
  if (payout.status !== 'ready') throw confirmedAlready();
  const now = new Date();
  const confirming: Payout = {
    ...payout,
    status: 'confirming',
    sentOn: input.sentOn,
    reference: input.reference,
    confirmedBy: user.id,
    confirmedAt: nowIso(now),
    leaseUntil: leaseFrom(now),
  };
  const entry = newAuditEntry(
    access,
    {
      type: 'payout.confirmed',
      target: { kind: 'payout', id: payoutId },
      summary: `Confirmed a payout as sent on ${input.sentOn}`,
      values: { sentOn: input.sentOn },
      changes: [
        { field: 'sentOn', after: input.sentOn },
        { field: 'reference', after: input.reference },
      ],
    },
    confirming.confirmedAt,
  );
  if (!(await replacePayout(payout, confirming, [auditPut(entry)]))) throw confirmedAlready();
  const done = await completeConfirmation(access.program, { ...confirming, version: payout.version + 1 });
  return detailOf(done);
}
