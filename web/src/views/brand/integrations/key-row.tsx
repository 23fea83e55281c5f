import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../ui/format.ts';
import { Button, ErrorNotice } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction } from '../../../use-request.ts';
import { type ApiKey, programApi } from './integrations-api.ts';

/** One API key, with a Revoke that asks first. */
export function KeyRow({
  programId,
  apiKey,
  onRevoked,
}: {
  programId: string;
  apiKey: ApiKey;
  onRevoked: (revokedAt: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const rowId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const row = useRef<HTMLDivElement>(null);
  // The Revoke button gives way to the question: take the focus there so it is read out.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    // "Keep it" removes the question: back to the Revoke button it came from.
    else if (asked.current) row.current?.querySelector<HTMLButtonElement>('[data-revoke]')?.focus();
    asked.current = confirming;
  }, [confirming]);
  const revoke = useAction(async () => {
    await ok(
      programApi['api-keys'][':keyId'].$delete({
        param: { programId, keyId: apiKey.id },
      }),
    );
    asked.current = false;
    setConfirming(false);
    onRevoked(new Date().toISOString());
    toast(t('brandIntegrations.key.revoked', { name: apiKey.name }));
  });
  return (
    <li class="key-row">
      <div class="row" ref={row}>
        <div>
          <strong id={`${rowId}-name`}>{apiKey.name}</strong>{' '}
          {apiKey.revokedAt ? (
            <span class="pill void">{t('brandIntegrations.key.status.revoked')}</span>
          ) : (
            <span class="pill active">{t('brandIntegrations.key.status.active')}</span>
          )}
          <p class="muted small">
            {apiKey.revokedAt
              ? tx('brandIntegrations.key.createdRevokedAt', {
                  created: formatDate(apiKey.createdAt, { withTime: true }),
                  revoked: formatDate(apiKey.revokedAt, { withTime: true }),
                  id: apiKey.id,
                  code: (words) => <code>{words}</code>,
                })
              : tx('brandIntegrations.key.createdAt', {
                  created: formatDate(apiKey.createdAt, { withTime: true }),
                  id: apiKey.id,
                  code: (words) => <code>{words}</code>,
                })}
          </p>
        </div>
        {apiKey.revokedAt || confirming ? null : (
          <Button
            variant="secondary"
            data-revoke={apiKey.id}
            aria-describedby={`${rowId}-name`}
            onClick={() => setConfirming(true)}
          >
            {t('brandIntegrations.key.revoke')}
          </Button>
        )}
      </div>
      {confirming ? (
        <div class="confirm">
          <p tabIndex={-1} ref={question} id={`${rowId}-question`}>
            {t('brandIntegrations.key.question', { name: apiKey.name })}
          </p>
          {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
          <div class="actions">
            <Button
              variant="danger"
              busy={revoke.busy}
              aria-describedby={`${rowId}-question`}
              onClick={() => void revoke.run()}
            >
              {t('brandIntegrations.key.yes')}
            </Button>
            <Button
              variant="ghost"
              disabled={revoke.busy}
              aria-describedby={`${rowId}-name`}
              onClick={() => setConfirming(false)}
            >
              {t('brandIntegrations.key.keep')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
