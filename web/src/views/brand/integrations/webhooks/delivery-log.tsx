import { useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
import { t } from '../../../../i18n/i18n.ts';
import type { MessageKey } from '../../../../i18n/messages/en/index.ts';
import { type Column, DataTable } from '../../../../ui/data-table.tsx';
import { formatDate, humanise } from '../../../../ui/format.ts';
import { Async, Button, Empty, ErrorNotice, SelectField } from '../../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../../ui/paging.tsx';
import { StatusPill } from '../../../../ui/status-pill.tsx';
import { toast } from '../../../../ui/toast.tsx';
import { useAction } from '../../../../use-request.ts';
import { type Delivery, webhooksApi } from './webhooks-api.ts';

const STATUSES: { value: string; words: MessageKey }[] = [
  { value: '', words: 'brandIntegrations.deliveries.all' },
  { value: 'failed', words: 'brandIntegrations.deliveries.failed' },
  { value: 'pending', words: 'brandIntegrations.deliveries.pending' },
  { value: 'succeeded', words: 'brandIntegrations.deliveries.succeeded' },
];

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
    toast(t('brandIntegrations.deliveries.replayed'));
    setTick((n) => n + 1);
  });
  const columns: Column<Delivery>[] = [
    {
      header: t('brandIntegrations.deliveries.event'),
      rowHeader: true,
      cell: (d) => (
        <>
          <code>{d.type}</code>
          <br />
          <span class="small muted">{d.id}</span>
        </>
      ),
    },
    { header: t('brandIntegrations.deliveries.status'), cell: (d) => <StatusPill status={d.status} /> },
    { header: t('brandIntegrations.deliveries.attempts'), num: true, cell: (d) => d.attempts },
    { header: t('brandIntegrations.deliveries.lastAnswer'), cell: lastAnswer },
    {
      header: t('brandIntegrations.deliveries.took'),
      num: true,
      cell: (d) => (d.lastDurationMs !== undefined ? `${d.lastDurationMs} ms` : '—'),
    },
    {
      header: t('brandIntegrations.deliveries.when'),
      cell: (d) =>
        d.status === 'pending' && d.nextAttemptAt
          ? t('brandIntegrations.deliveries.next', { date: formatDate(d.nextAttemptAt, { withTime: true }) })
          : formatDate(d.lastAttemptAt ?? d.createdAt, { withTime: true }),
    },
    {
      header: <span class="visually-hidden">{t('brandIntegrations.deliveries.actions')}</span>,
      cell: (d) => (
        <Button
          variant="ghost"
          busy={replay.busy}
          aria-label={t('brandIntegrations.deliveries.replayLabel', { type: d.type, id: d.id })}
          onClick={() => void replay.run(d.id)}
        >
          {t('brandIntegrations.deliveries.replay')}
        </Button>
      ),
    },
  ];
  return (
    <div class="stack delivery-log">
      <div class="actions">
        <SelectField
          label={t('brandIntegrations.deliveries.show')}
          value={status}
          onValue={setStatus}
          options={STATUSES.map(({ value, words }) => ({ value, label: t(words) }))}
        />
        <Button variant="ghost" onClick={() => setTick((n) => n + 1)}>
          {t('brandIntegrations.deliveries.refresh')}
        </Button>
      </div>
      {replay.error ? <ErrorNotice error={replay.error} /> : null}
      <Async request={paged.request} label={t('brandIntegrations.deliveries.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty
              title={
                status
                  ? t('brandIntegrations.deliveries.noneWithStatus')
                  : t('brandIntegrations.deliveries.none')
              }
            />
          ) : (
            <>
              <DataTable
                caption={t('brandIntegrations.deliveries.caption')}
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
