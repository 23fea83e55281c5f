import { Card, SelectField, TextField } from '../../../ui/kit.tsx';
import type { SectionProps, SettingsDraft } from './settings-draft.ts';

/** Which click an order counts for, and the points a sale and a recruit earn. */
export function AttributionCard({ form: { draft, set, bind }, err }: SectionProps) {
  return (
    <Card title="Attribution and points">
      <div class="grid-2">
        <TextField
          label="Attribution window (days)"
          type="number"
          min={1}
          max={90}
          hint="An order counts for a click this many days after it."
          {...bind('attributionWindowDays')}
          error={err('attributionWindowDays')}
        />
        <SelectField
          label="Which click wins"
          value={draft.attributionModel}
          onValue={(v) => set('attributionModel', v as SettingsDraft['attributionModel'])}
          options={[
            { value: 'last_click', label: 'Last click (the one the shop reports)' },
            { value: 'first_click', label: 'First click in the window' },
          ]}
        />
        <TextField
          label="Points per sale"
          type="number"
          min={0}
          {...bind('pointsPerSale')}
          error={err('pointsPerSale')}
        />
        <TextField
          label="Points per recruit"
          type="number"
          min={0}
          hint="Once, when someone who applied through their invite link is approved."
          {...bind('pointsPerRecruit')}
          error={err('pointsPerRecruit')}
        />
        <TextField
          label="Leak alert (code-only orders a day)"
          type="number"
          min={0}
          max={500}
          hint="This many orders from new customers on one code in a day, none through the ambassador's links, tell the team the code may have leaked. 0 turns it off."
          {...bind('leakAlertPerDay')}
          error={err('leakAlert.codeOnlyOrdersPerDay')}
        />
      </div>
    </Card>
  );
}
