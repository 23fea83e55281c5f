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
    <Card title="Program">
      <div class="stack">
        <div class="grid-2">
          <TextField label="Name" {...bind('name')} maxLength={100} error={err('name')} />
          <TextField label="Brand name" {...bind('brandName')} maxLength={100} error={err('brandName')} />
        </div>
        <TextArea
          label="Description"
          hint="Shown on the public application page."
          {...bind('description')}
          maxLength={5000}
          rows={4}
          error={err('description')}
        />
        <TextField
          label="Landing page URL"
          type="url"
          hint="Where referral links lead, such as https://shop.example.com/spring."
          {...bind('landingUrl')}
          error={err('landingUrl')}
        />
        <TextArea
          label="Allowed domains"
          hint="One per line. Besides the landing page's site, referral links may lead to these sites and their subdomains."
          {...bind('allowedDomains')}
          rows={3}
          error={err('allowedDomains')}
        />
        <SelectField
          label="New challenges by email"
          value={draft.challengeAnnouncements}
          onValue={(v) => set('challengeAnnouncements', v as SettingsDraft['challengeAnnouncements'])}
          options={[
            { value: 'each', label: 'An email for each challenge as it opens' },
            { value: 'weekly', label: 'One weekly digest of the new challenges' },
          ]}
        />
        <p class="muted small">
          Address <code>/p/{program.slug}</code> · time zone {program.timeZone} · currency {program.currency}
        </p>
      </div>
    </Card>
  );
}
