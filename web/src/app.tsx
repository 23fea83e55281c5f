import { useEffect, useState } from 'preact/hooks';
import { api, ok } from './api/client.ts';
import { currentUser, onSessionChange, signOut } from './auth/session.ts';
import { Link, navigate, useLocation } from './router.tsx';
import { Async } from './ui/kit.tsx';
import { Toasts } from './ui/toast.tsx';
import { useRequest } from './use-request.ts';
import { SignIn, SignUp } from './views/auth/auth-forms.tsx';
import { Home } from './views/home.tsx';
import { ProgramShell } from './views/program-shell.tsx';
import { PublicProgramPage } from './views/public-program.tsx';

/** Re-renders when someone signs in or out. */
function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(currentUser() !== undefined);
  useEffect(() => onSessionChange(() => setSignedIn(currentUser() !== undefined)), []);
  return signedIn;
}

export function App() {
  const { path } = useLocation();
  const signedIn = useSignedIn();
  const me = useRequest(
    () => (signedIn ? ok(api.programs.api.me.$get()) : Promise.resolve(undefined)),
    [signedIn],
  );
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);

  let page: preact.ComponentChildren;
  if (segments[0] === 'signin') page = <SignIn />;
  else if (segments[0] === 'signup') page = <SignUp />;
  else if (segments[0] === 'p' && segments[1])
    page =
      me.status === 'loading' && me.data === undefined && signedIn ? (
        <Async request={me}>{() => null}</Async>
      ) : (
        <PublicProgramPage slug={segments[1]} me={me.data} reloadMe={me.reload} />
      );
  else if (!signedIn) {
    page = <SignIn />;
  } else
    page = (
      <Async request={me} label="Loading your programs…">
        {(data) =>
          data === undefined ? null : segments[0] === 'programs' && segments[1] ? (
            <ProgramShell
              programId={segments[1]}
              segments={segments.slice(2)}
              me={data}
              reloadMe={me.reload}
            />
          ) : (
            <Home me={data} reloadMe={me.reload} />
          )
        }
      </Async>
    );

  const user = currentUser();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link class="brand" href="/">
          Embassy
        </Link>
        {signedIn ? (
          <div class="user">
            <span class="muted email">{user?.email}</span>
            <button
              type="button"
              class="button ghost"
              onClick={() => {
                signOut();
                navigate('/signin');
              }}
            >
              Sign out
            </button>
          </div>
        ) : null}
      </header>
      {page}
      <Toasts />
    </>
  );
}
