import { t } from '../../../i18n/i18n.ts';
import { Card, SelectField, TextField } from '../../../ui/kit.tsx';
import type { SectionProps, SettingsDraft } from './settings-draft.ts';

/** Which click an order counts for, and the points a sale and a recruit earn. */
export function AttributionCard({ form: { draft, set, bind }, err }: SectionProps) {
  return (
    <Card title={t('managerSettings.section.attribution')}>
      <div class="grid-2">
        <TextField
          label={t('managerSettings.attribution.window')}
          type="number"
          min={1}
          max={90}
          hint={t('managerSettings.attribution.window.hint')}
          {...bind('attributionWindowDays')}
          error={err('attributionWindowDays')}
        />
        <SelectField
          label={t('managerSettings.attribution.model')}
          value={draft.attributionModel}
          onValue={(v) => set('attributionModel', v as SettingsDraft['attributionModel'])}
          options={[
            { value: 'last_click', label: t('managerSettings.attribution.model.last') },
            { value: 'first_click', label: t('managerSettings.attribution.model.first') },
          ]}
        />
        <TextField
          label={t('managerSettings.attribution.pointsPerSale')}
          type="number"
          min={0}
          {...bind('pointsPerSale')}
          error={err('pointsPerSale')}
        />
        <TextField
          label={t('managerSettings.attribution.pointsPerRecruit')}
          type="number"
          min={0}
          hint={t('managerSettings.attribution.pointsPerRecruit.hint')}
          {...bind('pointsPerRecruit')}
          error={err('pointsPerRecruit')}
        />
        <TextField
          label={t('managerSettings.attribution.leakAlert')}
          type="number"
          min={0}
          max={500}
          hint={t('managerSettings.attribution.leakAlert.hint')}
          {...bind('leakAlertPerDay')}
          error={err('leakAlert.codeOnlyOrdersPerDay')}
        />
      </div>
    </Card>
  );
}
