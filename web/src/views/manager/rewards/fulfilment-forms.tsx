import { useState } from 'preact/hooks';
import { type ApiError, fieldErrors } from '../../../api/client.ts';
import type { Redemption } from '../../../api/rewards.ts';
import { t } from '../../../i18n/i18n.ts';
import { withHttps } from '../../../ui/https-link.ts';
import { Button, TextArea, TextField } from '../../../ui/kit.tsx';
import type { Action } from './fulfilment-api.ts';

type Keys = { onSend: () => void; onCancel: () => void };

/** What the tracking link field shows before anything is typed: a link's start. */
const LINK_START = 'https://…';

/** Enter sends and Escape cancels in a one-line answer, as in the review queue's feedback. */
const keysOf =
  ({ onSend, onCancel }: Keys) =>
  (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      onSend();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

/** Why a request is rejected: required, and the ambassador reads it with their points back. */
export function RejectForm({
  item,
  busy,
  send,
  onCancel,
}: {
  item: Redemption;
  busy: boolean;
  send: (input: { reason: string }) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const onSend = () => {
    setMissing(!reason.trim());
    if (reason.trim()) send({ reason: reason.trim() });
  };
  return (
    <form
      class="stack m-reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      <TextArea
        label={t('rewardsAdmin.reject.reason')}
        hint={t('rewardsAdmin.reject.reason.hint', { name: item.displayName, points: item.costPoints })}
        error={missing ? t('rewardsAdmin.reject.missing') : undefined}
        value={reason}
        onValue={setReason}
        maxLength={500}
        rows={2}
        onKeyDown={keysOf({ onSend, onCancel })}
      />
      <div class="actions">
        <Button type="submit" variant="danger" busy={busy}>
          {t('rewardsAdmin.reject.submit')}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          {t('rewardsAdmin.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Marks an approved redemption sent: a tracking link for a parcel, and a note, both optional. */
export function FulfilForm({
  item,
  busy,
  error,
  send,
  onCancel,
}: {
  item: Redemption;
  busy: boolean;
  error: ApiError | undefined;
  send: (input: { trackingUrl?: string; note?: string }) => void;
  onCancel: () => void;
}) {
  const [trackingUrl, setTrackingUrl] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(error);
  const onSend = () =>
    send({
      ...(trackingUrl.trim() ? { trackingUrl: withHttps(trackingUrl) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  const keys = keysOf({ onSend, onCancel });
  return (
    <form
      class="stack m-reject-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      {item.kind === 'product' ? (
        <TextField
          label={t('rewardsAdmin.fulfil.tracking')}
          type="url"
          inputMode="url"
          placeholder={LINK_START}
          hint={t('rewardsAdmin.fulfil.tracking.hint')}
          error={errors.trackingUrl}
          value={trackingUrl}
          onValue={setTrackingUrl}
          onKeyDown={keys}
        />
      ) : null}
      <TextField
        label={t('rewardsAdmin.fulfil.note')}
        hint={t('rewardsAdmin.fulfil.note.hint')}
        error={errors.note}
        maxLength={500}
        value={note}
        onValue={setNote}
        onKeyDown={keys}
      />
      <div class="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('rewardsAdmin.fulfil.submit')}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          {t('rewardsAdmin.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** How the toast puts an action that went through. */
export function doneMessage(action: Action, item: Redemption, after: Redemption): string {
  const what = { name: item.displayName, reward: item.rewardTitle };
  if (action === 'reject') return t('rewardsAdmin.done.reject', what);
  if (action === 'fulfil') return t('rewardsAdmin.done.fulfil', what);
  return t(
    after.status === 'fulfilled' ? 'rewardsAdmin.done.approveCode' : 'rewardsAdmin.done.approve',
    what,
  );
}
