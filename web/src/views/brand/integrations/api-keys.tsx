import { useId, useRef, useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
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
  const [name, setName] = useState(() => t('brandIntegrations.keys.defaultName'));
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
        json: { name: name.trim() || t('brandIntegrations.keys.defaultName') },
      }),
    );
    onNewKey(created);
    setCreating(false);
    setName(t('brandIntegrations.keys.defaultName'));
    focusLater(() => secret.current?.querySelector('input'));
    const { key: _secret, ...listed } = created;
    if (keys.data === undefined) keys.reload();
    else
      keys.setData((current) =>
        current.items.some((k) => k.id === listed.id)
          ? current
          : { ...current, items: [listed, ...current.items] },
      );
    toast(t('brandIntegrations.keys.created'));
  });
  const nameError = fieldErrors(create.error).name;

  return (
    <Card
      title={t('brandIntegrations.keys.title')}
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
            {t('brandIntegrations.keys.create')}
          </Button>
        )
      }
    >
      <p class="muted">{t('brandIntegrations.keys.intro')}</p>
      {creating ? (
        <SubmitForm formRef={form} class="stack create-form" onSubmit={() => void create.run()}>
          <TextField
            label={t('brandIntegrations.keys.name')}
            hint={t('brandIntegrations.keys.name.hint')}
            required
            maxLength={80}
            value={name}
            error={nameError}
            onValue={setName}
          />
          {create.error && !nameError ? <ErrorNotice error={create.error} /> : null}
          <div class="actions">
            <Button type="submit" variant="primary" busy={create.busy}>
              {t('brandIntegrations.keys.submit')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setCreating(false);
                toCreate();
              }}
              disabled={create.busy}
            >
              {t('brandIntegrations.cancel')}
            </Button>
          </div>
        </SubmitForm>
      ) : null}
      {newKey ? (
        <ShownOnce
          fieldRef={secret}
          label={t('brandIntegrations.keys.new')}
          copyLabel={t('brandIntegrations.keys.copy')}
          value={newKey.key}
          title={t('brandIntegrations.keys.newTitle', { name: newKey.name })}
          onDone={() => {
            onNewKey(undefined);
            if (creating) toForm();
            else toCreate();
          }}
        >
          {t('brandIntegrations.keys.newText')}
        </ShownOnce>
      ) : null}
      <Async request={keys} label={t('brandIntegrations.keys.loading')}>
        {({ items }) => {
          if (items.length === 0)
            return (
              <Empty title={t('brandIntegrations.keys.empty')}>
                {t('brandIntegrations.keys.empty.text')}
              </Empty>
            );
          const sorted = activeFirst(items);
          const active = sorted.filter((key) => !key.revokedAt);
          return (
            <>
              <h3 ref={heading} tabIndex={-1} class="keys-heading">
                {t('brandIntegrations.keys.yours', { count: active.length })}
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
