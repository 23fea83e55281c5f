import { t } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../ui/format.ts';
import { Card, SelectField, TextField } from '../../../ui/kit.tsx';
import { daysIn } from '../brand-data.ts';
import { PERIODS, type Period } from './period.ts';
import type { PeriodState } from './use-period.ts';

/** The period a page reports on: a named one, or custom dates. */
export function PeriodPicker({ state }: { state: PeriodState }) {
  const { period, range } = state;
  return (
    <Card>
      <div class="period">
        <SelectField
          label={t('brandMoney.period.label')}
          value={period}
          onValue={(value) => state.setPeriod(value as Period)}
          options={PERIODS.map(({ value, words }) => ({ value, label: t(words) }))}
        />
        {period === 'custom' ? (
          <>
            <DateEnd state={state} end="from" />
            <DateEnd state={state} end="to" />
          </>
        ) : null}
      </div>
      <p class="muted small period-note" aria-live="polite">
        {t('brandMoney.period.note', {
          from: formatDay(range.from),
          to: formatDay(range.to),
          days: daysIn(range),
        })}
      </p>
    </Card>
  );
}

/** One end of the custom dates, kept on its side of the other. */
function DateEnd({ state, end }: { state: PeriodState; end: 'from' | 'to' }) {
  const { custom, problem } = state;
  const bound = end === 'from' ? { max: custom.to || undefined } : { min: custom.from || undefined };
  return (
    <TextField
      label={t(end === 'from' ? 'brandMoney.period.from' : 'brandMoney.period.to')}
      type="date"
      value={custom[end]}
      {...bound}
      error={problem?.field === end ? problem.message : undefined}
      onValue={(day) => state.setCustom({ ...custom, [end]: day })}
    />
  );
}
