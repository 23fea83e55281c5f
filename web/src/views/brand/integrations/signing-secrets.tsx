import { useId, useRef, useState } from 'preact/hooks';
import { ApiError, ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { Button, Card, ErrorNotice, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { useAction } from '../../../use-request.ts';
import { type NewSecret, programApi } from './integrations-api.ts';
import { ShownOnce } from './shown-once.tsx';

/** Secrets to sign requests with instead of a key: create (shown once) and revoke by id. */
export function SigningSecrets({ programId }: { programId: string }) {
  const [created, setCreated] = useState<NewSecret | undefined>();
  const [secretId, setSecretId] = useState('');
  const createId = useId();
  const shown = useRef<HTMLDivElement>(null);
  const revokeForm = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  const create = useAction(async () => {
    const secret = await ok(programApi['signing-secrets'].$post({ param: { programId } }));
    setCreated(secret);
    focusLater(() => shown.current?.querySelector('input'));
    toast(t('brandIntegrations.secrets.created'));
  });
  const revoke = useAction(async () => {
    const id = secretId.trim();
    if (!id) throw new ApiError(0, 'client', t('brandIntegrations.secrets.noId'));
    await ok(
      programApi['signing-secrets'][':secretId'].$delete({
        param: { programId, secretId: id },
      }),
    );
    if (created?.id === id) setCreated(undefined);
    setSecretId('');
    // The button is disabled again with the field empty: back to the field.
    focusLater(() => revokeForm.current?.querySelector('input'));
    toast(t('brandIntegrations.secrets.revoked'));
  });
  return (
    <Card
      title={t('brandIntegrations.secrets.title')}
      actions={
        <Button id={createId} busy={create.busy} onClick={() => void create.run()}>
          {t('brandIntegrations.secrets.create')}
        </Button>
      }
    >
      <p class="muted">
        {tx('brandIntegrations.secrets.intro', {
          format: t('brandIntegrations.secrets.format'),
          code: (words) => <code>{words}</code>,
        })}
      </p>
      {create.error ? <ErrorNotice error={create.error} /> : null}
      {created ? (
        <ShownOnce
          fieldRef={shown}
          label={t('brandIntegrations.secrets.new')}
          copyLabel={t('brandIntegrations.secrets.copy')}
          value={created.secret}
          title={t('brandIntegrations.secrets.newTitle', { id: created.id })}
          onDone={() => {
            setCreated(undefined);
            focusLater(() => document.getElementById(createId));
          }}
        >
          {t('brandIntegrations.secrets.newText')}
        </ShownOnce>
      ) : null}
      <SubmitForm formRef={revokeForm} class="revoke-secret" onSubmit={() => void revoke.run()}>
        <TextField
          label={t('brandIntegrations.secrets.revokeId')}
          hint={t('brandIntegrations.secrets.revokeId.hint')}
          value={secretId}
          onValue={setSecretId}
          maxLength={64}
        />
        <Button type="submit" variant="danger" busy={revoke.busy} disabled={!secretId.trim()}>
          {t('brandIntegrations.secrets.revoke')}
        </Button>
      </SubmitForm>
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
    </Card>
  );
}
