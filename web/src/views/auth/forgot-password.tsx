import { useState } from 'preact/hooks';
import { CognitoError, confirmForgotPassword, forgotPassword } from '../../auth/cognito.ts';
import { passwordHint, passwordProblem } from '../../auth/password-policy.ts';
import { signIn } from '../../auth/session.ts';
import { saveSignUpName } from '../../auth/sign-up-name.ts';
import { t, tx } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { Button, Notice, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { LocalOutboxNote, message, nextPath, withNext } from './auth-forms.tsx';
import { useLocalStack } from './use-local-stack.ts';

/** Where a refusal of ConfirmForgotPassword belongs: at the code, at the password, or above both. */
type Problem = { at: 'code' | 'password' | 'form'; text: string; expired?: boolean };

function problemOf(error: unknown): Problem {
  const type = error instanceof CognitoError ? error.type : '';
  if (type === 'CodeMismatchException') return { at: 'code', text: message(error) };
  if (type === 'ExpiredCodeException') return { at: 'code', text: message(error), expired: true };
  if (type === 'InvalidPasswordException') return { at: 'password', text: message(error) };
  return { at: 'form', text: message(error) };
}

/**
 * `/forgot-password`: Cognito's own reset. The email gets a code (ForgotPassword); the code and a
 * new password set it (ConfirmForgotPassword); then the person is signed in with the new one.
 */
export function ForgotPassword() {
  const { query } = useLocation();
  const [step, setStep] = useState<'email' | 'code'>('email');
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [info, setInfo] = useState<string | undefined>();
  const local = useLocalStack();

  const sendCode = async () => {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setProblem({ at: 'form', text: t('auth.emailProblem') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setInfo(undefined);
    try {
      await forgotPassword(email.trim());
      if (step === 'code') setInfo(t('auth.newCodeSent'));
      setStep('code');
    } catch (caught) {
      // An unknown email is not told apart from a known one: nobody learns who has an account.
      if (caught instanceof CognitoError && caught.type === 'UserNotFoundException') setStep('code');
      else setProblem(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    const weak = passwordProblem(password);
    if (weak) {
      setProblem({ at: 'password', text: weak });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setInfo(undefined);
    try {
      await confirmForgotPassword(email.trim(), code.trim(), password);
    } catch (caught) {
      setProblem(problemOf(caught));
      setBusy(false);
      return;
    }
    try {
      await signIn(email, password);
      await saveSignUpName(email);
      toast(t('auth.reset.changed'));
      navigate(nextPath(query), { replace: true });
    } catch {
      toast(t('auth.reset.changedSignIn'));
      navigate(withNext(`/signin?email=${encodeURIComponent(email.trim())}`, query), { replace: true });
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void (step === 'email' ? sendCode() : reset());
  };

  const formProblem = problem?.at === 'form' ? problem.text : undefined;
  return (
    <main class="auth-page" id="main">
      <form class="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('auth.reset.title')}</h1>
        {step === 'email' ? (
          <>
            <p>{t('auth.reset.intro')}</p>
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onValue={setEmail}
            />
          </>
        ) : (
          <>
            <p>
              {tx('auth.reset.sent', { email: email.trim(), strong: (words) => <strong>{words}</strong> })}
            </p>
            {local ? <LocalOutboxNote email={email} /> : null}
            <TextField
              label={t('auth.reset.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onValue={setCode}
              error={problem?.at === 'code' ? problem.text : undefined}
            />
            <TextField
              label={t('auth.reset.newPassword')}
              type="password"
              autoComplete="new-password"
              required
              hint={passwordHint()}
              value={password}
              onValue={setPassword}
              error={problem?.at === 'password' ? problem.text : undefined}
            />
          </>
        )}
        {formProblem ? <Notice kind="error">{formProblem}</Notice> : null}
        {info ? <Notice kind="success">{info}</Notice> : null}
        <Button type="submit" variant="primary" busy={busy}>
          {step === 'email' ? t('auth.reset.sendCode') : t('auth.reset.setPassword')}
        </Button>
        {step === 'code' ? (
          <Button
            variant={problem?.expired ? 'secondary' : 'ghost'}
            disabled={busy}
            onClick={() => void sendCode()}
          >
            {t('auth.sendNewCode')}
          </Button>
        ) : null}
        <p class="muted">
          {tx('auth.reset.remembered', {
            link: (words) => (
              <Link href={withNext(`/signin?email=${encodeURIComponent(email.trim())}`, query)}>{words}</Link>
            ),
          })}
        </p>
      </form>
    </main>
  );
}
