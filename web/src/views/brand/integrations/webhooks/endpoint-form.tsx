import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../../api/client.ts';
import { CheckBox } from '../../../../ui/check-box.tsx';
import { withHttps } from '../../../../ui/https-link.ts';
import { Button, ErrorNotice, TextField } from '../../../../ui/kit.tsx';
import { SubmitForm } from '../../../../ui/submit-form.tsx';
import { useAction } from '../../../../use-request.ts';
import { EVENT_LABELS, EVENT_TYPES, type EventType, type NewEndpoint, webhooksApi } from './webhooks-api.ts';

/** A new endpoint: its https URL, what it is for, and the events it wants. */
export function EndpointForm({
  programId,
  onCreated,
  onCancel,
}: {
  programId: string;
  onCreated: (endpoint: NewEndpoint) => void;
  onCancel: () => void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>(['submission.approved', 'conversion.created']);
  const create = useAction(async () => {
    const made = await ok(
      webhooksApi.$post({
        param: { programId },
        json: {
          url: withHttps(url),
          eventTypes: EVENT_TYPES.filter((type) => events.includes(type)),
          ...(description.trim() ? { description: description.trim() } : {}),
        },
      }),
    );
    onCreated(made);
  });
  const issues = fieldErrors(create.error);
  const toggle = (type: EventType, on: boolean) =>
    setEvents((current) => (on ? [...current, type] : current.filter((t) => t !== type)));
  return (
    <SubmitForm class="stack narrow-form" noValidate onSubmit={() => void create.run()}>
      <TextField
        label="Endpoint URL"
        placeholder="https://hooks.example.com/embassy"
        hint="https only, on a public address. Embassy checks it now and before every delivery."
        type="url"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={url}
        onValue={setUrl}
        error={issues.url}
        required
      />
      <TextField
        label="What it is for (optional)"
        placeholder="The CRM"
        value={description}
        onValue={setDescription}
        maxLength={200}
        error={issues.description}
      />
      <fieldset class="checks">
        <legend>Events to send</legend>
        {EVENT_TYPES.map((type) => (
          <CheckBox key={type} checked={events.includes(type)} onChecked={(on) => toggle(type, on)}>
            {EVENT_LABELS[type]} <code class="small">{type}</code>
          </CheckBox>
        ))}
        {issues.eventTypes ? (
          <p class="field-error" role="alert">
            {issues.eventTypes}
          </p>
        ) : null}
      </fieldset>
      {create.error && Object.keys(issues).length === 0 ? <ErrorNotice error={create.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={create.busy} disabled={events.length === 0}>
          Add endpoint
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </SubmitForm>
  );
}
