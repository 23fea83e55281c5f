import { useState } from 'preact/hooks';
import { type ApiError, api, download, ok } from '../../api/client.ts';
import { signOut } from '../../auth/session.ts';
import { t } from '../../i18n/i18n.ts';
import { navigate } from '../../router.tsx';
import { Button, Card, ErrorNotice, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { NotificationPreferences } from './notification-preferences.tsx';
import { PasswordChange } from './password-change.tsx';
import { ProfileSection } from './profile-form.tsx';

/**
 * "Download my data" and "Delete my account" (GDPR): a self-contained card, placed on the account
 * page (and wherever the profile page wants it).
 */
export function MyData() {
  return (
    <>
      <DownloadMyData />
      <DeleteMyAccount />
    </>
  );
}

function DownloadMyData() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await download(
        '/api/me/export',
        `embassy-data-${new Date().toISOString().slice(0, 10)}.json`,
        'application/json',
      );
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('account.data.title')}>
      <p>{t('account.data.text')}</p>
      {error ? <ErrorNotice error={error} onRetry={save} /> : null}
      <Button variant="secondary" busy={busy} onClick={save}>
        {t('account.data.download')}
      </Button>
    </Card>
  );
}

function DeleteMyAccount() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  // What the person types to confirm, in their language: a deliberate act, not a stray click.
  const word = t('account.delete.word');
  const confirmed = typed.trim() === word;
  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    setError(undefined);
    try {
      await ok(api.privacy.api.me.$delete({ json: { confirm: true } }));
      signOut();
      navigate('/signin', { replace: true });
      toast(t('account.delete.done'));
    } catch (caught) {
      setError(caught as ApiError);
      setBusy(false);
    }
  };
  return (
    <Card title={t('account.delete.title')}>
      <p>{t('account.delete.text')}</p>
      <form onSubmit={remove}>
        <TextField
          label={t('account.delete.confirm', { word })}
          value={typed}
          onValue={setTyped}
          autoComplete="off"
          spellcheck={false}
        />
        {error ? <ErrorNotice error={error} /> : null}
        <Button type="submit" variant="danger" busy={busy} disabled={!confirmed}>
          {t('account.delete.submit')}
        </Button>
      </form>
    </Card>
  );
}

/** The account page (`/account`): the person's own data. */
export function AccountPage() {
  return (
    <main class="page" id="main">
      <h1>{t('account.title')}</h1>
      <ProfileSection />
      <PasswordChange />
      <NotificationPreferences />
      <MyData />
    </main>
  );
}
