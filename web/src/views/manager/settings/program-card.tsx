import { t, tx } from '../../../i18n/i18n.ts';
import type { Program } from '../../../program-context.ts';
import { Card, SelectField, TextArea, TextField } from '../../../ui/kit.tsx';
import type { SectionProps, SettingsDraft } from './settings-draft.ts';

/** What the program is called, says and links to. */
export function ProgramCard({
  form: { draft, set, bind },
  err,
  program,
}: SectionProps & { program: Program }) {
  return (
    <Card title={t('managerSettings.section.program')}>
      <div class="stack">
        <div class="grid-2">
          <TextField
            label={t('managerSettings.program.name')}
            {...bind('name')}
            maxLength={100}
            error={err('name')}
          />
          <TextField
            label={t('managerSettings.program.brandName')}
            {...bind('brandName')}
            maxLength={100}
            error={err('brandName')}
          />
        </div>
        <TextArea
          label={t('managerSettings.program.description')}
          hint={t('managerSettings.program.description.hint')}
          {...bind('description')}
          maxLength={5000}
          rows={4}
          error={err('description')}
        />
        <TextField
          label={t('managerSettings.program.landingUrl')}
          type="url"
          hint={t('managerSettings.program.landingUrl.hint')}
          {...bind('landingUrl')}
          error={err('landingUrl')}
        />
        <TextArea
          label={t('managerSettings.program.allowedDomains')}
          hint={t('managerSettings.program.allowedDomains.hint')}
          {...bind('allowedDomains')}
          rows={3}
          error={err('allowedDomains')}
        />
        <SelectField
          label={t('managerSettings.program.announcements')}
          value={draft.challengeAnnouncements}
          onValue={(v) => set('challengeAnnouncements', v as SettingsDraft['challengeAnnouncements'])}
          options={[
            { value: 'each', label: t('managerSettings.program.announcements.each') },
            { value: 'weekly', label: t('managerSettings.program.announcements.weekly') },
          ]}
        />
        <p class="muted small">
          {tx('managerSettings.program.facts', {
            code: (words) => <code>{words}</code>,
            slug: program.slug,
            timeZone: program.timeZone,
            currency: program.currency,
          })}
        </p>
      </div>
    </Card>
  );
}
