import { useState } from 'preact/hooks';
import { CognitoError, changePassword } from '../../auth/cognito.ts';
import { passwordHint, passwordProblem } from '../../auth/password-policy.ts';
import { accessToken } from '../../auth/session.ts';
import { t } from '../../i18n/i18n.ts';
import { Button, Card, Notice, TextField } from '../../ui/kit.tsx';
import { SubmitForm } from '../../ui/submit-form.tsx';
import { toast } from '../../ui/toast.tsx';

type Problem = { at: 'current' | 'proposed' | 'form'; text: string };

/** Cognito's refusal, at the field it is about. */
function problemOf(error: unknown): Problem {
  if (!(error instanceof CognitoError))
    return { at: 'form', text: error instanceof Error ? error.message : t('auth.somethingWrong') };
  // For ChangePassword, "not authorized" is a wrong current password (Cognito says "Incorrect username or password").
  if (error.type === 'NotAuthorizedException')
    return { at: 'current', text: t('account.password.wrongCurrent') };
  // The new one passed the pool's own policy (password-policy.ts mirrors it) before asking, so
  // "invalid password" is about the current one: cognito-local's word for a wrong current password.
  if (error.type === 'InvalidPasswordException')
    return { at: 'current', text: t('account.password.wrongCurrent') };
  return { at: 'form', text: error.message };
}

/** Change password, through Cognito's ChangePassword with the session's access token. */
export function PasswordChange() {
  const [current, setCurrent] = useState('');
  const [proposed, setProposed] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();

  const submit = async () => {
    if (!current) {
      setProblem({ at: 'current', text: t('account.password.enterCurrent') });
      return;
    }
    const weak = passwordProblem(proposed);
    if (weak) {
      setProblem({ at: 'proposed', text: weak });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const token = await accessToken();
      if (!token) throw new CognitoError('NotSignedIn', t('cognito.sessionEnded'));
      await changePassword(token, current, proposed);
      setCurrent('');
      setProposed('');
      toast(t('account.password.changed'));
    } catch (caught) {
      setProblem(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('account.password.title')}>
      <SubmitForm class="stack" noValidate onSubmit={() => void submit()}>
        <div class="grid-2">
          <TextField
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            onValue={setCurrent}
            error={problem?.at === 'current' ? problem.text : undefined}
          />
          <TextField
            label={t('auth.reset.newPassword')}
            type="password"
            autoComplete="new-password"
            hint={passwordHint()}
            value={proposed}
            onValue={setProposed}
            error={problem?.at === 'proposed' ? problem.text : undefined}
          />
        </div>
        {problem?.at === 'form' ? <Notice kind="error">{problem.text}</Notice> : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('account.password.submit')}
          </Button>
        </div>
      </SubmitForm>
    </Card>
  );
}
