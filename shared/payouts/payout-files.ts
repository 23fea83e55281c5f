import { Document as SepaDocument } from 'sepa';
import { decimalAmount, minorDigits } from '../money.ts';
import { toCsv } from '../reports/csv.ts';
import { sepaText } from './bank-account.ts';
import type { OpenedAccount, Payout } from './payout.schema.ts';

/** One payment of a file: an item, with its payee opened. */
export type PaypalRow = { itemId: string; amount: number; email: string };
export type BankRow = { itemId: string; amount: number; accountHolder: string; iban: string; bic?: string };

/** The words every payment carries: who pays, and for which payout. */
export const paymentNote = (brandName: string, payoutId: string) =>
  `${brandName} ambassador commission, payout ${payoutId}`;

/**
 * A PayPal Payouts file, as PayPal's Payouts Web takes it ("Use Web UI", Payouts docs:
 * https://developer.paypal.com/payouts/use-payouts/send-money/use-web-ui and
 * https://developer.paypal.com/docs/payouts/standard/payouts-web/): no header row, one
 * payment a row, in this column order: recipient identifier (the PayPal email), payment amount
 * (a decimal with a point), currency (ISO 4217, one per file), Customer ID (a unique id per
 * item, at most 30 characters without spaces: the item id, a ULID), note to recipient (at most
 * 400 characters), recipient wallet (`PAYPAL`). At most 5,000 rows a file. Cells pass through
 * the CSV writer that keeps spreadsheets from reading them as formulas.
 */
export function paypalCsv(payout: Payout, brandName: string, rows: readonly PaypalRow[]): string {
  const note = paymentNote(brandName, payout.payoutId).slice(0, 400);
  return toCsv(
    rows.map((row) => [
      row.email,
      decimalAmount(row.amount, payout.currency),
      payout.currency,
      row.itemId,
      note,
      'PAYPAL',
    ]),
  );
}

/**
 * A bank transfer list for the brand's online banking: holder, IBAN, BIC, amount (a decimal with
 * a point), currency, reference, with a header row in words. A bank's import reads it by
 * position, so the columns stay as they are, and there is no byte order mark.
 */
export function bankCsv(payout: Payout, brandName: string, rows: readonly BankRow[]): string {
  const note = paymentNote(brandName, payout.payoutId);
  return toCsv([
    ['Account holder', 'IBAN', 'BIC', 'Amount', 'Currency', 'Reference', 'Description'],
    ...rows.map((row) => [
      row.accountHolder,
      row.iban,
      row.bic ?? '',
      decimalAmount(row.amount, payout.currency),
      payout.currency,
      row.itemId,
      note,
    ]),
  ]);
}

/** A UTC day as the local midnight sepa.js formats dates from (its dates are local). */
const localDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 1) - 1, date ?? 1);
};

/**
 * An ISO 20022 `pain.001.001.03` credit transfer initiation (SEPA), as sepa.js writes it: the
 * payout's id as the message id, the brand's account as the debtor, one transaction per item
 * (its id the end-to-end id), names and remittance text in the SEPA character set. Amounts are
 * exact to the cent and the control sums equal the items' sum (checked on the finished text).
 * @throws Error when sepa.js refuses a field, or a control sum is off: never the field's value,
 * which may be an IBAN (the caller must not let it reach a log either).
 */
export function sepaXml(options: {
  payout: Payout;
  brandName: string;
  account: OpenedAccount;
  rows: readonly BankRow[];
  executionDate: string;
  now?: Date;
}): string {
  const { payout, account, rows } = options;
  if (payout.currency !== 'EUR' || minorDigits('EUR') !== 2) throw new Error('SEPA pays in euros only');
  const doc = new SepaDocument('pain.001.001.03');
  doc.grpHdr.id = payout.payoutId;
  doc.grpHdr.created = options.now ?? new Date();
  doc.grpHdr.initiatorName = sepaText(options.brandName, 70);
  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = localDay(options.executionDate);
  info.debtorName = sepaText(account.name, 70);
  info.debtorIBAN = account.iban;
  if (account.bic) info.debtorBIC = account.bic;
  doc.addPaymentInfo(info);
  const remittance = sepaText(paymentNote(options.brandName, payout.payoutId), 140);
  for (const row of rows) {
    const tx = info.createTransaction();
    tx.creditorName = sepaText(row.accountHolder, 70);
    tx.creditorIBAN = row.iban;
    if (row.bic) tx.creditorBIC = row.bic;
    // sepa.js takes a number and writes it with toFixed(2): whole cents are exact in a double.
    tx.amount = Number(decimalAmount(row.amount, 'EUR'));
    tx.currency = 'EUR';
    tx.end2endId = row.itemId;
    tx.remittanceInfo = remittance;
    info.addTransaction(tx);
  }
  let xml: string;
  try {
    xml = doc.toString();
  } catch (error) {
    // Its messages quote the value it refused (an IBAN): keep only that it failed.
    throw new Error('sepa.js refused the payout', { cause: (error as Error).name });
  }
  const expected = decimalAmount(
    rows.reduce((sum, row) => sum + row.amount, 0),
    'EUR',
  );
  const sums = [...xml.matchAll(/<CtrlSum>([^<]*)<\/CtrlSum>/g)].map((match) => match[1]);
  if (sums.length !== 2 || sums.some((sum) => sum !== expected))
    throw new Error(`SEPA control sums ${sums.join(', ')} are not the items' ${expected}`);
  return xml;
}
