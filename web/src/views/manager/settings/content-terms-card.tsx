import { CONTENT_SCOPES, SCOPE_LABELS } from '../../../api/content.ts';
import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { Card, TextArea, TextField } from '../../../ui/kit.tsx';
import type { SectionProps } from './settings-draft.ts';

/**
 * The terms under which ambassadors grant the brand rights to reuse their posts. A version
 * names one text: grants record the version and a hash of the text they were given under.
 */
export function ContentTermsCard({ form: { draft, update, bind }, err }: SectionProps) {
  return (
    <Card title={t('managerSettings.section.contentTerms')}>
      <p class="muted small">{t('managerSettings.contentTerms.intro')}</p>
      <div class="grid-2">
        <TextField
          label={t('managerSettings.terms.version')}
          hint={t('managerSettings.contentTerms.version.hint')}
          {...bind('contentVersion')}
          maxLength={40}
          error={err('contentTerms.version') ?? err('contentTerms')}
        />
        <TextField
          label={t('managerSettings.contentTerms.months')}
          type="number"
          min={1}
          max={120}
          hint={t('managerSettings.contentTerms.months.hint')}
          {...bind('contentMonths')}
          error={err('contentTerms.durationMonths')}
        />
      </div>
      <TextArea
        label={t('managerSettings.contentTerms.text')}
        rows={5}
        {...bind('contentText')}
        error={err('contentTerms.text')}
      />
      <fieldset class="stack-tight">
        <legend>{t('managerSettings.contentTerms.scopes')}</legend>
        {CONTENT_SCOPES.map((scope) => (
          <CheckBox
            key={scope}
            checked={draft.contentScopes.includes(scope)}
            onChecked={(on) =>
              update('contentScopes', (scopes) =>
                on ? [...scopes.filter((s) => s !== scope), scope] : scopes.filter((s) => s !== scope),
              )
            }
          >
            {SCOPE_LABELS[scope]}
          </CheckBox>
        ))}
        {err('contentTerms.scopes') ? (
          <p class="field-error" role="alert">
            {err('contentTerms.scopes')}
          </p>
        ) : null}
      </fieldset>
    </Card>
  );
}
