import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { platformName } from '../../../ui/format.ts';
import { TextField } from '../../../ui/kit.tsx';
import { toggled } from '../../../ui/list-edits.ts';
import type { FormSection } from './challenge-draft.ts';
import { PLATFORMS } from './challenges-api.ts';

/** What a post must be: on which platforms, with which tags, and whether with an ad disclosure. */
export function RequirementFields({ form: { draft, set, update, bind }, errorFor, locked }: FormSection) {
  return (
    <fieldset disabled={locked}>
      <legend>{t('challengesAdmin.requirements.title')}</legend>
      <p class="hint">{t('challengesAdmin.requirements.platforms')}</p>
      <div class="choices m-platforms">
        {PLATFORMS.map((platform) => (
          <CheckBox
            key={platform}
            checked={draft.platforms.includes(platform)}
            onChecked={(on) => update('platforms', (list) => toggled(list, platform, on, PLATFORMS))}
          >
            {platformName(platform)}
          </CheckBox>
        ))}
      </div>
      {errorFor('requirements.platforms') ? (
        <p class="field-error">{errorFor('requirements.platforms')}</p>
      ) : null}
      <div class="grid-2">
        <TextField
          label={t('challengesAdmin.requirements.hashtags')}
          {...bind('hashtags')}
          hint={t('challengesAdmin.requirements.hashtags.hint')}
          error={errorFor('requirements.hashtags')}
        />
        <TextField
          label={t('challengesAdmin.requirements.mentions')}
          {...bind('mentions')}
          hint={t('challengesAdmin.requirements.mentions.hint')}
          error={errorFor('requirements.mentions')}
        />
      </div>
      <CheckBox checked={draft.disclosure} onChecked={(on) => set('disclosure', on)}>
        {t('challengesAdmin.requirements.disclosure')}
      </CheckBox>
      <CheckBox checked={draft.rightsRequired} onChecked={(on) => set('rightsRequired', on)}>
        {t('challengesAdmin.requirements.rights')}
      </CheckBox>
      {errorFor('rightsRequired') ? <p class="field-error">{errorFor('rightsRequired')}</p> : null}
    </fieldset>
  );
}
