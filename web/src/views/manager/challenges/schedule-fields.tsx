import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { monthName } from '../../../ui/format.ts';
import { TextField } from '../../../ui/kit.tsx';
import type { FormSection } from './challenge-draft.ts';

/** When the challenge runs: a whole month, or its own dates on the program's clock. */
export function ScheduleFields({
  form: { draft, set, bind },
  errorFor,
  locked,
  month,
  isNew,
  timeZone,
}: FormSection & { month: string; isNew: boolean; timeZone: string }) {
  return (
    <fieldset disabled={locked}>
      <legend>{t('challengesAdmin.schedule.title')}</legend>
      <CheckBox checked={draft.customDates} onChecked={(on) => set('customDates', on)}>
        {t('challengesAdmin.schedule.customDates')}
      </CheckBox>
      {draft.customDates ? (
        <div class="grid-2">
          <TextField
            label={t('challengesAdmin.schedule.opens')}
            type="datetime-local"
            {...bind('opensAt')}
            hint={t('challengesAdmin.schedule.opens.hint', { timeZone })}
            error={errorFor('opensAt')}
          />
          <TextField
            label={t('challengesAdmin.schedule.closes')}
            type="datetime-local"
            {...bind('closesAt')}
            hint={t('challengesAdmin.schedule.closes.hint', { timeZone })}
            error={errorFor('closesAt')}
          />
        </div>
      ) : (
        <p class="muted small">
          {t(isNew ? 'challengesAdmin.schedule.wholeMonthNew' : 'challengesAdmin.schedule.wholeMonth', {
            month: monthName(month),
            timeZone,
          })}
        </p>
      )}
      {errorFor('month') ? <p class="field-error">{errorFor('month')}</p> : null}
    </fieldset>
  );
}
