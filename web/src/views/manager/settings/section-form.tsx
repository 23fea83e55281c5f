import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { AttributionCard } from './attribution-card.tsx';
import { BadgesCard } from './badges-card.tsx';
import { CommissionCard } from './commission-card.tsx';
import { ContentTermsCard } from './content-terms-card.tsx';
import { ProgramCard } from './program-card.tsx';
import { QuestionsCard } from './questions-card.tsx';
import type { SettingsSectionId } from './sections.ts';
import { programApi } from './settings-api.ts';
import { buildPatch, type SectionProps, type SettingsDraft, toDraft } from './settings-draft.ts';
import { TermsCard } from './terms-card.tsx';
import { TiersCard } from './tiers-card.tsx';

/** The sections that edit the program itself: each is a form of its own, with its own save. */
export type FormSectionId = Exclude<SettingsSectionId, 'team' | 'audit'>;

/**
 * One section of the program's settings, saved on its own. Its draft starts from the program as
 * loaded, so a save sends only what was changed here (PATCH leaves the rest as it is).
 */
export function SectionForm({ ctx, section }: { ctx: ProgramContext; section: FormSectionId }) {
  const { programId, program } = ctx;
  const form = useDraft(() => toDraft(program));
  // The draft a save found nothing new in: the notice lasts until the next edit, which makes a new draft.
  const [unchangedDraft, setUnchangedDraft] = useState<SettingsDraft>();
  const save = useAction(async () => {
    const patch = buildPatch(form.draft, program);
    if (Object.keys(patch).length === 0) {
      setUnchangedDraft(form.draft);
      return;
    }
    const saved = await ok(programApi.$patch({ param: { programId }, json: patch }));
    form.reset(toDraft(saved));
    ctx.reloadProgram();
    toast(t('managerSettings.saved'));
  });
  const errors = fieldErrors(save.error);
  const props: SectionProps = { form, err: (path: string) => errorAt(errors, path) };

  return (
    <SubmitForm class="stack" noValidate onSubmit={() => void save.run()}>
      {section === 'program' ? (
        <ProgramCard {...props} program={program} />
      ) : section === 'questions' ? (
        <QuestionsCard {...props} />
      ) : section === 'tiers' ? (
        <TiersCard {...props} />
      ) : section === 'badges' ? (
        <BadgesCard {...props} />
      ) : section === 'commission' ? (
        <CommissionCard {...props} currency={program.currency} />
      ) : section === 'attribution' ? (
        <AttributionCard {...props} />
      ) : section === 'terms' ? (
        <TermsCard {...props} />
      ) : (
        <ContentTermsCard {...props} />
      )}
      <div class="m-save-bar" aria-live="polite">
        {save.error ? <ErrorNotice error={save.error} /> : null}
        {unchangedDraft === form.draft ? <p class="muted">{t('managerSettings.nothingChanged')}</p> : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy}>
            {t('managerSettings.save')}
          </Button>
          <Button
            variant="ghost"
            disabled={save.busy}
            onClick={() => {
              save.clearError();
              form.reset(toDraft(program));
            }}
          >
            {t('managerSettings.undo')}
          </Button>
        </div>
      </div>
    </SubmitForm>
  );
}
