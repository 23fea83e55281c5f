import { Button, Card, SelectField, TextField } from '../../../ui/kit.tsx';
import { useListEditor } from '../../../ui/use-list-editor.ts';
import { BADGE_VALUE, type BadgeDraft, type BadgeKind, newBadge } from './badge-draft.ts';
import { BADGE_ID, idFollows } from './readable-id.ts';
import type { SectionProps } from './settings-draft.ts';

const followName = idFollows<BadgeDraft>('name', BADGE_ID);
const KIND_OPTIONS = Object.entries(BADGE_VALUE).map(([value, { label }]) => ({ value, label }));

/** The badges ambassadors earn, each by one rule. */
export function BadgesCard({ form: { draft, update }, err }: SectionProps) {
  const badges = useListEditor<BadgeDraft>((change) => update('badges', change), followName);
  return (
    <Card
      title="Badges"
      actions={
        <Button variant="secondary" disabled={draft.badges.length >= 20} onClick={() => badges.add(newBadge)}>
          Add badge
        </Button>
      }
    >
      {err('badges') ? <p class="field-error">{err('badges')}</p> : null}
      {draft.badges.length === 0 ? <p class="muted">No badges.</p> : null}
      <ol class="m-editor-list">
        {draft.badges.map((b, index) => {
          const { value } = BADGE_VALUE[b.kind];
          return (
            <li key={b.key}>
              <fieldset>
                <legend>Badge {index + 1}</legend>
                <div class="grid-2">
                  <TextField
                    label="Badge name"
                    {...badges.bind(b, 'name')}
                    maxLength={60}
                    error={err(`badges.${index}.name`)}
                  />
                  <TextField
                    label="What it is for"
                    {...badges.bind(b, 'description')}
                    maxLength={300}
                    error={err(`badges.${index}.description`)}
                  />
                  <SelectField
                    label="Earned by"
                    value={b.kind}
                    onValue={(v) => badges.update(b.key, { kind: v as BadgeKind })}
                    options={KIND_OPTIONS}
                  />
                  {value ? (
                    <TextField
                      label={value.label}
                      type="number"
                      min={1}
                      {...badges.bind(b, 'value')}
                      error={err(`badges.${index}.rule.${value.field}`)}
                    />
                  ) : null}
                </div>
                <div class="actions">
                  <Button variant="ghost" onClick={() => badges.remove(b.key)}>
                    Remove<span class="visually-hidden"> badge {b.name || index + 1}</span>
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
