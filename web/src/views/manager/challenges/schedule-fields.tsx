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
      <legend>When</legend>
      <CheckBox checked={draft.customDates} onChecked={(on) => set('customDates', on)}>
        Set my own dates instead of a whole month
      </CheckBox>
      {draft.customDates ? (
        <div class="grid-2">
          <TextField
            label="Opens"
            type="datetime-local"
            {...bind('opensAt')}
            hint={`In the program's time zone, ${timeZone}`}
            error={errorFor('opensAt')}
          />
          <TextField
            label="Closes"
            type="datetime-local"
            {...bind('closesAt')}
            hint={`In ${timeZone}. At most 92 days after it opens.`}
            error={errorFor('closesAt')}
          />
        </div>
      ) : (
        <p class="muted small">
          Runs all of {monthName(month)} ({timeZone}).
          {isNew ? ' Change the month with the month picker above.' : ''}
        </p>
      )}
      {errorFor('month') ? <p class="field-error">{errorFor('month')}</p> : null}
    </fieldset>
  );
}
