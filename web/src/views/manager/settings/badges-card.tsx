import type { ComponentChildren } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { Button, Card, SelectField, TextField } from '../../../ui/kit.tsx';
import { useListEditor } from '../../../ui/use-list-editor.ts';
import { BADGE_VALUE, type BadgeDraft, type BadgeKind, newBadge } from './badge-draft.ts';
import { BADGE_ID, idFollows } from './readable-id.ts';
import type { SectionProps } from './settings-draft.ts';

const followName = idFollows<BadgeDraft>('name', BADGE_ID);
/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

/** The badges ambassadors earn, each by one rule. */
export function BadgesCard({ form: { draft, update }, err }: SectionProps) {
  const badges = useListEditor<BadgeDraft>((change) => update('badges', change), followName);
  const kindOptions = Object.entries(BADGE_VALUE).map(([value, { words }]) => ({ value, label: t(words) }));
  return (
    <Card
      title={t('managerSettings.section.badges')}
      actions={
        <Button variant="secondary" disabled={draft.badges.length >= 20} onClick={() => badges.add(newBadge)}>
          {t('managerSettings.badges.add')}
        </Button>
      }
    >
      {err('badges') ? <p class="field-error">{err('badges')}</p> : null}
      {draft.badges.length === 0 ? <p class="muted">{t('managerSettings.badges.none')}</p> : null}
      <ol class="m-editor-list">
        {draft.badges.map((b, index) => {
          const { value } = BADGE_VALUE[b.kind];
          return (
            <li key={b.key}>
              <fieldset>
                <legend>{t('managerSettings.badges.legend', { number: index + 1 })}</legend>
                <div class="grid-2">
                  <TextField
                    label={t('managerSettings.badges.name')}
                    {...badges.bind(b, 'name')}
                    maxLength={60}
                    error={err(`badges.${index}.name`)}
                  />
                  <TextField
                    label={t('managerSettings.badges.description')}
                    {...badges.bind(b, 'description')}
                    maxLength={300}
                    error={err(`badges.${index}.description`)}
                  />
                  <SelectField
                    label={t('managerSettings.badges.kind')}
                    value={b.kind}
                    onValue={(v) => badges.update(b.key, { kind: v as BadgeKind })}
                    options={kindOptions}
                  />
                  {value ? (
                    <TextField
                      label={t(value.words)}
                      type="number"
                      min={1}
                      {...badges.bind(b, 'value')}
                      error={err(`badges.${index}.rule.${value.field}`)}
                    />
                  ) : null}
                </div>
                <div class="actions">
                  <Button variant="ghost" onClick={() => badges.remove(b.key)}>
                    {tx('managerSettings.badges.remove', { hidden, name: b.name || String(index + 1) })}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
