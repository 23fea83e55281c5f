import { CONTENT_SCOPES, SCOPE_LABELS } from '../../../api/content.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { Card, TextArea, TextField } from '../../../ui/kit.tsx';
import type { SectionProps } from './settings-draft.ts';

/**
 * The terms under which ambassadors grant the brand rights to reuse their posts. A version
 * names one text: grants record the version and a hash of the text they were given under.
 */
export function ContentTermsCard({ form: { draft, update, bind }, err }: SectionProps) {
  return (
    <Card title="Content rights">
      <p class="muted small">
        Ambassadors see these terms on the post form and may grant the scopes you offer. Changed terms need a
        new version; grants given before keep the version they were given under. Leave every field empty to
        ask for no rights.
      </p>
      <div class="grid-2">
        <TextField
          label="Terms version"
          hint="Raise it whenever the text, scopes or duration change."
          {...bind('contentVersion')}
          maxLength={40}
          error={err('contentTerms.version') ?? err('contentTerms')}
        />
        <TextField
          label="Duration (months)"
          type="number"
          min={1}
          max={120}
          hint="A grant lasts this long from the day it is given."
          {...bind('contentMonths')}
          error={err('contentTerms.durationMonths')}
        />
      </div>
      <TextArea label="Terms text" rows={5} {...bind('contentText')} error={err('contentTerms.text')} />
      <fieldset class="stack-tight">
        <legend>Scopes ambassadors may grant</legend>
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
