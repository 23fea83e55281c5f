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
    <Async request={report} label="Loading the totals…">
      {(data) => (
        <>
          <Stats
            compact
            figures={[
              ['Pending', money(data.totals.commission.pending)],
              ['Approved, to pay', money(data.totals.commission.approved)],
              ['Paid', money(data.totals.commission.paid)],
            ]}
          />
          {note ? (
            <p class="muted small">
              All orders up to {formatDay(data.to)} (days are UTC), clawbacks netted in. A line is pending
              during the holding period, then approved and ready to pay; a payout holds it until you confirm
              you sent it (it counts as approved until then). A refund after approval adds a negative clawback
              line.
            </p>
          ) : null}
        </>
      )}
    </Async>
  );
}
