import { t } from '../../../i18n/i18n.ts';
import { Card, TextField } from '../../../ui/kit.tsx';
import type { SectionProps } from './settings-draft.ts';

/** The terms applicants consent to, by version. */
export function TermsCard({ form: { bind }, err }: SectionProps) {
  return (
    <Card title={t('managerSettings.section.terms')}>
      <div class="grid-2">
        <TextField
          label={t('managerSettings.terms.version')}
          hint={t('managerSettings.terms.version.hint')}
          {...bind('termsVersion')}
          maxLength={40}
          error={err('termsVersion')}
        />
        <TextField
          label={t('managerSettings.terms.url')}
          type="url"
          hint={t('managerSettings.optional')}
          {...bind('termsUrl')}
          error={err('termsUrl')}
        />
      </div>
    </Card>
  );
}
