import { useMemo } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
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

/** What the filtered list shows, in a sentence. */
function filterWords({ code, codeOnly }: OrderFilter): string {
  if (codeOnly === 'true')
    return code ? t('brandMoney.orders.onlyCodeOnlyOfCode', { code }) : t('brandMoney.orders.onlyCodeOnly');
  return code ? t('brandMoney.orders.onlyOfCode', { code }) : t('brandMoney.orders.only');
}

/** `sales/orders`: the period's orders, newest first, so a brand can tick them off against its shop. */
export function OrdersPage({ ctx, state }: { ctx: ProgramContext; state: PeriodState }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const { range } = state;
  const { path, query } = useLocation();
  const filter = filterOf(query);
  const filtered = filter.code !== undefined || filter.codeOnly !== undefined;
  const days = { from: formatDay(range.from), to: formatDay(range.to) };
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
        <Link href={`${programPath(programId, 'sales')}${state.search}`}>{t('brandMoney.orders.back')}</Link>
      </p>
      <h1>{t('brandMoney.orders.title')}</h1>
      <PeriodPicker state={state} />
      <Card title={t('brandMoney.orders.inPeriod')}>
        <p class="muted small">{t('brandMoney.orders.intro', { ...days, currency })}</p>
        {filtered ? (
          <p class="notice">
            {filterWords(filter)} <Link href={unfiltered}>{t('brandMoney.orders.showAll')}</Link>
          </p>
        ) : null}
        {names.status === 'error' ? <ErrorNotice error={names.error} onRetry={names.reload} /> : null}
        <Async request={request} label={t('brandMoney.orders.loading')}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty title={t('brandMoney.orders.empty')}>{t('brandMoney.orders.emptyText')}</Empty>
            ) : (
              <>
                <OrdersTable
                  caption={t('brandMoney.orders.caption', days)}
                  orders={page.items}
                  money={money}
                  nameOf={nameOf}
                />
                <ListFoot page={page} more={more} rows="order" label={t('brandMoney.orders.showMore')} />
              </>
            )
          }
        </Async>
      </Card>
    </div>
  );
}
