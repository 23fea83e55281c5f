import type { Payee, Payout, Skipped } from './payouts-api.ts';

/** Why an ambassador is not in a payout, in the brand's words. */
export function skipReason(skipped: Skipped, money: (cents: number) => string, minimum: number): string {
  switch (skipped.reason) {
    case 'no_payout_details':
      return 'No payout details yet: they have to add them in their Earnings tab';
    case 'below_minimum':
      return `Below the ${money(minimum)} minimum (${money(skipped.amount ?? 0)} approved)`;
    case 'nothing_owed':
      return `Clawbacks cover their commission (${money(skipped.amount ?? 0)})`;
    case 'no_approved_lines':
      return 'No approved commission left to pay';
    case 'not_reached':
      return 'Not reached this time: the next payout takes them';
  }
}

/** A payee's account as shown: masked. */
export function payeeText(payee: Payee['payee']): string {
  if (payee.method === 'paypal') return `PayPal ${payee.paypalEmail ?? ''}`.trim();
  return [payee.accountHolder, payee.iban, payee.bic].filter(Boolean).join(' · ');
}

const STATUS: Record<Payout['status'], string> = {
  building: 'Being made',
  ready: 'Ready to send',
  confirming: 'Being confirmed',
  paid: 'Sent',
};

/** A payout's status in words. */
export const statusText = (status: Payout['status']): string => STATUS[status];

/** The files a payout can be exported as, by the methods its payees are paid by. */
export function exportsOf(
  payout: Pick<Payout, 'byMethod' | 'currency' | 'itemCount'>,
): Array<{ format: 'paypal' | 'csv' | 'sepa'; label: string }> {
  const files: Array<{ format: 'paypal' | 'csv' | 'sepa'; label: string }> = [];
  if (payout.byMethod.paypal > 0) files.push({ format: 'paypal', label: 'PayPal Payouts CSV' });
  if (payout.byMethod.bank > 0) {
    files.push({ format: 'csv', label: 'Bank transfer CSV' });
    if (payout.currency === 'EUR') files.push({ format: 'sepa', label: 'SEPA XML (pain.001)' });
  }
  return files;
}
