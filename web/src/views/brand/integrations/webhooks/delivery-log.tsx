import { useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
import { type Column, DataTable } from '../../../../ui/data-table.tsx';
import { formatDate, humanise } from '../../../../ui/format.ts';
import { Async, Button, Empty, ErrorNotice, SelectField } from '../../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../../ui/paging.tsx';
import { StatusPill } from '../../../../ui/status-pill.tsx';
import { toast } from '../../../../ui/toast.tsx';
import { useAction } from '../../../../use-request.ts';
import { type Delivery, webhooksApi } from './webhooks-api.ts';

const STATUSES = [
  { value: '', label: 'All deliveries' },
  { value: 'failed', label: 'Failed (every retry used)' },
  { value: 'pending', label: 'Pending or retrying' },
  { value: 'succeeded', label: 'Delivered' },
] as const;

/** The last answer in words: the receiver's status code, or why there was none. */
function lastAnswer(delivery: Delivery): string {
  if (delivery.lastResponseStatus !== undefined) return String(delivery.lastResponseStatus);
  return delivery.lastError ? humanise(delivery.lastError) : '—';
}

/** One endpoint's delivery log, newest first: status, attempts, last answer and its time, and a replay. */
export function DeliveryLog({ programId, endpointId }: { programId: string; endpointId: string }) {
  const [status, setStatus] = useState('');
  const [tick, setTick] = useState(0);
  const paged = usePaged(
    async (cursor) =>
      ok(
        webhooksApi[':endpointId'].deliveries.$get({
          param: { programId, endpointId },
          query: {
            limit: '25',
            ...(status ? { status: status as Delivery['status'] } : {}),
            ...(cursor ? { cursor } : {}),
          },
        }),
      ),
    [programId, endpointId, status, tick],
  );
  const replay = useAction(async (deliveryId: string) => {
    await ok(
      webhooksApi[':endpointId'].deliveries[':deliveryId'].replay.$post({
        param: { programId, endpointId, deliveryId },
      }),
    );
    toast('Sent again: it shows here as pending until it is delivered');
    setTick((n) => n + 1);
  });
  const columns: Column<Delivery>[] = [
    {
      header: 'Event',
      rowHeader: true,
      cell: (d) => (
        <>
          <code>{d.type}</code>
          <br />
          <span class="small muted">{d.id}</span>
        </>
      ),
    },
    { header: 'Status', cell: (d) => <StatusPill status={d.status} /> },
    { header: 'Attempts', num: true, cell: (d) => d.attempts },
    { header: 'Last answer', cell: lastAnswer },
    {
      header: 'Took',
      num: true,
      cell: (d) => (d.lastDurationMs !== undefined ? `${d.lastDurationMs} ms` : '—'),
    },
    {
      header: 'When',
      cell: (d) =>
        d.status === 'pending' && d.nextAttemptAt
          ? `next ${formatDate(d.nextAttemptAt, { withTime: true })}`
          : formatDate(d.lastAttemptAt ?? d.createdAt, { withTime: true }),
    },
    {
      header: <span class="visually-hidden">Actions</span>,
      cell: (d) => (
        <Button
          variant="ghost"
          busy={replay.busy}
          aria-label={`Replay ${d.type} ${d.id}`}
          onClick={() => void replay.run(d.id)}
        >
          Replay
        </Button>
      ),
    },
  ];
  return (
    <div class="stack delivery-log">
      <div class="actions">
        <SelectField label="Show" value={status} onValue={setStatus} options={STATUSES} />
        <Button variant="ghost" onClick={() => setTick((n) => n + 1)}>
          Refresh
        </Button>
      </div>
      {replay.error ? <ErrorNotice error={replay.error} /> : null}
      <Async request={paged.request} label="Loading deliveries…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={status ? 'No deliveries with that status' : 'Nothing sent to this endpoint yet'} />
          ) : (
            <>
              <DataTable
                caption="Deliveries, newest first"
                columns={columns}
                rows={page.items}
                rowKey={(d) => d.id}
              />
              <LoadMore page={page} more={paged.more} />
            </>
          )
        }
      </Async>
    </div>
  );
}
