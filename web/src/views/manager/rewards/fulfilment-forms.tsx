import { useState } from 'preact/hooks';
import { type ApiError, fieldErrors } from '../../../api/client.ts';
import type { Redemption } from '../../../api/rewards.ts';
import { withHttps } from '../../../ui/https-link.ts';
import { Button, TextArea, TextField } from '../../../ui/kit.tsx';
import type { Action } from './fulfilment-api.ts';

type Keys = { onSend: () => void; onCancel: () => void };

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
        label="Reason"
        hint={`${item.displayName} reads it; their ${item.costPoints.toLocaleString()} points come back.`}
        error={missing ? 'Say why, for the ambassador' : undefined}
        value={reason}
        onValue={setReason}
        maxLength={500}
        rows={2}
        onKeyDown={keysOf({ onSend, onCancel })}
      />
      <div class="actions">
        <Button type="submit" variant="danger" busy={busy}>
          Reject
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          Cancel
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
          label="Tracking link"
          type="url"
          inputMode="url"
          placeholder="https://…"
          hint="Optional. The carrier’s https link; the ambassador is sent it."
          error={errors.trackingUrl}
          value={trackingUrl}
          onValue={setTrackingUrl}
          onKeyDown={keys}
        />
      ) : null}
      <TextField
        label="Note"
        hint="Optional. A line for the ambassador, such as how to use the perk."
        error={errors.note}
        maxLength={500}
        value={note}
        onValue={setNote}
        onKeyDown={keys}
      />
      <div class="actions">
        <Button type="submit" variant="primary" busy={busy}>
          Mark fulfilled
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** How the toast puts an action that went through. */
export function doneMessage(action: Action, item: Redemption, after: Redemption): string {
  const what = `${item.displayName}’s “${item.rewardTitle}”`;
  if (action === 'reject') return `Rejected ${what}; the points are back`;
  if (action === 'fulfil') return `Fulfilled ${what}`;
  return after.status === 'fulfilled'
    ? `Approved ${what}; the code is theirs`
    : `Approved ${what}; fulfil it under “Approved”`;
}
