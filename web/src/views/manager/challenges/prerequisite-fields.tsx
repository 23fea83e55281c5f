import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { monthName, monthOf } from '../../../ui/format.ts';
import { toggled } from '../../../ui/list-edits.ts';
import type { FormSection } from './challenge-draft.ts';
import type { Challenge } from './challenges-api.ts';

/** The challenges an ambassador must have an approved post in first, from this month and last. */
export function PrerequisiteFields({
  form: { draft, update },
  errorFor,
  locked,
  options,
  timeZone,
}: FormSection & {
  options: Challenge[];
  /** The program's: a challenge's month is the one it opens in there. */
  timeZone: string;
}) {
  const tick = (challengeId: string, on: boolean) =>
    update('prerequisites', (list) => toggled(list, challengeId, on));
  return (
    <fieldset disabled={locked}>
      <legend>{t('managerPeople.prerequisites')}</legend>
      <p class="hint">{t('managerPeople.prerequisites.hint')}</p>
      {options.length === 0 ? (
        <p class="muted small">{t('managerPeople.prerequisites.none')}</p>
      ) : (
        <div class="choices">
          {options.map((option) => (
            <CheckBox
              key={option.challengeId}
              checked={draft.prerequisites.includes(option.challengeId)}
              onChecked={(on) => tick(option.challengeId, on)}
            >
              {option.title}{' '}
              <span class="muted small">
                ({monthName(option.month ?? monthOf(option.opensAt, timeZone))})
              </span>
            </CheckBox>
          ))}
        </div>
      )}
      {/* Older ones it already needs, not in the list: shown so that they can be taken off. */}
      {draft.prerequisites
        .filter((id) => !options.some((o) => o.challengeId === id))
        .map((id) => (
          <CheckBox key={id} checked onChecked={() => tick(id, false)}>
            {t('managerPeople.prerequisites.earlier', { id })}
          </CheckBox>
        ))}
      {errorFor('prerequisites') ? <p class="field-error">{errorFor('prerequisites')}</p> : null}
    </fieldset>
  );
}
