import { useId, useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
import { t, tx } from '../../../../i18n/i18n.ts';
import { Async, Button, Card } from '../../../../ui/kit.tsx';
import { toast } from '../../../../ui/toast.tsx';
import { useFocusLater } from '../../../../ui/use-focus-later.ts';
import { useRequest } from '../../../../use-request.ts';
import { ShownOnce } from '../shown-once.tsx';
import { EndpointForm } from './endpoint-form.tsx';
import { EndpointRow } from './endpoint-row.tsx';
import { type NewEndpoint, webhooksApi } from './webhooks-api.ts';

/** Outbound webhooks: the program's endpoints, a new one with its secret shown once, and how to verify. */
export function WebhooksCard({ programId }: { programId: string }) {
  const endpoints = useRequest(
    async () => (await ok(webhooksApi.$get({ param: { programId } }))).items,
    [programId],
  );
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<NewEndpoint | undefined>();
  const addId = useId();
  const focusLater = useFocusLater();
  const onCreated = (made: NewEndpoint) => {
    const { secret: _secret, ...endpoint } = made;
    endpoints.setData((current) => [endpoint, ...current]);
    setCreated(made);
    setAdding(false);
    toast(t('brandIntegrations.webhooks.added'));
  };
  return (
    <Card
      title={t('brandIntegrations.webhooks.title')}
      actions={
        adding ? null : (
          <Button id={addId} onClick={() => setAdding(true)}>
            {t('brandIntegrations.webhooks.add')}
          </Button>
        )
      }
    >
      <p class="muted">
        {tx('brandIntegrations.webhooks.intro', {
          link: (words) => (
            <a href="https://www.standardwebhooks.com/" rel="noreferrer" target="_blank">
              {words}
            </a>
          ),
          code: (words) => <code>{words}</code>,
        })}
      </p>
      {adding ? (
        <EndpointForm
          programId={programId}
          onCreated={onCreated}
          onCancel={() => {
            setAdding(false);
            focusLater(() => document.getElementById(addId));
          }}
        />
      ) : null}
      {created ? (
        <ShownOnce
          label={t('brandIntegrations.webhooks.secret')}
          copyLabel={t('brandIntegrations.secrets.copy')}
          value={created.secret}
          title={t('brandIntegrations.webhooks.secretTitle', { url: created.url })}
          onDone={() => setCreated(undefined)}
        >
          {t('brandIntegrations.webhooks.secretText')}
        </ShownOnce>
      ) : null}
      <Async request={endpoints} label={t('brandIntegrations.webhooks.loading')}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('brandIntegrations.webhooks.none')}</p>
          ) : (
            <ul class="endpoints">
              {items.map((endpoint) => (
                <EndpointRow
                  key={endpoint.id}
                  programId={programId}
                  endpoint={endpoint}
                  onChanged={(changed) =>
                    endpoints.setData((current) => current.map((e) => (e.id === changed.id ? changed : e)))
                  }
                  onRemoved={() =>
                    endpoints.setData((current) => current.filter((e) => e.id !== endpoint.id))
                  }
                />
              ))}
            </ul>
          )
        }
      </Async>
    </Card>
  );
}
