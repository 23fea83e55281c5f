import { open, seal } from '../platform/secrets/secret-box.ts';
import { maskEmail, maskIban } from './bank-account.ts';
import {
  type MaskedPayee,
  type OpenedAccount,
  OpenedAccountSchema,
  type OpenedPayee,
  OpenedPayeeSchema,
} from './payout.schema.ts';

/**
 * Payout details and the brand's payout account are sealed at rest with the secret box, each
 * bound to whom it belongs to, so a box copied to another ambassador, program or purpose does
 * not open. They are opened only to mask them for a screen or to write an export file.
 */
const payeeContext = (programId: string, ambassadorId: string) => `payee:${programId}:${ambassadorId}`;
const accountContext = (programId: string) => `payout-account:${programId}`;

export const sealPayee = (programId: string, ambassadorId: string, payee: OpenedPayee): Promise<string> =>
  seal(JSON.stringify(payee), payeeContext(programId, ambassadorId));

/** @throws Error when the box does not open (tampered with, or sealed for someone else). */
export async function openPayee(
  programId: string,
  ambassadorId: string,
  sealed: string,
): Promise<OpenedPayee> {
  const text = await open(sealed, payeeContext(programId, ambassadorId));
  if (text === undefined)
    throw new Error('Payout details that do not open: tampered with, or sealed elsewhere');
  return OpenedPayeeSchema.parse(JSON.parse(text));
}

export const sealAccount = (programId: string, account: OpenedAccount): Promise<string> =>
  seal(JSON.stringify(account), accountContext(programId));

/** @throws Error when the box does not open. */
export async function openAccount(programId: string, sealed: string): Promise<OpenedAccount> {
  const text = await open(sealed, accountContext(programId));
  if (text === undefined)
    throw new Error('A payout account that does not open: tampered with, or sealed elsewhere');
  return OpenedAccountSchema.parse(JSON.parse(text));
}

/** What a screen shows of a payee: the email and IBAN masked. */
export function maskPayee(payee: OpenedPayee): MaskedPayee {
  if (payee.method === 'paypal') return { method: 'paypal', paypalEmail: maskEmail(payee.email) };
  return {
    method: 'bank',
    accountHolder: payee.accountHolder,
    iban: maskIban(payee.iban),
    ...(payee.bic ? { bic: payee.bic } : {}),
  };
}
