import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { api, ok } from './api/client.ts';
import { currentUser, onSessionChange, signOut } from './auth/session.ts';
import { chosenLanguage, t, useLanguage } from './i18n/i18n.ts';
import { applyProfileLanguage, LanguagePicker } from './i18n/language-picker.tsx';
import { NotificationBell } from './notifications/bell.tsx';
import { bellTarget } from './notifications/bell-target.ts';
import { Link, navigate, useLocation } from './router.tsx';
import { Async, Button, Notice } from './ui/kit.tsx';
import { Toasts } from './ui/toast.tsx';
import { useRequest } from './use-request.ts';
import { AccountPage } from './views/account/my-data.tsx';
import { SignIn, SignUp } from './views/auth/auth-forms.tsx';
import { ForgotPassword } from './views/auth/forgot-password.tsx';
import { Home } from './views/home.tsx';
import { ProgramShell } from './views/program-shell.tsx';
import { AmbassadorPage } from './views/public/ambassador-page.tsx';
import { PublicProgramPage } from './views/public-program.tsx';
import { UnsubscribePage } from './views/unsubscribe.tsx';
import { Welcome } from './views/welcome.tsx';

/** Re-renders when someone signs in or out. */
function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(currentUser() !== undefined);
  useEffect(() => onSessionChange(() => setSignedIn(currentUser() !== undefined)), []);
  return signedIn;
}

export function App() {
  const { path, query } = useLocation();
  const signedIn = useSignedIn();
  const language = useLanguage();
  // Signed in, the profile's language is the one that counts.
  useEffect(() => {
    if (signedIn) void applyProfileLanguage(chosenLanguage()).catch(() => undefined);
  }, [signedIn]);
  const me = useRequest(
    () => (signedIn ? ok(api.programs.api.me.$get()) : Promise.resolve(undefined)),
    [signedIn],
  );
  const { setData: setMe } = me;
  // Reads the memberships again and resolves once they are on screen: after joining or creating
  // a program, the page that follows finds the new membership.
  const reloadMe = async () => {
    if (signedIn) setMe(await ok(api.programs.api.me.$get()));
  };
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  const isPublic =
    segments[0] === 'signin' ||
    segments[0] === 'signup' ||
    segments[0] === 'forgot-password' ||
    segments[0] === 'p' ||
    segments[0] === 'a' ||
    segments[0] === 'unsubscribe';
  // Signed out on a private page (or the session ended there): sign in, then come back to it.
  useEffect(() => {
    if (!signedIn && !isPublic && path !== '/')
      navigate(`/signin?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`, {
        replace: true,
      });
  }, [signedIn, isPublic, path]);

  let page: preact.ComponentChildren;
  if (segments[0] === 'signin') page = <SignIn />;
  else if (segments[0] === 'signup') page = <SignUp />;
  else if (segments[0] === 'forgot-password') page = <ForgotPassword />;
  else if (segments[0] === 'a' && segments[1]) page = <AmbassadorPage code={segments[1]} />;
  else if (segments[0] === 'unsubscribe') page = <UnsubscribePage token={query.get('token') ?? ''} />;
  else if (segments[0] === 'p' && segments[1])
    page =
      me.status === 'loading' && me.data === undefined && signedIn ? (
        <Async request={me}>{() => null}</Async>
      ) : (
        <PublicProgramPage slug={segments[1]} me={me.data} reloadMe={reloadMe} />
      );
  else if (!signedIn) {
    page = path === '/' ? <Welcome /> : <SignIn />;
  } else if (segments[0] === 'account') page = <AccountPage />;
  else
    page = (
      <Async request={me} label={t('app.loadingPrograms')}>
        {(data) =>
          data === undefined ? null : segments[0] === 'programs' && segments[1] ? (
            <ProgramShell
              key={segments[1]}
              programId={segments[1]}
              segments={segments.slice(2)}
              me={data}
              reloadMe={reloadMe}
              meReloading={me.status === 'loading'}
            />
          ) : (
            <Home me={data} reloadMe={reloadMe} />
          )
        }
      </Async>
    );

  const user = currentUser();
  const bell = signedIn
    ? bellTarget(me.data, segments[0] === 'programs' ? segments[1] : undefined)
    : undefined;
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <Link class="brand" href="/">
          Embassy
        </Link>
        {signedIn ? (
          <div class="user signed-in">
            <span class="muted email">{user?.email}</span>
            {bell ? <NotificationBell path={path} href={bell} /> : null}
            <Link class="button ghost" href="/account">
              {t('app.account')}
            </Link>
            <button
              type="button"
              class="button ghost"
              onClick={() => {
                signOut();
                navigate('/signin');
              }}
            >
              {t('app.signOut')}
            </button>
            <LanguagePicker />
          </div>
        ) : (
          <div class="user">
            <LanguagePicker />
          </div>
        )}
      </header>
      <Boundary path={path}>
        <Fragment key={language}>{page}</Fragment>
      </Boundary>
      <Toasts />
    </>
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A screen that fails to render says so, with a way back, instead of blanking the app. */
function Boundary({ path, children }: { path: string; children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary((caught: unknown) => console.error('[dashboard]', caught));
  // Moving to another page tries again.
  useEffect(() => {
    if (error) reset();
  }, [path]);
  if (!error) return <>{children}</>;
  return (
    <main class="page narrow" id="main">
      <h1>{t('app.failed.title')}</h1>
      <Notice kind="error">
        <p>{t('app.failed.text')}</p>
        <div class="actions">
          <Button variant="primary" onClick={() => location.reload()}>
            {t('app.failed.reload')}
          </Button>
          <Button
            onClick={() => {
              reset();
              navigate('/');
            }}
          >
            {t('app.failed.home')}
          </Button>
        </div>
      </Notice>
    </main>
  );
}
