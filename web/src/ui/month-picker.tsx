import { t } from '../i18n/i18n.ts';
import { addMonths, isMonth } from './format.ts';
import { Button, TextField } from './kit.tsx';

/** A month field (labelled "Month", in the reader's language, unless told) with previous and next buttons. */
export function MonthPicker({
  value,
  onValue,
  label,
  max,
}: {
  value: string;
  onValue: (month: string) => void;
  label?: string;
  max?: string;
}) {
  const next = addMonths(value, 1);
  return (
    <div class="month-picker">
      <TextField
        label={label ?? t('brandMoney.month.label')}
        type="month"
        value={value}
        {...(max ? { max } : {})}
        pattern="\d{4}-\d{2}"
        placeholder={t('brandMoney.month.placeholder')}
        onValue={(v) => {
          if (isMonth(v)) onValue(v);
        }}
      />
      <div class="actions">
        <Button variant="secondary" onClick={() => onValue(addMonths(value, -1))}>
          <span aria-hidden="true">←</span> {t('brandMoney.month.previous')}
        </Button>
        <Button variant="secondary" disabled={max !== undefined && next > max} onClick={() => onValue(next)}>
          {t('brandMoney.month.next')} <span aria-hidden="true">→</span>
        </Button>
      </div>
    </div>
  );
}
