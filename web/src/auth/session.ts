import { CognitoError, signIn as cognitoSignIn, jwtClaims, refresh, revoke, type Tokens } from './cognito.ts';

const KEY = 'embassy.session';
/** Refresh this long before the ID token expires, so a request never leaves with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

export type SessionUser = { sub: string; email: string; name?: string };

let tokens: Tokens | undefined = read();
let refreshing: Promise<Tokens | undefined> | undefined;
const listeners = new Set<() => void>();

function read(): Tokens | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Tokens) : undefined;
  } catch {
    return undefined;
  }
}

function store(next: Tokens | undefined): void {
  tokens = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

// Another tab signed in or out: follow it, so one browser has one session.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    tokens = read();
    for (const listener of listeners) listener();
  });

/** Called whenever someone signs in or out (in this tab or another). */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in person, from the ID token's claims, or undefined. */
export function currentUser(): SessionUser | undefined {
  if (!tokens) return undefined;
  const claims = jwtClaims(tokens.idToken);
  if (typeof claims.sub !== 'string') return undefined;
  return {
    sub: claims.sub,
    email: String(claims.email ?? ''),
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}

export async function signIn(email: string, password: string): Promise<void> {
  store(await cognitoSignIn(email.trim(), password));
}

export function signOut(): void {
  const refreshToken = tokens?.refreshToken;
  store(undefined);
  // Best effort: the tokens are gone from this browser either way.
  if (refreshToken) revoke(refreshToken).catch(() => undefined);
  // What the installed app kept for reading offline (web/pwa/sw.js) goes with the session.
  if (typeof caches !== 'undefined') caches.delete('embassy-api').catch(() => undefined);
}

/**
 * A fresh ID token for the API's Authorization header, refreshed through Cognito when it is
 * about to expire (one refresh at a time). Undefined when signed out or the session ended.
 */
export async function idToken(): Promise<string | undefined> {
  if (!tokens) return undefined;
  if (tokens.expiresAt - Date.now() > REFRESH_MARGIN_MS) return tokens.idToken;
  const started = tokens;
  refreshing ??= refresh(started.refreshToken)
    .then((next) => {
      // Signed out (or in as someone else) meanwhile: this refresh is for a session that ended.
      if (tokens !== started) return tokens;
      store(next);
      return next;
    })
    .catch((error: unknown) => {
      // Only Cognito's refusal ends the session; a dropped connection or a busy service does not.
      const refused = error instanceof CognitoError && error.type === 'NotAuthorizedException';
      if (!refused) return tokens;
      if (tokens === started) store(undefined);
      return undefined;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return (await refreshing)?.idToken;
}

/** A fresh access token, for Cognito's own calls about the signed-in person (ChangePassword). */
export async function accessToken(): Promise<string | undefined> {
  // idToken() refreshes both tokens together when they are about to expire.
  return (await idToken()) ? tokens?.accessToken : undefined;
}

/** Forces the next `idToken()` to refresh (the API said 401 to a token we thought valid). */
export function expireNow(): void {
  if (tokens) tokens = { ...tokens, expiresAt: 0 };
}
