import { t } from '../../../i18n/i18n.ts';
import { formatDate, formatDay, formatPercent } from '../../../ui/format.ts';
import type { Commission } from '../brand-data.ts';

/** What a commission line's details column says: why it is what it is, in a few parts. */
export function lineDetails(line: Commission, money: (cents: number) => string): string {
  const parts: string[] = [];
  if (line.kind === 'clawback') parts.push(t('sentences.line.clawback'));
  if (line.state === 'pending' && line.availableAt)
    parts.push(t('sentences.line.approvedFrom', { date: formatDate(line.availableAt) }));
  if (line.gross !== undefined && line.gross !== line.amount && line.kind === 'order')
    parts.push(t('sentences.line.beforeRefunds', { amount: money(line.gross) }));
  if (line.clawedBack) parts.push(t('sentences.line.clawedBack', { amount: money(line.clawedBack) }));
  if (line.state === 'batched') {
    const claimed = line.history.findLast((event) => event.event === 'batched');
    parts.push(
      claimed
        ? t('sentences.line.batchedSince', { date: formatDate(claimed.at) })
        : t('sentences.line.batched'),
    );
  }
  if (line.state === 'paid') {
    const paid = line.history.findLast((event) => event.event === 'paid');
    const day = line.paidOn ? formatDay(line.paidOn) : paid ? formatDate(paid.at) : '';
    const reference = line.payoutReference;
    parts.push(
      day && reference
        ? t('sentences.line.paidOnRef', { day, reference })
        : day
          ? t('sentences.line.paidOn', { day })
          : reference
            ? t('sentences.line.paidRef', { reference })
            : t('sentences.line.paid'),
    );
  }
  if (line.state === 'void') parts.push(t('sentences.line.void'));
  if (line.rate)
    parts.push(
      line.rate.kind === 'percent'
        ? t('sentences.line.percent', { percent: formatPercent(line.rate.basisPoints / 10_000) })
        : t('sentences.line.perOrder', { amount: money(line.rate.amount) }),
    );
  return parts.join(' · ') || '–';
}
