import { forbidden, notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { hasRole, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { assertValidAccount } from './bank-account.ts';
import { maskPayee, openPayee, sealPayee } from './payee-box.ts';
import type { OpenedPayee, PayoutDetails, PayoutDetailsInput, StoredPayoutDetails } from './payout.schema.ts';
import { findPayoutDetails, putPayoutDetailsItem } from './payout-details.store.ts';

/**
 * The caller is this ambassador, approved, suspended or left (a suspended ambassador, and one who
 * left, is still owed what they earned).
 */
function isTheAmbassador(access: ProgramAccess, ambassadorId: string): boolean {
  const { membership } = access;
  return (
    access.user.id === ambassadorId &&
    membership?.role === 'ambassador' &&
    (membership.status === 'approved' || membership.status === 'suspended' || membership.status === 'left')
  );
}

async function masked(details: StoredPayoutDetails): Promise<PayoutDetails> {
  const payee = await openPayee(details.programId, details.ambassadorId, details.sealedDetails);
  return { ambassadorId: details.ambassadorId, ...maskPayee(payee), updatedAt: details.updatedAt };
}

/**
 * Sets where an ambassador is paid: a PayPal account or a bank account. Only the ambassador
 * themself may (not the team, not an admin: nobody redirects someone else's money). Sealed
 * before it is stored; the answer is masked.
 * @throws AppError `forbidden`, `not_found` (program), `validation_failed` (IBAN or BIC).
 */
export async function putPayoutDetails(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  input: PayoutDetailsInput,
): Promise<PayoutDetails> {
  const access = await loadProgramAccess(user, programId);
  if (!isTheAmbassador(access, ambassadorId))
    throw forbidden('Only the ambassador sets their own payout details');
  if (input.method === 'bank') await assertValidAccount(input);
  const payee: OpenedPayee =
    input.method === 'paypal'
      ? { method: 'paypal', email: input.email }
      : {
          method: 'bank',
          accountHolder: input.accountHolder,
          iban: input.iban,
          ...(input.bic ? { bic: input.bic } : {}),
        };
  const stored: StoredPayoutDetails = {
    programId,
    ambassadorId,
    method: payee.method,
    sealedDetails: await sealPayee(programId, ambassadorId, payee),
    updatedAt: nowIso(),
  };
  await putPayoutDetailsItem(stored);
  return { ambassadorId, ...maskPayee(payee), updatedAt: stored.updatedAt };
}

/**
 * An ambassador's payout details, masked: for the ambassador and for the owner and brand.
 * @throws AppError `forbidden`, `not_found` (none set).
 */
export async function getPayoutDetails(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
): Promise<PayoutDetails> {
  const access = await loadProgramAccess(user, programId);
  if (!isTheAmbassador(access, ambassadorId) && !hasRole(access, SALES_ROLES))
    throw forbidden('Payout details are for the ambassador, the owner and the brand');
  const details = await findPayoutDetails(programId, ambassadorId);
  if (!details) throw notFound('Payout details');
  return masked(details);
}
