import { useState } from 'preact/hooks';
import { CognitoError, confirmSignUp, resendCode, signUp } from '../../auth/cognito.ts';
import { passwordHint, passwordProblem } from '../../auth/password-policy.ts';
import { signIn } from '../../auth/session.ts';
import { rememberSignUpName, saveSignUpName } from '../../auth/sign-up-name.ts';
import { t, tx } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { Button, Notice, TextField } from '../../ui/kit.tsx';
import { useLocalStack } from './use-local-stack.ts';

/** Where to go after signing in: the `next` the page was sent with, if it is ours. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next') ?? '/';
  try {
    const target = new URL(next, location.origin);
    return target.origin === location.origin ? `${target.pathname}${target.search}` : '/';
  } catch {
    return '/';
  }
}

/** The pool's rules, checked before asking it: a real email, and the password policy. */
function signUpProblem(email: string, password: string): string | undefined {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return t('auth.emailProblem');
  return passwordProblem(password);
}

export function withNext(path: string, query: URLSearchParams): string {
  const next = query.get('next');
  // A path with its own query (`/signup?step=confirm&email=…`) takes `next` after it.
  return next ? `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}` : path;
}

export function message(error: unknown): string {
  return error instanceof CognitoError || error instanceof Error ? error.message : t('auth.somethingWrong');
}

export function SignIn() {
  const { query } = useLocation();
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [unconfirmed, setUnconfirmed] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
      await saveSignUpName(email);
      navigate(nextPath(query), { replace: true });
    } catch (caught) {
      // At sign-in, a refused password is a wrong one, whatever the pool's words for it.
      const wrong = caught instanceof CognitoError && caught.type === 'InvalidPasswordException';
      setError(wrong ? t('cognito.wrongPassword') : message(caught));
      setUnconfirmed(caught instanceof CognitoError && caught.type === 'UserNotConfirmedException');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="auth-page" id="main">
      <form class="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('auth.signIn.title')}</h1>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        {error ? (
          <Notice kind="error">
            <p>{error}</p>
            {unconfirmed ? (
              <p>
                <Link href={withNext(`/signup?step=confirm&email=${encodeURIComponent(email)}`, query)}>
                  {t('auth.signIn.enterCode')}
                </Link>
              </p>
            ) : null}
          </Notice>
        ) : null}
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.signIn.submit')}
        </Button>
        <p class="muted">
          <Link
            href={withNext(`/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ''}`, query)}
          >
            {t('auth.signIn.forgot')}
          </Link>
        </p>
        <p class="muted">
          {tx('auth.signIn.new', {
            link: (words) => <Link href={withNext('/signup', query)}>{words}</Link>,
          })}
        </p>
      </form>
    </main>
  );
}

export function SignUp() {
  const { query } = useLocation();
  const [step, setStep] = useState<'details' | 'confirm'>(
    query.get('step') === 'confirm' ? 'confirm' : 'details',
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [info, setInfo] = useState<string | undefined>();
  const local = useLocalStack();
  // Asked for on the confirm step only when the page did not bring it (decided once, not per keystroke).
  const [askEmail] = useState(() => !query.get('email'));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setInfo(undefined);
    try {
      await work();
    } catch (caught) {
      setError(message(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitDetails = (event: Event) => {
    event.preventDefault();
    const problem = signUpProblem(email.trim(), password);
    if (problem) {
      setError(problem);
      return;
    }
    void run(async () => {
      await signUp(email.trim(), password, name.trim());
      // Saved to the profile at the first sign-in, even if the code is confirmed in another tab.
      rememberSignUpName(email, name.trim());
      setStep('confirm');
    });
  };

  const submitCode = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await confirmSignUp(email.trim(), code.trim());
      if (password) {
        await signIn(email, password);
        await saveSignUpName(email);
        navigate(nextPath(query), { replace: true });
      } else {
        navigate(withNext(`/signin?email=${encodeURIComponent(email.trim())}`, query), { replace: true });
      }
    });
  };

  if (step === 'confirm') {
    return (
      <main class="auth-page" id="main">
        <form class="card auth-card" onSubmit={submitCode} noValidate>
          <h1>{t('auth.confirm.title')}</h1>
          <p>
            {tx('auth.confirm.sent', {
              email: email || t('auth.confirm.yourEmail'),
              strong: (words) => <strong>{words}</strong>,
            })}
          </p>
          {local ? <LocalOutboxNote email={email} /> : null}
          {askEmail ? (
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              value={email}
              onValue={setEmail}
            />
          ) : null}
          <TextField
            label={t('auth.confirm.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onValue={setCode}
          />
          {error ? <Notice kind="error">{error}</Notice> : null}
          {info ? <Notice kind="success">{info}</Notice> : null}
          <Button type="submit" variant="primary" busy={busy}>
            {t('auth.confirm.submit')}
          </Button>
          {local ? null : (
            <Button
              variant="ghost"
              disabled={busy || !email}
              onClick={() =>
                void run(async () => {
                  await resendCode(email.trim());
                  setInfo(t('auth.newCodeSent'));
                })
              }
            >
              {t('auth.sendNewCode')}
            </Button>
          )}
        </form>
      </main>
    );
  }

  return (
    <main class="auth-page" id="main">
      <form class="card auth-card" onSubmit={submitDetails} noValidate>
        <h1>{t('auth.signUp.title')}</h1>
        <TextField label={t('auth.signUp.name')} autoComplete="name" value={name} onValue={setName} />
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onValue={setEmail}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          required
          hint={passwordHint()}
          value={password}
          onValue={setPassword}
        />
        {error ? <Notice kind="error">{error}</Notice> : null}
        <Button type="submit" variant="primary" busy={busy}>
          {t('auth.signUp.submit')}
        </Button>
        <p class="muted">
          {tx('auth.signUp.haveAccount', {
            link: (words) => <Link href={withNext('/signin', query)}>{words}</Link>,
          })}
        </p>
      </form>
    </main>
  );
}

/** Locally no email is sent: where the code is instead. */
export function LocalOutboxNote({ email }: { email: string }) {
  return (
    <Notice kind="info">
      {tx('auth.localOutbox', {
        outbox: (words) => (
          <a href={`/dev/outbox?to=${encodeURIComponent(email.trim())}`} target="_blank" rel="noreferrer">
            {words}
          </a>
        ),
      })}
    </Notice>
  );
}
