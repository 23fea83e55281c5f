import { useState } from 'preact/hooks';
import { CognitoError, confirmForgotPassword, forgotPassword } from '../../auth/cognito.ts';
import { PASSWORD_HINT, passwordProblem } from '../../auth/password-policy.ts';
import { signIn } from '../../auth/session.ts';
import { saveSignUpName } from '../../auth/sign-up-name.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { Button, Notice, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { message, nextPath, withNext } from './auth-forms.tsx';
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
      setProblem({ at: 'form', text: 'Enter your email address, such as you@example.com.' });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setInfo(undefined);
    try {
      await forgotPassword(email.trim());
      if (step === 'code') setInfo('A new code is on its way.');
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
      toast('Your password was changed.');
      navigate(nextPath(query), { replace: true });
    } catch {
      toast('Your password was changed. Sign in with the new one.');
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
        <h1>Reset your password</h1>
        {step === 'email' ? (
          <>
            <p>Enter the email you sign in with. We will send you a code to choose a new password.</p>
            <TextField
              label="Email"
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
              If an account exists for <strong>{email.trim()}</strong>, we sent it a code. Enter it with your
              new password.
            </p>
            {local ? (
              <Notice kind="info">
                Running locally: no email is sent. The code is in the dev outbox at{' '}
                <a
                  href={`/dev/outbox?to=${encodeURIComponent(email.trim())}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  /dev/outbox
                </a>
                .
              </Notice>
            ) : null}
            <TextField
              label="Code from the email"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onValue={setCode}
              error={problem?.at === 'code' ? problem.text : undefined}
            />
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              required
              hint={PASSWORD_HINT}
              value={password}
              onValue={setPassword}
              error={problem?.at === 'password' ? problem.text : undefined}
            />
          </>
        )}
        {formProblem ? <Notice kind="error">{formProblem}</Notice> : null}
        {info ? <Notice kind="success">{info}</Notice> : null}
        <Button type="submit" variant="primary" busy={busy}>
          {step === 'email' ? 'Send the code' : 'Set the new password'}
        </Button>
        {step === 'code' ? (
          <Button
            variant={problem?.expired ? 'secondary' : 'ghost'}
            disabled={busy}
            onClick={() => void sendCode()}
          >
            Send a new code
          </Button>
        ) : null}
        <p class="muted">
          Remembered it?{' '}
          <Link href={withNext(`/signin?email=${encodeURIComponent(email.trim())}`, query)}>Sign in</Link>
        </p>
      </form>
    </main>
  );
}
