import { formatDate, formatDay, formatPercent } from '../../../ui/format.ts';
import type { Commission } from '../brand-data.ts';

/** What a commission line's details column says: why it is what it is, in a few parts. */
export function lineDetails(line: Commission, money: (cents: number) => string): string {
  const parts: string[] = [];
  if (line.kind === 'clawback') parts.push('Taken back after a refund of the order');
  if (line.state === 'pending' && line.availableAt)
    parts.push(`Approved from ${formatDate(line.availableAt)}`);
  if (line.gross !== undefined && line.gross !== line.amount && line.kind === 'order')
    parts.push(`${money(line.gross)} before refunds`);
  if (line.clawedBack) parts.push(`${money(line.clawedBack)} clawed back`);
  if (line.state === 'batched') {
    const claimed = line.history.findLast((event) => event.event === 'batched');
    parts.push(
      claimed ? `In a payout since ${formatDate(claimed.at)}, not yet sent` : 'In a payout, not yet sent',
    );
  }
  if (line.state === 'paid') {
    const paid = line.history.findLast((event) => event.event === 'paid');
    const day = line.paidOn ? formatDay(line.paidOn) : paid ? formatDate(paid.at) : '';
    parts.push(
      [day ? `Paid ${day}` : 'Paid', line.payoutReference ? `ref ${line.payoutReference}` : '']
        .filter(Boolean)
        .join(', '),
    );
  }
  if (line.state === 'void') parts.push('Order refunded in full before approval');
  if (line.rate)
    parts.push(
      line.rate.kind === 'percent'
        ? `${formatPercent(line.rate.basisPoints / 10_000)} of the order`
        : `${money(line.rate.amount)} per order`,
    );
  return parts.join(' · ') || '–';
}
