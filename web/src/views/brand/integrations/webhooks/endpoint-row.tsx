import { useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
import { formatDate } from '../../../../ui/format.ts';
import { Button, ErrorNotice, Notice } from '../../../../ui/kit.tsx';
import { StatusPill } from '../../../../ui/status-pill.tsx';
import { toast } from '../../../../ui/toast.tsx';
import { useAction } from '../../../../use-request.ts';
import { ShownOnce } from '../shown-once.tsx';
import { DeliveryLog } from './delivery-log.tsx';
import { type Endpoint, EVENT_LABELS, type NewEndpoint, webhooksApi } from './webhooks-api.ts';

/**
 * One endpoint: where it goes, what it gets, whether it is on; its test event, secret rotation,
 * on/off and removal; and its delivery log on demand.
 */
export function EndpointRow({
  programId,
  endpoint,
  onChanged,
  onRemoved,
}: {
  programId: string;
  endpoint: Endpoint;
  onChanged: (endpoint: Endpoint) => void;
  onRemoved: () => void;
}) {
  const [showLog, setShowLog] = useState(false);
  const [rotated, setRotated] = useState<NewEndpoint | undefined>();
  const param = { programId, endpointId: endpoint.id };
  const test = useAction(async () => {
    await ok(webhooksApi[':endpointId'].test.$post({ param }));
    toast('Test event on its way: it shows in the deliveries below');
    setShowLog(true);
  });
  const rotate = useAction(async () => {
    const made = await ok(webhooksApi[':endpointId']['secret-rotations'].$post({ param }));
    setRotated(made);
    const { secret: _secret, ...rest } = made;
    onChanged(rest);
  });
  const toggle = useAction(async () => {
    const enabled = endpoint.status !== 'enabled';
    onChanged(await ok(webhooksApi[':endpointId'].$patch({ param, json: { enabled } })));
    toast(enabled ? 'Endpoint turned on' : 'Endpoint paused');
  });
  const remove = useAction(async () => {
    if (!window.confirm(`Remove the endpoint ${endpoint.url}? Deliveries still waiting end unsent.`)) return;
    await ok(webhooksApi[':endpointId'].$delete({ param }));
    toast('Endpoint removed');
    onRemoved();
  });
  const error = test.error ?? rotate.error ?? toggle.error ?? remove.error;
  const signing = endpoint.secrets.filter((s) => !s.expiresAt || s.expiresAt > new Date().toISOString());
  return (
    <li class="card endpoint">
      <header class="card-header">
        <h3>
          <code class="break">{endpoint.url}</code>
        </h3>
        <StatusPill status={endpoint.status} />
      </header>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      {endpoint.status === 'disabled' ? (
        <Notice kind="warning">
          <p>
            {endpoint.disabledReason === 'failing'
              ? `Turned off on ${formatDate(endpoint.disabledAt, { withTime: true })} after 20 failed deliveries in a row. Fix the receiver, then turn it on again: failed deliveries can be replayed from the log.`
              : 'Paused: nothing is sent to it until it is turned on again.'}
          </p>
        </Notice>
      ) : endpoint.consecutiveFailures > 0 ? (
        <p class="small muted">
          {endpoint.consecutiveFailures} failed attempts in a row; at 20 it is turned off.
        </p>
      ) : null}
      <p class="small">
        Sends: {endpoint.eventTypes.map((type) => EVENT_LABELS[type]).join(', ')}.
        {signing.length > 1 ? ' Signed with two secrets while the previous one still works.' : ''}
      </p>
      {rotated ? (
        <ShownOnce
          label="New signing secret"
          copyLabel="Copy secret"
          value={rotated.secret}
          title="The endpoint's new signing secret"
          onDone={() => setRotated(undefined)}
        >
          Copy it into your receiver now. The previous secret keeps signing beside it for 24 hours, so
          deliveries verify with either while you switch.
        </ShownOnce>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <div class="actions">
        <Button busy={test.busy} disabled={endpoint.status !== 'enabled'} onClick={() => void test.run()}>
          Send a test event
        </Button>
        <Button variant="ghost" aria-expanded={showLog} onClick={() => setShowLog((shown) => !shown)}>
          {showLog ? 'Hide deliveries' : 'Deliveries'}
        </Button>
        <Button variant="ghost" busy={rotate.busy} onClick={() => void rotate.run()}>
          Rotate secret
        </Button>
        <Button variant="ghost" busy={toggle.busy} onClick={() => void toggle.run()}>
          {endpoint.status === 'enabled' ? 'Pause' : 'Turn on'}
        </Button>
        <Button variant="danger" busy={remove.busy} onClick={() => void remove.run()}>
          Remove
        </Button>
      </div>
      {showLog ? <DeliveryLog programId={programId} endpointId={endpoint.id} /> : null}
    </li>
  );
}
