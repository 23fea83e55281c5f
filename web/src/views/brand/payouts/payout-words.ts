import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { Payee, Payout, Skipped } from './payouts-api.ts';

/** Why an ambassador is not in a payout, in the brand's words. */
export function skipReason(skipped: Skipped, money: (cents: number) => string, minimum: number): string {
  switch (skipped.reason) {
    case 'no_payout_details':
      return t('brandMoney.skip.noPayoutDetails');
    case 'below_minimum':
      return t('brandMoney.skip.belowMinimum', {
        minimum: money(minimum),
        amount: money(skipped.amount ?? 0),
      });
    case 'nothing_owed':
      return t('brandMoney.skip.nothingOwed', { amount: money(skipped.amount ?? 0) });
    case 'no_approved_lines':
      return t('brandMoney.skip.noApprovedLines');
    case 'not_reached':
      return t('brandMoney.skip.notReached');
  }
}

/** A payee's account as shown: masked. */
export function payeeText(payee: Payee['payee']): string {
  if (payee.method === 'paypal') return `PayPal ${payee.paypalEmail ?? ''}`.trim();
  return [payee.accountHolder, payee.iban, payee.bic].filter(Boolean).join(' · ');
}

const STATUS: Record<Payout['status'], MessageKey> = {
  building: 'brandMoney.status.building',
  ready: 'brandMoney.status.ready',
  confirming: 'brandMoney.status.confirming',
  paid: 'brandMoney.status.paid',
};

/** A payout's status in words. */
export const statusText = (status: Payout['status']): string => t(STATUS[status]);

/** The files a payout can be exported as, by the methods its payees are paid by (named in the current language). */
export function exportsOf(
  payout: Pick<Payout, 'byMethod' | 'currency' | 'itemCount'>,
): Array<{ format: 'paypal' | 'csv' | 'sepa'; label: string }> {
  const files: Array<{ format: 'paypal' | 'csv' | 'sepa'; label: string }> = [];
  if (payout.byMethod.paypal > 0) files.push({ format: 'paypal', label: t('brandMoney.export.paypal') });
  if (payout.byMethod.bank > 0) {
    files.push({ format: 'csv', label: t('brandMoney.export.csv') });
    if (payout.currency === 'EUR') files.push({ format: 'sepa', label: t('brandMoney.export.sepa') });
  }
  return files;
}
