import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
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
  const [sent, setSent] = useState<string | undefined>();
  const invite = useAction(async () => {
    const invitation = await ok(
      programApi.invitations.$post({ param: { programId }, json: { ...draft, email: draft.email.trim() } }),
    );
    setSent(
      `Invited ${invitation.email} as ${invitation.role}. They accept after signing in with that email, until ${formatDate(new Date(invitation.expiresAt * 1000).toISOString())}.`,
    );
    set('email', '');
    toast('Invitation sent');
    onInvited?.();
  });
  const errors = fieldErrors(invite.error);
  return (
    <Card title="Team">
      {isOwner ? (
        <SubmitForm
          class="stack"
          noValidate
          onSubmit={() => {
            setSent(undefined);
            void invite.run();
          }}
        >
          <p class="muted">
            Invite a manager (runs the program with you) or a brand user (sees sales and reports).
          </p>
          <div class="grid-2">
            <TextField
              label="Email"
              type="email"
              autocomplete="off"
              {...bind('email')}
              error={errors.email}
            />
            <SelectField
              label="Role"
              value={draft.role}
              onValue={(v) => set('role', v as Invitation['role'])}
              options={[
                { value: 'manager', label: 'Manager' },
                { value: 'brand', label: 'Brand' },
              ]}
            />
          </div>
          {invite.error ? <ErrorNotice error={invite.error} /> : null}
          <div aria-live="polite">{sent ? <Notice kind="success">{sent}</Notice> : null}</div>
          <div class="actions">
            <Button type="submit" variant="primary" busy={invite.busy} disabled={!draft.email.trim()}>
              Send invitation
            </Button>
          </div>
        </SubmitForm>
      ) : (
        <p class="muted">
          Only the program's owner invites managers and brand users. Ask them to add someone.
        </p>
      )}
    </Card>
  );
}
