import { ApiError, api, ok } from '../api/client.ts';

/**
 * The name given at sign-up, kept in this browser until the first sign-in saves it to the
 * profile. localStorage, not sessionStorage: the code is often confirmed in another tab (the
 * email's), and the name must survive that.
 */
const KEY = 'embassy.signUpName';

type Pending = { email: string; name: string };

function read(): Pending | undefined {
  try {
    const pending = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Pending | null;
    return pending && typeof pending.name === 'string' && typeof pending.email === 'string'
      ? pending
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the name given at sign-up for the account's first sign-in. */
export function rememberSignUpName(email: string, name: string): void {
  if (name) localStorage.setItem(KEY, JSON.stringify({ email: email.trim().toLowerCase(), name }));
}

/** The name given at sign-up, while it waits to be saved (the application form offers it). */
export function signUpName(): string | undefined {
  return read()?.name;
}

/**
 * Saves the name given at sign-up as the profile's display name, once, right after the first
 * sign-in as that email; then forgets it. Never fails the sign-in: a dropped connection keeps it
 * for the next one, and a name the API refuses is dropped (the profile form can set another).
 */
export async function saveSignUpName(email: string): Promise<void> {
  const pending = read();
  if (!pending || pending.email !== email.trim().toLowerCase()) return;
  try {
    await ok(api.accounts.api.me.profile.$patch({ json: { displayName: pending.name } }));
    localStorage.removeItem(KEY);
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) localStorage.removeItem(KEY);
  }
}
