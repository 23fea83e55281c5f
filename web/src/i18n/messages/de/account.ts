import type { account as en } from '../en/account.ts';

/** The account page: profile, password, notifications, the person's own data. */
export const account: Record<keyof typeof en, string> = {
  'account.password.title': 'Passwort',
  'account.password.current': 'Aktuelles Passwort',
  'account.password.enterCurrent': 'Geben Sie Ihr aktuelles Passwort ein.',
  'account.password.wrongCurrent': 'Das ist nicht Ihr aktuelles Passwort.',
  'account.password.changed': 'Passwort geändert',
  'account.password.submit': 'Passwort ändern',
};
