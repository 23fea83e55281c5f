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
      header: 'Made',
      rowHeader: true,
      class: 'nowrap',
      cell: (p) => formatDate(p.createdAt, { withTime: true }),
    },
    { header: 'Status', cell: (p) => statusText(p.status) },
    { header: 'Sent', cell: (p) => (p.sentOn ? `${formatDay(p.sentOn)}, ref ${p.reference ?? ''}` : '–') },
    { header: 'Ambassadors', num: true, cell: (p) => p.itemCount },
    { header: 'Total', num: true, cell: (p) => money(p.total) },
    {
      header: <span class="visually-hidden">Open</span>,
      cell: (p) => (
        <Button onClick={() => onOpen(p.payoutId)}>
          Open
          <span class="visually-hidden"> the payout made {formatDate(p.createdAt, { withTime: true })}</span>
        </Button>
      ),
    },
  ];
  return (
    <Card title="Payout history">
      <Async request={request} label="Loading the payouts…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="No payouts yet">Payouts you make show here.</Empty>
          ) : (
            <>
              <DataTable caption="Payouts" columns={columns} rows={page.items} rowKey={(p) => p.payoutId} />
              <ListFoot page={page} more={more} one="payout" many="payouts" label="Show more payouts" />
            </>
          )
        }
      </Async>
    </Card>
  );
}
