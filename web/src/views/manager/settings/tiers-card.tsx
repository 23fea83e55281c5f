import type { ComponentChildren } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { Button, Card, TextField } from '../../../ui/kit.tsx';
import { useListEditor } from '../../../ui/use-list-editor.ts';
import { idFollows, TIER_ID } from './readable-id.ts';
import type { SectionProps } from './settings-draft.ts';
import { newTier, type TierDraft } from './tier-draft.ts';

/** Words only a screen reader reads, as the messages wrap them. */
const hidden = (words: ComponentChildren[]) => <span class="visually-hidden">{words}</span>;

const followName = idFollows<TierDraft>('name', TIER_ID);

/** The tiers by lifetime points; the first, from 0, cannot go. */
export function TiersCard({ form: { draft, update }, err }: SectionProps) {
  const tiers = useListEditor<TierDraft>((change) => update('tiers', change), followName);
  return (
    <Card
      title={t('managerSettings.section.tiers')}
      actions={
        <Button variant="secondary" disabled={draft.tiers.length >= 10} onClick={() => tiers.add(newTier)}>
          {t('managerSettings.tiers.add')}
        </Button>
      }
    >
      <p class="hint">{t('managerSettings.tiers.hint')}</p>
      {err('tiers') ? <p class="field-error">{err('tiers')}</p> : null}
      <ol class="m-editor-list">
        {draft.tiers.map((tier, index) => (
          <li key={tier.key} class="m-inline-row">
            <TextField
              label={t('managerSettings.tiers.name', { number: index + 1 })}
              {...tiers.bind(tier, 'name')}
              maxLength={40}
              error={err(`tiers.${index}.name`)}
            />
            <TextField
              label={t('managerSettings.tiers.minPoints')}
              type="number"
              min={0}
              {...tiers.bind(tier, 'minPoints')}
              disabled={index === 0}
              error={err(`tiers.${index}.minPoints`)}
            />
            {index === 0 ? null : (
              <Button variant="ghost" onClick={() => tiers.remove(tier.key)}>
                {tx('managerSettings.tiers.remove', { hidden, name: tier.name || String(index + 1) })}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
