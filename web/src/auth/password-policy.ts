import { t } from '../i18n/i18n.ts';

/** The user pool's password policy in words, shown wherever a new password is chosen. */
export const passwordHint = (): string => t('auth.passwordHint');

/**
 * The pool's password policy, checked before asking it (its own check is the one that counts):
 * a message for a password it would refuse, else undefined.
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || !/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    return t('auth.passwordProblem');
  return undefined;
}
