import { useId, useRef, useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { Async, Button, Card, Empty, ErrorNotice, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { useAction, useRequest } from '../../../use-request.ts';
import { type NewKey, programApi } from './integrations-api.ts';
import { activeFirst, nextToFocus } from './key-list.ts';
import { KeyRow } from './key-row.tsx';
import { ShownOnce } from './shown-once.tsx';

/** The program's API keys: create one (its secret shown once), and revoke. */
export function ApiKeys({
  programId,
  newKey,
  onNewKey,
}: {
  programId: string;
  newKey: NewKey | undefined;
  onNewKey: (key: NewKey | undefined) => void;
}) {
  const keys = useRequest(() => ok(programApi['api-keys'].$get({ param: { programId } })), [programId]);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('Shop server');
  const form = useRef<HTMLFormElement>(null);
  const secret = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const createId = useId();
  // Where the focus goes once the element that had it is gone: the form's field, the new key,
  // the create button, or after a revoke the next active key's Revoke button (else the list's heading).
  const focusLater = useFocusLater();
  const toForm = () => focusLater(() => form.current?.querySelector('input'));
  const toCreate = () => focusLater(() => document.getElementById(createId));
  const create = useAction(async () => {
    const created = await ok(
      programApi['api-keys'].$post({
        param: { programId },
        json: { name: name.trim() || 'Shop server' },
      }),
    );
    onNewKey(created);
    setCreating(false);
    setName('Shop server');
    focusLater(() => secret.current?.querySelector('input'));
    const { key: _secret, ...listed } = created;
    if (keys.data === undefined) keys.reload();
    else
      keys.setData((current) =>
        current.items.some((k) => k.id === listed.id)
          ? current
          : { ...current, items: [listed, ...current.items] },
      );
    toast('API key created');
  });
  const nameError = fieldErrors(create.error).name;

  return (
    <Card
      title="API keys"
      actions={
        creating ? null : (
          <Button
            id={createId}
            variant="primary"
            onClick={() => {
              create.clearError();
              setCreating(true);
              toForm();
            }}
          >
            Create API key
          </Button>
        )
      }
    >
      <p class="muted">
        Your shop's server sends orders and refunds with a key in the Authorization header. Make one key per
        system, so you can revoke one without stopping the others.
      </p>
      {creating ? (
        <SubmitForm formRef={form} class="stack create-form" onSubmit={() => void create.run()}>
          <TextField
            label="Name"
            hint="Where the key is used, such as “Shop server”."
            required
            maxLength={80}
            value={name}
            error={nameError}
            onValue={setName}
          />
          {create.error && !nameError ? <ErrorNotice error={create.error} /> : null}
          <div class="actions">
            <Button type="submit" variant="primary" busy={create.busy}>
              Create key
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setCreating(false);
                toCreate();
              }}
              disabled={create.busy}
            >
              Cancel
            </Button>
          </div>
        </SubmitForm>
      ) : null}
      {newKey ? (
        <ShownOnce
          fieldRef={secret}
          label="New API key"
          copyLabel="Copy key"
          value={newKey.key}
          title={`Your new key “${newKey.name}”`}
          onDone={() => {
            onNewKey(undefined);
            if (creating) toForm();
            else toCreate();
          }}
        >
          Copy it now and store it in your shop server's secrets. You will not see it again: Embassy keeps
          only a hash of it.
        </ShownOnce>
      ) : null}
      <Async request={keys} label="Loading the keys…">
        {({ items }) => {
          if (items.length === 0)
            return (
              <Empty title="No API keys yet">
                Create one for your shop's server to start sending orders.
              </Empty>
            );
          const sorted = activeFirst(items);
          const active = sorted.filter((key) => !key.revokedAt);
          return (
            <>
              <h3 ref={heading} tabIndex={-1} class="keys-heading">
                Your keys ({active.length} active)
              </h3>
              <ul ref={list} class="list keys">
                {sorted.map((key) => (
                  <KeyRow
                    key={key.id}
                    programId={programId}
                    apiKey={key}
                    onRevoked={(revokedAt) => {
                      // A revoked key shown once is of no use: take it off the screen.
                      if (newKey?.id === key.id) onNewKey(undefined);
                      keys.setData((current) => ({
                        ...current,
                        items: current.items.map((k) => (k.id === key.id ? { ...k, revokedAt } : k)),
                      }));
                      const next = nextToFocus(active, key.id);
                      focusLater(
                        () =>
                          (next &&
                            list.current?.querySelector<HTMLElement>(
                              `[data-revoke="${CSS.escape(next)}"]`,
                            )) ||
                          heading.current,
                      );
                    }}
                  />
                ))}
              </ul>
            </>
          );
        }}
      </Async>
    </Card>
  );
}
