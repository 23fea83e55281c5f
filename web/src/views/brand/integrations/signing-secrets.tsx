import { useId, useRef, useState } from 'preact/hooks';
import { ApiError, ok } from '../../../api/client.ts';
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
    toast('Signing secret created');
  });
  const revoke = useAction(async () => {
    const id = secretId.trim();
    if (!id) throw new ApiError(0, 'client', 'Enter the id of the secret to revoke.');
    await ok(
      programApi['signing-secrets'][':secretId'].$delete({
        param: { programId, secretId: id },
      }),
    );
    if (created?.id === id) setCreated(undefined);
    setSecretId('');
    // The button is disabled again with the field empty: back to the field.
    focusLater(() => revokeForm.current?.querySelector('input'));
    toast('Signing secret revoked');
  });
  return (
    <Card
      title="Signing secrets"
      actions={
        <Button id={createId} busy={create.busy} onClick={() => void create.run()}>
          Create signing secret
        </Button>
      }
    >
      <p class="muted">
        Instead of a key, your server may sign each request: an <code>Embassy-Signature</code> header of the
        form <code>t=&#123;unix seconds&#125;,v1=&#123;hex HMAC-SHA256 of "t.raw body"&#125;</code>, at most
        300 seconds old. A signed refund also names its order in the body (<code>orderId</code>). Two secrets
        can be active at once, so you can rotate them.
      </p>
      {create.error ? <ErrorNotice error={create.error} /> : null}
      {created ? (
        <ShownOnce
          fieldRef={shown}
          label="New signing secret"
          copyLabel="Copy secret"
          value={created.secret}
          title={`Your new signing secret (id ${created.id})`}
          onDone={() => {
            setCreated(undefined);
            focusLater(() => document.getElementById(createId));
          }}
        >
          Copy it now and keep its id to revoke it later. You will not see the secret again.
        </ShownOnce>
      ) : null}
      <SubmitForm formRef={revokeForm} class="revoke-secret" onSubmit={() => void revoke.run()}>
        <TextField
          label="Secret id to revoke"
          hint="The id shown when the secret was created."
          value={secretId}
          onValue={setSecretId}
          maxLength={64}
        />
        <Button type="submit" variant="danger" busy={revoke.busy} disabled={!secretId.trim()}>
          Revoke secret
        </Button>
      </SubmitForm>
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
    </Card>
  );
}
