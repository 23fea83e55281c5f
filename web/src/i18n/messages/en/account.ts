/** The account page: profile, password, notifications, the person's own data. */
export const account = {
  'account.password.title': 'Password',
  'account.password.current': 'Current password',
  'account.password.enterCurrent': 'Enter your current password.',
  'account.password.wrongCurrent': 'That is not your current password.',
  'account.password.changed': 'Password changed',
  'account.password.submit': 'Change password',
} as const;
