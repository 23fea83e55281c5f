import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../../api/client.ts';
import { t } from '../../../../i18n/i18n.ts';
import { CheckBox } from '../../../../ui/check-box.tsx';
import { withHttps } from '../../../../ui/https-link.ts';
import { Button, ErrorNotice, TextField } from '../../../../ui/kit.tsx';
import { SubmitForm } from '../../../../ui/submit-form.tsx';
import { wordsOf } from '../../../../ui/words.ts';
import { useAction } from '../../../../use-request.ts';
import { EVENT_TYPES, type EventType, type NewEndpoint, webhooksApi } from './webhooks-api.ts';

/** Each event an endpoint can ask for, in the words the form and the endpoint's row show. */
export const EVENT_WORDS: Readonly<Record<EventType, string>> = wordsOf({
  'ambassador.applied': 'brandIntegrations.event.ambassador.applied',
  'ambassador.approved': 'brandIntegrations.event.ambassador.approved',
  'submission.submitted': 'brandIntegrations.event.submission.submitted',
  'submission.approved': 'brandIntegrations.event.submission.approved',
  'conversion.created': 'brandIntegrations.event.conversion.created',
  'conversion.refunded': 'brandIntegrations.event.conversion.refunded',
  'commission.approved': 'brandIntegrations.event.commission.approved',
  'payout.created': 'brandIntegrations.event.payout.created',
  'payout.confirmed': 'brandIntegrations.event.payout.confirmed',
  'reward.redeemed': 'brandIntegrations.event.reward.redeemed',
  'shopify_code.failed': 'brandIntegrations.event.shopify_code.failed',
  'referral_code.rotated': 'brandIntegrations.event.referral_code.rotated',
  'referral_code.leak_suspected': 'brandIntegrations.event.referral_code.leak_suspected',
  'ambassador.left': 'brandIntegrations.event.ambassador.left',
});

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
    setEvents((current) => (on ? [...current, type] : current.filter((other) => other !== type)));
  return (
    <SubmitForm class="stack narrow-form" noValidate onSubmit={() => void create.run()}>
      <TextField
        label={t('brandIntegrations.endpoint.url')}
        placeholder={t('brandIntegrations.endpoint.url.placeholder')}
        hint={t('brandIntegrations.endpoint.url.hint')}
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
        label={t('brandIntegrations.endpoint.description')}
        placeholder={t('brandIntegrations.endpoint.description.placeholder')}
        value={description}
        onValue={setDescription}
        maxLength={200}
        error={issues.description}
      />
      <fieldset class="checks">
        <legend>{t('brandIntegrations.endpoint.events')}</legend>
        {EVENT_TYPES.map((type) => (
          <CheckBox key={type} checked={events.includes(type)} onChecked={(on) => toggle(type, on)}>
            {EVENT_WORDS[type]} <code class="small">{type}</code>
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
          {t('brandIntegrations.webhooks.add')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('brandIntegrations.cancel')}
        </Button>
      </div>
    </SubmitForm>
  );
}
