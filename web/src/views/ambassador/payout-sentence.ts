import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { formatDate, formatDay } from '../../ui/format.ts';

type CommissionsGet = (typeof api.referrals.api.programs)[':programId']['commissions']['$get'];
export type EarningLine = InferResponseType<CommissionsGet, 200>['items'][number];

/** A day (`YYYY-MM-DD`) or an instant as the reader's date. */
const dateOf = (value: string | undefined) =>
  value === undefined ? '' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : formatDate(value);

/**
 * When and why a commission line will be paid, or when it was, as one sentence:
 * "Pending until 30 Dec 2026 (holding period)", "Approved: in the next payout",
 * "Approved: waiting for your payout details", "Approved: below the €25.00 minimum",
 * "Paid on 3 Dec 2026, ref BANK-77"…
 */
export function payoutSentence(line: EarningLine, money: (cents: number) => string): string {
  const status = line.payoutStatus;
  const clawback = line.kind === 'clawback';
  switch (status?.reason) {
    case 'holding':
      return status.date
        ? t('sentences.payout.holdingUntil', { date: dateOf(status.date) })
        : t('sentences.payout.holding');
    case 'next_payout':
      return clawback ? t('sentences.payout.nextClawback') : t('sentences.payout.next');
    case 'no_payout_details':
      return t('sentences.payout.noDetails');
    case 'below_minimum': {
      const balance = status.balance ?? 0;
      if (balance <= 0) return t('sentences.payout.refundsOutweigh', { balance: money(balance) });
      return t('sentences.payout.belowMinimum', {
        minimum: money(status.minimum ?? 0),
        balance: money(balance),
      });
    }
    case 'in_batch':
      return status.date
        ? t('sentences.payout.inBatchSince', { date: dateOf(status.date) })
        : t('sentences.payout.inBatch');
    case 'paid': {
      const date = status.date ? dateOf(status.date) : '';
      const reference = status.reference;
      if (date && reference) return t('sentences.payout.paidOnRef', { date, reference });
      if (date) return t('sentences.payout.paidOn', { date });
      return reference ? t('sentences.payout.paidRef', { reference }) : t('sentences.payout.paid');
    }
    case 'void':
      return t('sentences.payout.void');
    default:
      return line.state;
  }
}
