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
      <legend>Requirements</legend>
      <p class="hint">Platforms the post may be on</p>
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
          label="Hashtags"
          {...bind('hashtags')}
          hint="Separated by spaces, such as #FiestaAgents #NewFiesta"
          error={errorFor('requirements.hashtags')}
        />
        <TextField
          label="Mentions"
          {...bind('mentions')}
          hint="Accounts to tag, such as @fiesta"
          error={errorFor('requirements.mentions')}
        />
      </div>
      <CheckBox checked={draft.disclosure} onChecked={(on) => set('disclosure', on)}>
        Posts must carry an ad disclosure (#ad or the platform’s paid-partnership label)
      </CheckBox>
      <CheckBox checked={draft.rightsRequired} onChecked={(on) => set('rightsRequired', on)}>
        Posts must come with a grant of content rights, under the program’s content terms (set in Settings)
      </CheckBox>
      {errorFor('rightsRequired') ? <p class="field-error">{errorFor('rightsRequired')}</p> : null}
    </fieldset>
  );
}
