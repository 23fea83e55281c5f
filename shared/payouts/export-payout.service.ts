import { conflict, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { openAccount, openPayee } from './payee-box.ts';
import type { ExportPayoutQuery } from './payout.schema.ts';
import { listPayoutItems } from './payout.store.ts';
import { findPayoutAccount } from './payout-details.store.ts';
import { type BankRow, bankCsv, type PaypalRow, paypalCsv, sepaXml } from './payout-files.ts';
import { settledPayout } from './settle-payout.ts';

export type PayoutFile = { filename: string; contentType: string; body: string };

/**
 * A payout as a file the brand pays it from, in its own PayPal or bank account (owner or
 * brand): `paypal`, PayPal's Payouts CSV of the items paid by PayPal; `csv`, a bank transfer
 * list, and `sepa`, an ISO 20022 pain.001.001.03 credit transfer, of the items paid by bank.
 * Embassy holds no money: the file is what the brand uploads.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (SEPA outside the euro),
 * `conflict` (still being made, no payee for that method, no payout account for SEPA).
 */
export async function exportPayout(
  user: AuthUser,
  programId: string,
  payoutId: string,
  query: ExportPayoutQuery,
): Promise<PayoutFile> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  const { program } = access;
  if (query.format === 'sepa' && program.currency !== 'EUR')
    throw validationFailed(
      `format=sepa: SEPA credit transfers are in euros, and this program pays in ${program.currency}; export format=csv or format=paypal`,
      { field: 'format' },
    );
  const payout = await settledPayout(program, payoutId);
  if (payout.status === 'building')
    throw conflict('This payout is still being made; export it once it is ready', { status: payout.status });
  const method = query.format === 'paypal' ? 'paypal' : 'bank';
  const stored = query.format === 'sepa' ? await findPayoutAccount(programId) : undefined;
  if (query.format === 'sepa' && !stored)
    throw conflict(
      'A SEPA file needs the account it pays from: set the program’s payout account (PUT /api/programs/{programId}/payout-account) first',
      { missing: 'payoutAccount' },
    );
  // A paid item whose payee deleted their account has no payee left (shared/privacy): the money
  // was sent, and the file is for sending it; the item stays in the payout's figures.
  const items = (await listPayoutItems(programId, payoutId)).filter(
    (item) => item.method === method && item.sealedDetails !== '',
  );
  if (items.length === 0)
    throw conflict(
      method === 'paypal'
        ? 'No payee in this payout is paid by PayPal: export format=csv or format=sepa'
        : 'No payee in this payout is paid by bank transfer: export format=paypal',
      { method },
    );
  const opened = await Promise.all(
    items.map(async (item) => ({
      item,
      payee: await openPayee(programId, item.ambassadorId, item.sealedDetails),
    })),
  );
  const base = `payout-${payout.payoutId}`;
  if (query.format === 'paypal') {
    const rows: PaypalRow[] = opened.flatMap(({ item, payee }) =>
      payee.method === 'paypal' ? [{ itemId: item.itemId, amount: item.amount, email: payee.email }] : [],
    );
    return {
      filename: `${base}-paypal.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: paypalCsv(payout, program.brandName, rows),
    };
  }
  const rows: BankRow[] = opened.flatMap(({ item, payee }) =>
    payee.method === 'bank'
      ? [
          {
            itemId: item.itemId,
            amount: item.amount,
            accountHolder: payee.accountHolder,
            iban: payee.iban,
            ...(payee.bic ? { bic: payee.bic } : {}),
          },
        ]
      : [],
  );
  if (query.format === 'csv')
    return {
      filename: `${base}-bank.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: bankCsv(payout, program.brandName, rows),
    };
  const account = await openAccount(programId, stored?.sealedAccount ?? '');
  return {
    filename: `${base}-sepa.xml`,
    contentType: 'application/xml; charset=utf-8',
    body: sepaXml({
      payout,
      brandName: program.brandName,
      account,
      rows,
      executionDate: query.executionDate ?? new Date().toISOString().slice(0, 10),
    }),
  };
}
