import { useMemo, useState } from 'preact/hooks';
import { t, tx } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useMoneyReloads, useMoneyRequest } from '../../money-changed.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { formatMoney } from '../../ui/format.ts';
import { Async, Card, Empty, SelectField } from '../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../ui/paging.tsx';
import { allTime, type CommissionState, loadReport, namesOf } from './brand-data.ts';
import { CommissionTotals } from './commissions/commission-totals.tsx';
import { loadCommissions } from './commissions/commissions-api.ts';
import { LineTable } from './commissions/line-table.tsx';
import './brand.css';

const STATES: readonly CommissionState[] = ['approved', 'pending', 'batched', 'paid', 'void'];
const STATE_WORDS: Record<CommissionState, MessageKey> = {
  approved: 'brandMoney.commissions.state.approved',
  pending: 'brandMoney.commissions.state.pending',
  batched: 'brandMoney.commissions.state.batched',
  paid: 'brandMoney.commissions.state.paid',
  void: 'brandMoney.commissions.state.void',
};

/** Commissions: lines by state with totals; approved lines are paid from the Payouts tab. */
export function CommissionsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const currency = program.currency;
  const money = (cents: number) => formatMoney(cents, currency);
  const [state, setState] = useState<CommissionState>('approved');
  const span = useMemo(() => allTime(), []);
  // The report gives the totals by state and the ambassadors' names (the brand cannot list ambassadors).
  const report = useMoneyRequest(
    () => loadReport(programId, span, 'ambassador'),
    [programId, span.from, span.to],
  );
  const names = useMemo(() => namesOf(report.data), [report.data]);
  const nameOf = (id: string) => names.get(id) ?? id;

  return (
    <div class="brand-view">
      <h1>{t('brandMoney.commissions.title')}</h1>
      <section aria-labelledby="commission-totals">
        <h2 id="commission-totals" class="section-title">
          {t('brandMoney.commissions.totals')}
        </h2>
        <CommissionTotals report={report} money={money} note />
      </section>

      <Card title={t('brandMoney.commissions.lines')}>
        <div class="filter">
          <SelectField
            label={t('brandMoney.commissions.show')}
            value={state}
            onValue={(value) => setState(value as CommissionState)}
            options={STATES.map((value) => ({ value, label: t(STATE_WORDS[value]) }))}
          />
        </div>
        {state === 'approved' ? (
          <p>
            {tx('brandMoney.commissions.payFrom', {
              link: (words) => <Link href={programPath(programId, 'payouts')}>{words}</Link>,
            })}
          </p>
        ) : null}
        {/* Keyed by the filter: another filter starts a fresh list. */}
        <CommissionLines
          key={`${programId}:${state}`}
          programId={programId}
          state={state}
          money={money}
          nameOf={nameOf}
        />
      </Card>
    </div>
  );
}

function CommissionLines({
  programId,
  state,
  money,
  nameOf,
}: {
  programId: string;
  state: CommissionState;
  money: (cents: number) => string;
  nameOf: (id: string) => string;
}) {
  const { request: lines, more } = usePaged(
    (cursor) => loadCommissions(programId, state, cursor),
    [programId, state],
  );
  // A payout made or confirmed moves lines between states: the list follows.
  useMoneyReloads(lines.reload);
  return (
    <Async request={lines} label={t('brandMoney.commissions.loading')}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty title={t(EMPTY[state].heading)}>{t(EMPTY[state].words)}</Empty>
        ) : (
          <>
            <LineTable lines={page.items} money={money} nameOf={nameOf} state={state} />
            <ListFoot page={page} more={more} rows="line" label={t('brandMoney.commissions.showMore')} />
          </>
        )
      }
    </Async>
  );
}

const EMPTY: Record<CommissionState, { heading: MessageKey; words: MessageKey }> = {
  approved: {
    heading: 'brandMoney.commissions.empty.approved',
    words: 'brandMoney.commissions.emptyText.approved',
  },
  pending: {
    heading: 'brandMoney.commissions.empty.pending',
    words: 'brandMoney.commissions.emptyText.pending',
  },
  batched: {
    heading: 'brandMoney.commissions.empty.batched',
    words: 'brandMoney.commissions.emptyText.batched',
  },
  paid: { heading: 'brandMoney.commissions.empty.paid', words: 'brandMoney.commissions.emptyText.paid' },
  void: { heading: 'brandMoney.commissions.empty.void', words: 'brandMoney.commissions.emptyText.void' },
};
