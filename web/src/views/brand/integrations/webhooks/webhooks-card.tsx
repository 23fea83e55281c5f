import { useId, useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
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
    toast('Endpoint added');
  };
  return (
    <Card
      title="Webhooks"
      actions={
        adding ? null : (
          <Button id={addId} onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        )
      }
    >
      <p class="muted">
        Embassy sends events to your systems (a CRM, an email tool, a warehouse) as they happen, signed the{' '}
        <a href="https://www.standardwebhooks.com/" rel="noreferrer" target="_blank">
          Standard Webhooks
        </a>{' '}
        way: check the <code>webhook-signature</code> header with the endpoint's secret before trusting a
        body. Each event keeps its <code>webhook-id</code> on every retry, so you can drop repeats. A delivery
        that does not get a 2xx is retried for about a day.
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
          label="Signing secret"
          copyLabel="Copy secret"
          value={created.secret}
          title={`The signing secret of ${created.url}`}
          onDone={() => setCreated(undefined)}
        >
          Copy it into your receiver now: you will not see it again. You can rotate it later.
        </ShownOnce>
      ) : null}
      <Async request={endpoints} label="Loading endpoints…">
        {(items) =>
          items.length === 0 ? (
            <p>No endpoints yet.</p>
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
