import { notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { assertValidAccount, maskIban } from './bank-account.ts';
import { openAccount, sealAccount } from './payee-box.ts';
import type { OpenedAccount, PayoutAccount, PayoutAccountInput } from './payout.schema.ts';
import { findPayoutAccount, putPayoutAccountItem } from './payout-details.store.ts';

const masked = (account: OpenedAccount, updatedAt: string): PayoutAccount => ({
  name: account.name,
  iban: maskIban(account.iban),
  ...(account.bic ? { bic: account.bic } : {}),
  updatedAt,
});

/**
 * Sets the brand's own account, which SEPA files pay from (owner or brand). Sealed at rest;
 * the answer is masked. It is kept apart from the program's settings, which every member reads.
 * @throws AppError `forbidden`, `not_found` (program), `validation_failed` (IBAN or BIC).
 */
export async function putPayoutAccount(
  user: AuthUser,
  programId: string,
  input: PayoutAccountInput,
): Promise<PayoutAccount> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  await assertValidAccount(input);
  const account: OpenedAccount = {
    name: input.name,
    iban: input.iban,
    ...(input.bic ? { bic: input.bic } : {}),
  };
  const updatedAt = nowIso();
  await putPayoutAccountItem({
    programId,
    sealedAccount: await sealAccount(programId, account),
    updatedAt,
    updatedBy: user.id,
  });
  return masked(account, updatedAt);
}

/** The brand's payout account, masked (owner or brand). @throws AppError `forbidden`, `not_found`. */
export async function getPayoutAccount(user: AuthUser, programId: string): Promise<PayoutAccount> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
  const stored = await findPayoutAccount(programId);
  if (!stored) throw notFound('The payout account');
  return masked(await openAccount(programId, stored.sealedAccount), stored.updatedAt);
}
