import { useMemo } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { type ProgramContext, programPath } from '../../../program-context.ts';
import { Link, useLocation } from '../../../router.tsx';
import { formatDay, formatMoney } from '../../../ui/format.ts';
import { Async, Card, Empty, ErrorNotice } from '../../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../../ui/paging.tsx';
import { useRequest } from '../../../use-request.ts';
import { type ConversionPage, type DayRange, loadReport, namesOf } from '../brand-data.ts';
import { OrdersTable } from './orders-table.tsx';
import { PeriodPicker } from './period-picker.tsx';
import type { PeriodState } from './use-period.ts';

const PAGE_SIZE = 50;

/** One code's orders, or only its code-only ones (what a leak alert links to). */
type OrderFilter = { code?: string; codeOnly?: 'true' | 'false' };

function loadOrders(
  programId: string,
  range: DayRange,
  filter: OrderFilter,
  cursor?: string,
): Promise<ConversionPage> {
  return ok(
    api.referrals.api.programs[':programId'].conversions.$get({
      param: { programId },
      query: {
        from: range.from,
        to: range.to,
        limit: PAGE_SIZE,
        ...filter,
        ...(cursor ? { cursor } : {}),
      },
    }),
  );
}

function filterOf(query: URLSearchParams): OrderFilter {
  const code = query.get('code')?.trim().toUpperCase();
  const codeOnly = query.get('codeOnly');
  return {
    ...(code && /^[A-Z0-9-]{1,20}$/.test(code) ? { code } : {}),
    ...(codeOnly === 'true' || codeOnly === 'false' ? { codeOnly } : {}),
  };
}

/** `sales/orders`: the period's orders, newest first, so a brand can tick them off against its shop. */
export function OrdersPage({ ctx, state }: { ctx: ProgramContext; state: PeriodState }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const { range } = state;
  const { path, query } = useLocation();
  const filter = filterOf(query);
  const filtered = filter.code !== undefined || filter.codeOnly !== undefined;
  const periodLabel = `${formatDay(range.from)} to ${formatDay(range.to)}`;
  // The brand cannot list ambassadors; the per-ambassador report of the same period names them.
  const names = useRequest(
    () => loadReport(programId, range, 'ambassador'),
    [programId, range.from, range.to],
  );
  const { request, more } = usePaged(
    (cursor) => loadOrders(programId, range, filter, cursor),
    [programId, range.from, range.to, filter.code, filter.codeOnly],
  );
  const unfiltered = (() => {
    const params = new URLSearchParams(query);
    params.delete('code');
    params.delete('codeOnly');
    const rest = params.toString();
    return rest ? `${path}?${rest}` : path;
  })();
  const nameOf = useMemo(() => namesOf(names.data), [names.data]);
  const money = (cents: number) => formatMoney(cents, currency);
  return (
    <div class="brand-view">
      <p class="back">
        <Link href={`${programPath(programId, 'sales')}${state.search}`}>Back to sales</Link>
      </p>
      <h1>Orders</h1>
      <PeriodPicker state={state} />
      <Card title="Orders in this period">
        <p class="muted small">
          Every order the shop reported for {periodLabel}, newest first, with who it was credited to. Amounts
          are in {currency}; the net is the amount less refunds. Times are UTC, like the period's days.
        </p>
        {filtered ? (
          <p class="notice">
            Showing only {filter.codeOnly === 'true' ? 'the code-only orders' : 'the orders'}
            {filter.code ? ` of code ${filter.code}` : ''}
            {filter.codeOnly === 'true' ? ' (no click on the ambassador’s links)' : ''}.{' '}
            <Link href={unfiltered}>Show all orders</Link>
          </p>
        ) : null}
        {names.status === 'error' ? <ErrorNotice error={names.error} onRetry={names.reload} /> : null}
        <Async request={request} label="Loading the orders…">
          {(page) =>
            page.items.length === 0 ? (
              <Empty title="No orders in this period">
                Orders appear once the shop reports them (see Integrations).
              </Empty>
            ) : (
              <>
                <OrdersTable
                  caption={`Orders, ${periodLabel}`}
                  orders={page.items}
                  money={money}
                  nameOf={nameOf}
                />
                <ListFoot page={page} more={more} one="order" many="orders" label="Show more orders" />
              </>
            )
          }
        </Async>
      </Card>
    </div>
  );
}
