import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { useMoneyReloads } from '../../money-changed.ts';
import { formatDate } from '../../ui/format.ts';
import { Async, Empty } from '../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../ui/paging.tsx';
import { payoutSentence } from './payout-sentence.ts';

/** Your commission lines, newest order first as they come, each saying when and why it is (or was) paid. */
export function EarningsLines({
  programId,
  ambassadorId,
  money,
}: {
  programId: string;
  ambassadorId: string;
  money: (cents: number) => string;
}) {
  const { request, more } = usePaged(
    (cursor) =>
      ok(
        api.referrals.api.programs[':programId'].commissions.$get({
          param: { programId },
          query: { ambassadorId, limit: 50, ...(cursor ? { cursor } : {}) },
        }),
      ),
    [programId, ambassadorId],
  );
  // Payout details saved, a payout sent: each line's sentence follows.
  useMoneyReloads(request.reload);
  return (
    <section class="card" aria-labelledby="lines-title">
      <h2 id="lines-title">{t('ambassadorHome.lines.title')}</h2>
      <Async request={request} label={t('ambassadorHome.lines.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('ambassadorHome.lines.none')}>{t('ambassadorHome.lines.noneText')}</Empty>
          ) : (
            <>
              <ul class="list earning-lines">
                {page.items.map((line) => (
                  <li key={line.commissionId}>
                    <strong class={line.amount < 0 ? 'negative' : undefined}>{money(line.amount)}</strong>{' '}
                    <span class="small muted">
                      {t(
                        line.kind === 'clawback'
                          ? 'ambassadorHome.lines.refund'
                          : 'ambassadorHome.lines.order',
                        {
                          order: line.orderId,
                          date: formatDate(line.occurredAt),
                        },
                      )}
                    </span>
                    <br />
                    <span class="payout-sentence">{payoutSentence(line, money)}</span>
                  </li>
                ))}
              </ul>
              <ListFoot page={page} more={more} rows="line" label={t('ambassadorHome.lines.more')} />
            </>
          )
        }
      </Async>
    </section>
  );
}
