import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client.ts';
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
        ? `Pending until ${dateOf(status.date)} (holding period, in case the order is returned)`
        : 'Pending (holding period)';
    case 'next_payout':
      return clawback ? 'Approved: taken off your next payout' : 'Approved: in the next payout';
    case 'no_payout_details':
      return 'Approved: waiting for your payout details (add them below)';
    case 'below_minimum': {
      const balance = status.balance ?? 0;
      if (balance <= 0)
        return `Approved: refunds outweigh your approved commission for now (${money(balance)}); it waits for new sales`;
      return `Approved: below the ${money(status.minimum ?? 0)} minimum payout (${money(balance)} so far)`;
    }
    case 'in_batch':
      return status.date ? `In a payout being sent (since ${dateOf(status.date)})` : 'In a payout being sent';
    case 'paid':
      return [
        `Paid${status.date ? ` on ${dateOf(status.date)}` : ''}`,
        status.reference ? `ref ${status.reference}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'void':
      return 'Void: the order was refunded in full';
    default:
      return line.state;
  }
}
