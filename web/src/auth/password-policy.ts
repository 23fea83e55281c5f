/** The user pool's password policy in words, shown wherever a new password is chosen. */
export const PASSWORD_HINT = 'At least 8 characters, with upper case, lower case and a digit.';

/**
 * The pool's password policy, checked before asking it (its own check is the one that counts):
 * a message for a password it would refuse, else undefined.
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || !/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    return 'Choose a password of at least 8 characters with upper case, lower case and a digit.';
  return undefined;
}
