import { t, tx } from '../../../i18n/i18n.ts';
import { useMoneyReloads } from '../../../money-changed.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate, formatDay } from '../../../ui/format.ts';
import { Async, Button, Card, Empty } from '../../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../../ui/paging.tsx';
import { statusText } from './payout-words.ts';
import { loadPayouts, type Payout } from './payouts-api.ts';

/** The payouts made, newest first, each to open. */
export function PayoutHistory({
  programId,
  money,
  onOpen,
}: {
  programId: string;
  money: (cents: number) => string;
  onOpen: (payoutId: string) => void;
}) {
  const { request, more } = usePaged((cursor) => loadPayouts(programId, cursor), [programId]);
  useMoneyReloads(request.reload);
  const columns: Column<Payout>[] = [
    {
      header: t('brandMoney.history.made'),
      rowHeader: true,
      class: 'nowrap',
      cell: (p) => formatDate(p.createdAt, { withTime: true }),
    },
    { header: t('brandMoney.payout.status'), cell: (p) => statusText(p.status) },
    {
      header: t('brandMoney.history.sent'),
      cell: (p) =>
        p.sentOn
          ? t('brandMoney.history.sentRef', { day: formatDay(p.sentOn), reference: p.reference ?? '' })
          : '–',
    },
    { header: t('brandMoney.payout.ambassadors'), num: true, cell: (p) => p.itemCount },
    { header: t('brandMoney.payout.total'), num: true, cell: (p) => money(p.total) },
    {
      header: <span class="visually-hidden">{t('brandMoney.history.open')}</span>,
      cell: (p) => (
        <Button onClick={() => onOpen(p.payoutId)}>
          {tx('brandMoney.history.openOne', {
            when: formatDate(p.createdAt, { withTime: true }),
            hidden: (words) => <span class="visually-hidden">{words}</span>,
          })}
        </Button>
      ),
    },
  ];
  return (
    <Card title={t('brandMoney.history.title')}>
      <Async request={request} label={t('brandMoney.history.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('brandMoney.history.empty')}>{t('brandMoney.history.emptyText')}</Empty>
          ) : (
            <>
              <DataTable
                caption={t('brandMoney.history.caption')}
                columns={columns}
                rows={page.items}
                rowKey={(p) => p.payoutId}
              />
              <ListFoot page={page} more={more} rows="payout" label={t('brandMoney.history.showMore')} />
            </>
          )
        }
      </Async>
    </Card>
  );
}
