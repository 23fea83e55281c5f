import type { InferResponseType } from 'hono/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { TYPE_GROUP, TYPE_GROUPS, typeLabel } from '../../notifications/type-labels.ts';
import { Async, Card, ErrorNotice, SelectField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { asApiError, useRequest } from '../../use-request.ts';

type Preferences = InferResponseType<(typeof api.accounts.api.me)['notification-preferences']['$get'], 200>;
type Preference = Preferences['preferences'][number];
type Channel = Preference['channel'];

const CHANNELS: readonly { value: Channel; words: MessageKey }[] = [
  { value: 'email', words: 'account.notifications.email' },
  { value: 'in_app', words: 'account.notifications.inApp' },
  { value: 'off', words: 'account.notifications.off' },
];

const channelOptions = () => CHANNELS.map((c) => ({ value: c.value, label: t(c.words) }));
const channelLabel = (channel: Channel) => {
  const words = CHANNELS.find((c) => c.value === channel)?.words;
  return words ? t(words) : channel;
};

/**
 * The account page's "Notifications" section (`/account#notifications`): every type with its
 * channel, each change saved at once. Transactional types (the decision on an application) show
 * their channel but cannot be changed.
 */
export function NotificationPreferences() {
  const preferences = useRequest(() => ok(api.accounts.api.me['notification-preferences'].$get()), []);
  const { setData } = preferences;
  const [error, setError] = useState<ApiError>();
  // Each change is saved at once and on its own (changes to two types do not wait for each
  // other); only the changed type's row is taken from the answer, so answers arriving out of
  // order cannot undo each other. A refused change reads the list again, to show what holds.
  const save = async (type: Preference['type'], channel: Channel) => {
    setError(undefined);
    try {
      const saved = await ok(
        api.accounts.api.me['notification-preferences'].$put({ json: { preferences: { [type]: channel } } }),
      );
      const row = saved.preferences.find((p) => p.type === type);
      if (row)
        setData((current) => ({ preferences: current.preferences.map((p) => (p.type === type ? row : p)) }));
      toast(t('account.notifications.saved', { type: typeLabel(type), channel }));
    } catch (caught) {
      setError(asApiError(caught));
      preferences.reload();
    }
  };
  // Arriving from an unsubscribe confirmation (`#notifications`): bring the section into view.
  const section = useRef<HTMLDivElement>(null);
  const loaded = preferences.data !== undefined;
  useEffect(() => {
    if (loaded && location.hash === '#notifications') section.current?.scrollIntoView();
  }, [loaded]);

  return (
    <div id="notifications" ref={section} class="notification-preferences">
      <Card title={t('account.notifications.title')}>
        <p>{t('account.notifications.intro')}</p>
        {error ? <ErrorNotice error={error} /> : null}
        <Async request={preferences} label={t('account.notifications.loading')}>
          {(data) =>
            TYPE_GROUPS.map((group) => {
              const rows = data.preferences.filter((p) => TYPE_GROUP[p.type] === group.id);
              return rows.length === 0 ? null : (
                <fieldset key={group.id} class="preference-group">
                  <legend>{t(group.words)}</legend>
                  <ul class="preference-list">
                    {rows.map((p) => (
                      <li key={p.type}>
                        <PreferenceRow preference={p} onChange={save} />
                      </li>
                    ))}
                  </ul>
                </fieldset>
              );
            })
          }
        </Async>
      </Card>
    </div>
  );
}

function PreferenceRow({
  preference: p,
  onChange,
}: {
  preference: Preference;
  onChange: (type: Preference['type'], channel: Channel) => Promise<unknown>;
}) {
  if (p.transactional)
    return (
      <div class="field">
        <p class="preference-fixed">
          <strong>{typeLabel(p.type)}</strong>
          <span>{channelLabel(p.channel)}</span>
        </p>
        <p class="hint">{t('account.notifications.always')}</p>
      </div>
    );
  return (
    <SelectField
      label={typeLabel(p.type)}
      value={p.channel}
      options={channelOptions()}
      onValue={(channel) => void onChange(p.type, channel as Channel)}
    />
  );
}
