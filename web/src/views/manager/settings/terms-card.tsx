import { Card, TextField } from '../../../ui/kit.tsx';
import type { SectionProps } from './settings-draft.ts';

/** The terms applicants consent to, by version. */
export function TermsCard({ form: { bind }, err }: SectionProps) {
  return (
    <Card title="Terms">
      <div class="grid-2">
        <TextField
          label="Terms version"
          hint="Raise it when the terms change: applicants consent to this version."
          {...bind('termsVersion')}
          maxLength={40}
          error={err('termsVersion')}
        />
        <TextField
          label="Terms URL"
          type="url"
          hint="Optional"
          {...bind('termsUrl')}
          error={err('termsUrl')}
        />
      </div>
    </Card>
  );
}
