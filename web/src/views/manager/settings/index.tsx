import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { AuditCard } from '../team/audit-card.tsx';
import { MembersCard } from '../team/members-card.tsx';
import { AttributionCard } from './attribution-card.tsx';
import { BadgesCard } from './badges-card.tsx';
import { CommissionCard } from './commission-card.tsx';
import { ContentTermsCard } from './content-terms-card.tsx';
import { ProgramCard } from './program-card.tsx';
import { QuestionsCard } from './questions-card.tsx';
import { programApi } from './settings-api.ts';
import { buildPatch, type SettingsDraft, toDraft } from './settings-draft.ts';
import { TeamCard } from './team-card.tsx';
import { TermsCard } from './terms-card.tsx';
import { TiersCard } from './tiers-card.tsx';
import '../manager.css';
import { SubmitForm } from '../../../ui/submit-form.tsx';

/** Program settings in one form; the team (invitations, members) and the audit log. */
export function SettingsView({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const form = useDraft(() => toDraft(program));
  // The draft a save found nothing new in: the notice lasts until the next edit, which makes a new draft.
  const [unchangedDraft, setUnchangedDraft] = useState<SettingsDraft>();
  const [teamVersion, setTeamVersion] = useState(0);

  const save = useAction(async () => {
    const patch = buildPatch(form.draft, program);
    if (Object.keys(patch).length === 0) {
      setUnchangedDraft(form.draft);
      return;
    }
    const saved = await ok(programApi.$patch({ param: { programId }, json: patch }));
    form.reset(toDraft(saved));
    ctx.reloadProgram();
    toast('Settings saved');
  });
  const errors = fieldErrors(save.error);
  const sections = { form, err: (path: string) => errorAt(errors, path) };

  return (
    <div class="stack manager m-settings">
      <h1>Settings</h1>
      <SubmitForm class="stack" noValidate onSubmit={() => void save.run()}>
        <ProgramCard {...sections} program={program} />
        <QuestionsCard {...sections} />
        <TiersCard {...sections} />
        <BadgesCard {...sections} />
        <CommissionCard {...sections} currency={program.currency} />
        <AttributionCard {...sections} />
        <TermsCard {...sections} />
        <ContentTermsCard {...sections} />

        <div class="m-save-bar" aria-live="polite">
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {unchangedDraft === form.draft ? <p class="muted">Nothing changed yet.</p> : null}
          <div class="actions">
            <Button type="submit" variant="primary" busy={save.busy}>
              Save settings
            </Button>
            <Button
              variant="ghost"
              disabled={save.busy}
              onClick={() => {
                save.clearError();
                form.reset(toDraft(program));
              }}
            >
              Undo changes
            </Button>
          </div>
        </div>
      </SubmitForm>
      <TeamCard ctx={ctx} onInvited={() => setTeamVersion((v) => v + 1)} />
      <MembersCard ctx={ctx} version={teamVersion} />
      <AuditCard ctx={ctx} />
    </div>
  );
}
