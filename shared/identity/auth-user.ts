/** The signed-in caller, as read from a verified Cognito ID token. */
export type AuthUser = {
  /** Cognito `sub`: stable for the life of the account. */
  id: string;
  email: string;
  emailVerified: boolean;
  name?: string;
  groups: string[];
  /** Member of the Cognito group `admins`: may create programs and act as owner anywhere. */
  isAdmin: boolean;
};

export const ADMIN_GROUP = 'admins';

/** A name to show for a user who has not chosen one: the email's local part. */
export function defaultDisplayName(user: Pick<AuthUser, 'email' | 'name'>): string {
  return (user.name ?? user.email.split('@')[0] ?? 'ambassador').slice(0, 80);
}
