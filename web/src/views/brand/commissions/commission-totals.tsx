import { t } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../ui/format.ts';
import { Async } from '../../../ui/kit.tsx';
import { Stats } from '../../../ui/stats.tsx';
import type { Request } from '../../../use-request.ts';
import type { Report } from '../brand-data.ts';

/**
 * The program's commission by state, all time, from the per-ambassador report (which also
 * names the ambassadors). Shown where the brand pays it and where it lists the lines.
 */
export function CommissionTotals({
  report,
  money,
  note = false,
}: {
  report: Request<Report>;
  money: (cents: number) => string;
  /** Explains the states under the figures. */
  note?: boolean;
}) {
  return (
    <Async request={report} label={t('money.totals.loading')}>
      {(data) => (
        <>
          <Stats
            compact
            figures={[
              [t('money.totals.pending'), money(data.totals.commission.pending)],
              [t('money.totals.approved'), money(data.totals.commission.approved)],
              [t('money.totals.paid'), money(data.totals.commission.paid)],
            ]}
          />
          {note ? <p class="muted small">{t('money.totals.note', { day: formatDay(data.to) })}</p> : null}
        </>
      )}
    </Async>
  );
}
