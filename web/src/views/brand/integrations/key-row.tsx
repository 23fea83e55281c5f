import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
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
    toast(`Key “${apiKey.name}” revoked`);
  });
  return (
    <li class="key-row">
      <div class="row" ref={row}>
        <div>
          <strong id={`${rowId}-name`}>{apiKey.name}</strong>{' '}
          {apiKey.revokedAt ? (
            <span class="pill void">Revoked</span>
          ) : (
            <span class="pill active">Active</span>
          )}
          <p class="muted small">
            Created {formatDate(apiKey.createdAt, { withTime: true })}
            {apiKey.revokedAt ? `, revoked ${formatDate(apiKey.revokedAt, { withTime: true })}` : ''} · id{' '}
            <code>{apiKey.id}</code>
          </p>
        </div>
        {apiKey.revokedAt || confirming ? null : (
          <Button
            variant="secondary"
            data-revoke={apiKey.id}
            aria-describedby={`${rowId}-name`}
            onClick={() => setConfirming(true)}
          >
            Revoke
          </Button>
        )}
      </div>
      {confirming ? (
        <div class="confirm">
          <p tabIndex={-1} ref={question} id={`${rowId}-question`}>
            Revoke “{apiKey.name}”? Requests with this key are refused at once. This cannot be undone.
          </p>
          {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
          <div class="actions">
            <Button
              variant="danger"
              busy={revoke.busy}
              aria-describedby={`${rowId}-question`}
              onClick={() => void revoke.run()}
            >
              Yes, revoke
            </Button>
            <Button
              variant="ghost"
              disabled={revoke.busy}
              aria-describedby={`${rowId}-name`}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
