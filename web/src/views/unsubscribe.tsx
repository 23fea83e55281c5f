import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type ApiError, api, ok } from '../api/client.ts';
import { currentUser } from '../auth/session.ts';
import { t, tx } from '../i18n/i18n.ts';
import { TYPE_ABOUT, tokenType } from '../notifications/type-labels.ts';
import { Link } from '../router.tsx';
import { Button, ErrorNotice, Notice } from '../ui/kit.tsx';

/** Where a person changes every type's channel: the account page's Notifications section. */
export const PREFERENCES_PATH = '/account#notifications';

/**
 * `/unsubscribe?token=…`, the page an email's "Stop emails like this one" link opens, signed in
 * or not: it says which emails stop, and POSTs the token (the same one-click endpoint a mail
 * client's List-Unsubscribe uses) only when the person presses the button.
 */
export function UnsubscribePage({ token }: { token: string }) {
  const type = tokenType(token);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<'in_app' | 'off'>();
  const about = type ? TYPE_ABOUT[type] : undefined;
  const stop = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await ok(api.accounts.api.unsubscribe.$post({ query: { token } }));
      setDone(answer.channel === 'off' ? 'off' : 'in_app');
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  };
  // The account link's words say whether the person must sign in first.
  const linked = {
    signedIn: currentUser() ? 'yes' : 'no',
    link: (words: ComponentChildren[]) => <Link href={PREFERENCES_PATH}>{words}</Link>,
  };

  return (
    <main class="page narrow" id="main">
      <h1>{t('unsubscribe.title')}</h1>
      {!about ? (
        <Notice kind="error">
          <p>{tx('unsubscribe.incomplete', linked)}</p>
        </Notice>
      ) : done ? (
        <Notice kind="success">
          <p>
            {done === 'in_app'
              ? tx('unsubscribe.stoppedInApp', { ...linked, about })
              : tx('unsubscribe.stopped', { ...linked, about })}
          </p>
        </Notice>
      ) : error && error.status >= 400 && error.status < 500 ? (
        <Notice kind="error">
          <p>{tx('unsubscribe.invalid', linked)}</p>
        </Notice>
      ) : (
        <>
          <p>{tx('unsubscribe.confirm', { about, strong: (words) => <strong>{words}</strong> })}</p>
          {error ? <ErrorNotice error={error} onRetry={stop} /> : null}
          <div class="actions">
            <Button variant="primary" busy={busy} onClick={stop}>
              {t('unsubscribe.title')}
            </Button>
          </div>
        </>
      )}
    </main>
  );
}
