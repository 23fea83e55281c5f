import type { InferResponseType } from 'hono/client';
import { useEffect, useRef } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { typeLabel } from '../../notifications/type-labels.ts';
import { Async, Card, ErrorNotice, SelectField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction, useRequest } from '../../use-request.ts';

type Preferences = InferResponseType<(typeof api.accounts.api.me)['notification-preferences']['$get'], 200>;
type Preference = Preferences['preferences'][number];
type Channel = Preference['channel'];

const CHANNELS: readonly { value: Channel; label: string }[] = [
  { value: 'email', label: 'In the app and by email' },
  { value: 'in_app', label: 'In the app only' },
  { value: 'off', label: 'Off' },
];

const channelLabel = (channel: Channel) => CHANNELS.find((c) => c.value === channel)?.label ?? channel;

/**
 * The account page's "Notifications" section (`/account#notifications`): every type with its
 * channel, each change saved at once. Transactional types (the decision on an application) show
 * their channel but cannot be changed.
 */
export function NotificationPreferences() {
  const preferences = useRequest(() => ok(api.accounts.api.me['notification-preferences'].$get()), []);
  const { setData } = preferences;
  const save = useAction(async (type: Preference['type'], channel: Channel) => {
    setData(
      await ok(
        api.accounts.api.me['notification-preferences'].$put({ json: { preferences: { [type]: channel } } }),
      ),
    );
    toast(`${typeLabel(type)}: ${channelLabel(channel).toLowerCase()}.`);
  });
  // Arriving from an unsubscribe confirmation (`#notifications`): bring the section into view.
  const section = useRef<HTMLDivElement>(null);
  const loaded = preferences.data !== undefined;
  useEffect(() => {
    if (loaded && location.hash === '#notifications') section.current?.scrollIntoView();
  }, [loaded]);

  return (
    <div id="notifications" ref={section} class="notification-preferences">
      <Card title="Notifications">
        <p>
          Choose how each kind of notification reaches you. Everything shows in the notifications of your
          programs; “by email” also sends it to your address.
        </p>
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <Async request={preferences} label="Loading your notification preferences…">
          {(data) => (
            <ul class="preference-list">
              {data.preferences.map((p) => (
                <li key={p.type}>
                  {p.transactional ? (
                    <div class="field">
                      <p class="preference-fixed">
                        <strong>{typeLabel(p.type)}</strong>
                        <span>{channelLabel(p.channel)}</span>
                      </p>
                      <p class="hint">
                        Always emailed: it answers something you did, so it cannot be turned off.
                      </p>
                    </div>
                  ) : (
                    <SelectField
                      label={typeLabel(p.type)}
                      value={p.channel}
                      options={CHANNELS}
                      disabled={save.busy}
                      onValue={(channel) => void save.run(p.type, channel as Channel)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </Async>
      </Card>
    </div>
  );
}
