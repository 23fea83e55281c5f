import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Button, Card, ErrorNotice, formatDate, Notice, SelectField, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { type Invitation, programApi } from './settings-api.ts';

/** Invitations to the team: the owner's to send, with its own form beside the settings'. */
export function TeamCard({ ctx, onInvited }: { ctx: ProgramContext; onInvited?: () => void }) {
  const { programId } = ctx;
  const isOwner = ctx.membership.role === 'owner';
  const { draft, set, bind } = useDraft<Invitation>(() => ({ email: '', role: 'manager' }));
  const [sent, setSent] = useState<{ email: string; role: string; date: string } | undefined>();
  const invite = useAction(async () => {
    const invitation = await ok(
      programApi.invitations.$post({ param: { programId }, json: { ...draft, email: draft.email.trim() } }),
    );
    setSent({
      email: invitation.email,
      role: invitation.role,
      date: formatDate(new Date(invitation.expiresAt * 1000).toISOString()),
    });
    set('email', '');
    toast(t('managerSettings.team.sent'));
    onInvited?.();
  });
  const errors = fieldErrors(invite.error);
  return (
    <Card title={t('managerSettings.section.team')}>
      {isOwner ? (
        <SubmitForm
          class="stack"
          noValidate
          onSubmit={() => {
            setSent(undefined);
            void invite.run();
          }}
        >
          <p class="muted">{t('managerSettings.team.intro')}</p>
          <div class="grid-2">
            <TextField
              label={t('managerSettings.team.email')}
              type="email"
              autocomplete="off"
              {...bind('email')}
              error={errors.email}
            />
            <SelectField
              label={t('managerSettings.team.role')}
              value={draft.role}
              onValue={(v) => set('role', v as Invitation['role'])}
              options={[
                { value: 'manager', label: t('managerSettings.team.role.manager') },
                { value: 'brand', label: t('managerSettings.team.role.brand') },
              ]}
            />
          </div>
          {invite.error ? <ErrorNotice error={invite.error} /> : null}
          <div aria-live="polite">
            {sent ? <Notice kind="success">{t('managerSettings.team.invited', sent)}</Notice> : null}
          </div>
          <div class="actions">
            <Button type="submit" variant="primary" busy={invite.busy} disabled={!draft.email.trim()}>
              {t('managerSettings.team.send')}
            </Button>
          </div>
        </SubmitForm>
      ) : (
        <p class="muted">{t('managerSettings.team.notOwner')}</p>
      )}
    </Card>
  );
}
