import { useState } from 'preact/hooks';
import { ok } from '../../../../api/client.ts';
import { t } from '../../../../i18n/i18n.ts';
import { formatDate } from '../../../../ui/format.ts';
import { Button, ErrorNotice, Notice } from '../../../../ui/kit.tsx';
import { StatusPill } from '../../../../ui/status-pill.tsx';
import { toast } from '../../../../ui/toast.tsx';
import { useAction } from '../../../../use-request.ts';
import { ShownOnce } from '../shown-once.tsx';
import { DeliveryLog } from './delivery-log.tsx';
import { EVENT_WORDS } from './endpoint-form.tsx';
import { type Endpoint, type NewEndpoint, webhooksApi } from './webhooks-api.ts';

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
    toast(t('brandIntegrations.endpoint.tested'));
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
    toast(enabled ? t('brandIntegrations.endpoint.turnedOn') : t('brandIntegrations.endpoint.paused'));
  });
  const remove = useAction(async () => {
    if (!window.confirm(t('brandIntegrations.endpoint.confirmRemove', { url: endpoint.url }))) return;
    await ok(webhooksApi[':endpointId'].$delete({ param }));
    toast(t('brandIntegrations.endpoint.removed'));
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
              ? t('brandIntegrations.endpoint.failing', {
                  date: formatDate(endpoint.disabledAt, { withTime: true }),
                })
              : t('brandIntegrations.endpoint.pausedText')}
          </p>
        </Notice>
      ) : endpoint.consecutiveFailures > 0 ? (
        <p class="small muted">
          {t('brandIntegrations.endpoint.failures', { count: endpoint.consecutiveFailures })}
        </p>
      ) : null}
      <p class="small">
        {t(
          signing.length > 1
            ? 'brandIntegrations.endpoint.sendsTwoSecrets'
            : 'brandIntegrations.endpoint.sends',
          { events: endpoint.eventTypes.map((type) => EVENT_WORDS[type]).join(', ') },
        )}
      </p>
      {rotated ? (
        <ShownOnce
          label={t('brandIntegrations.secrets.new')}
          copyLabel={t('brandIntegrations.secrets.copy')}
          value={rotated.secret}
          title={t('brandIntegrations.endpoint.newSecretTitle')}
          onDone={() => setRotated(undefined)}
        >
          {t('brandIntegrations.endpoint.newSecretText')}
        </ShownOnce>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <div class="actions">
        <Button busy={test.busy} disabled={endpoint.status !== 'enabled'} onClick={() => void test.run()}>
          {t('brandIntegrations.endpoint.test')}
        </Button>
        <Button variant="ghost" aria-expanded={showLog} onClick={() => setShowLog((shown) => !shown)}>
          {showLog
            ? t('brandIntegrations.endpoint.hideDeliveries')
            : t('brandIntegrations.endpoint.deliveries')}
        </Button>
        <Button variant="ghost" busy={rotate.busy} onClick={() => void rotate.run()}>
          {t('brandIntegrations.endpoint.rotate')}
        </Button>
        <Button variant="ghost" busy={toggle.busy} onClick={() => void toggle.run()}>
          {endpoint.status === 'enabled'
            ? t('brandIntegrations.endpoint.pause')
            : t('brandIntegrations.endpoint.turnOn')}
        </Button>
        <Button variant="danger" busy={remove.busy} onClick={() => void remove.run()}>
          {t('brandIntegrations.endpoint.remove')}
        </Button>
      </div>
      {showLog ? <DeliveryLog programId={programId} endpointId={endpoint.id} /> : null}
    </li>
  );
}
