import { Button, Card, TextField } from '../../../ui/kit.tsx';
import { useListEditor } from '../../../ui/use-list-editor.ts';
import { idFollows, TIER_ID } from './readable-id.ts';
import type { SectionProps } from './settings-draft.ts';
import { newTier, type TierDraft } from './tier-draft.ts';

const followName = idFollows<TierDraft>('name', TIER_ID);

/** The tiers by lifetime points; the first, from 0, cannot go. */
export function TiersCard({ form: { draft, update }, err }: SectionProps) {
  const tiers = useListEditor<TierDraft>((change) => update('tiers', change), followName);
  return (
    <Card
      title="Tiers"
      actions={
        <Button variant="secondary" disabled={draft.tiers.length >= 10} onClick={() => tiers.add(newTier)}>
          Add tier
        </Button>
      }
    >
      <p class="hint">Ambassadors reach a tier at its lifetime points. The first starts at 0.</p>
      {err('tiers') ? <p class="field-error">{err('tiers')}</p> : null}
      <ol class="m-editor-list">
        {draft.tiers.map((t, index) => (
          <li key={t.key} class="m-inline-row">
            <TextField
              label={`Tier ${index + 1} name`}
              {...tiers.bind(t, 'name')}
              maxLength={40}
              error={err(`tiers.${index}.name`)}
            />
            <TextField
              label="From points"
              type="number"
              min={0}
              {...tiers.bind(t, 'minPoints')}
              disabled={index === 0}
              error={err(`tiers.${index}.minPoints`)}
            />
            {index === 0 ? null : (
              <Button variant="ghost" onClick={() => tiers.remove(t.key)}>
                Remove<span class="visually-hidden"> tier {t.name || index + 1}</span>
              </Button>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
