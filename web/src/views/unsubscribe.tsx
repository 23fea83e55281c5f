import { useState } from 'preact/hooks';
import { type ApiError, api, ok } from '../api/client.ts';
import { currentUser } from '../auth/session.ts';
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
  const account = (
    <Link href={PREFERENCES_PATH}>{currentUser() ? 'your account' : 'your account (sign in first)'}</Link>
  );

  return (
    <main class="page narrow" id="main">
      <h1>Stop these emails</h1>
      {!about ? (
        <Notice kind="error">
          <p>
            This unsubscribe link is not complete or not valid. Copy the whole link from the email, or choose
            which emails you get in {account}.
          </p>
        </Notice>
      ) : done ? (
        <Notice kind="success">
          <p>
            You will no longer get emails about {about}.{' '}
            {done === 'in_app' ? 'They still show in your notifications in Embassy. ' : ''}
            Change this in {account}.
          </p>
        </Notice>
      ) : error && error.status >= 400 && error.status < 500 ? (
        <Notice kind="error">
          <p>
            This unsubscribe link is not valid: it may have been changed or copied in part. Nothing was
            changed. Choose which emails you get in {account}.
          </p>
        </Notice>
      ) : (
        <>
          <p>
            You will stop getting emails about <strong>{about}</strong>. They will still show in your
            notifications in Embassy, and messages that answer something you did (like the decision on an
            application) still come by email.
          </p>
          {error ? <ErrorNotice error={error} onRetry={stop} /> : null}
          <div class="actions">
            <Button variant="primary" busy={busy} onClick={stop}>
              Stop these emails
            </Button>
          </div>
        </>
      )}
    </main>
  );
}
