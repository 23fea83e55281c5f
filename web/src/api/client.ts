import type { ClientResponse } from 'hono/client';
import { hc } from 'hono/client';
import type { accountsApp } from '../../../functions/accounts/app.ts';
import type { analyticsApp } from '../../../functions/analytics/app.ts';
import type { challengesApp } from '../../../functions/challenges/app.ts';
import type { contentApp } from '../../../functions/content/app.ts';
import type { privacyApp } from '../../../functions/privacy/app.ts';
import type { programsApp } from '../../../functions/programs/app.ts';
import type { referralsApp } from '../../../functions/referrals/app.ts';
import type { rewardsApp } from '../../../functions/rewards/app.ts';
import type { shopifyCodesApp } from '../../../functions/shopify-codes/app.ts';
import type { webhooksApp } from '../../../functions/webhooks/app.ts';
import { expireNow, idToken, signOut } from '../auth/session.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { withoutFieldPrefix } from '../ui/field-error.ts';

/** The API's one error shape, as the dashboard meets it; status 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/**
 * fetch with the signed-in person's ID token. A 401 to a token we thought valid gets one
 * refresh and one retry; after that the session has ended and the person signs in again.
 */
export async function authedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = async () => {
    const token = await idToken();
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    // Words the server writes (notifications) come in the dashboard's language.
    headers.set('accept-language', currentLanguage());
    try {
      return await fetch(input, { ...init, headers });
    } catch {
      throw new ApiError(0, 'network', t('api.network'));
    }
  };
  let response = await send();
  if (response.status === 401 && (await idToken())) {
    expireNow();
    response = await send();
    if (response.status === 401) signOut();
  }
  return response;
}

const options = { fetch: authedFetch };
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;

/**
 * Typed clients, one per API function, inferred from the same route definitions (and zod
 * schemas) that generate /api/openapi.json: a path, parameter or field the API does not have
 * fails the typecheck.
 */
export const api = {
  programs: hc<typeof programsApp>(origin, options),
  challenges: hc<typeof challengesApp>(origin, options),
  referrals: hc<typeof referralsApp>(origin, options),
  rewards: hc<typeof rewardsApp>(origin, options),
  content: hc<typeof contentApp>(origin, options),
  analytics: hc<typeof analyticsApp>(origin, options),
  webhooks: hc<typeof webhooksApp>(origin, options),
  shopifyCodes: hc<typeof shopifyCodesApp>(origin, options),
  privacy: hc<typeof privacyApp>(origin, options),
  accounts: hc<typeof accountsApp>(origin, options),
};

/**
 * Zod's default messages, in plain words in the reader's language: "Too small: expected number to
 * be >=0" → "Must be at least 0". The server answers a German reader in zod's German locale
 * ("Zu klein: erwartet, dass string >=16 Zeichen hat"), so both forms are read.
 */
export function plainMessage(message: string): string {
  const bound = zodBound(message);
  if (bound) {
    const { op, limit, unit } = bound;
    if (unit === 'characters' && op === '>=' && limit === '1') return t('api.zod.required');
    const values = { limit, unit };
    if (op === '>=') return t('api.zod.atLeast', values);
    if (op === '>') return t('api.zod.moreThan', values);
    if (op === '<=') return t('api.zod.atMost', values);
    return t('api.zod.lessThan', values);
  }
  if (/^(?:Invalid email address|Ungültig: E-Mail-Adresse)$/.test(message)) return t('api.zod.email');
  if (/^(?:Invalid URL|Ungültig: URL)$/.test(message)) return t('api.zod.url');
  const type =
    /^Invalid input: expected (\w+), received (\w+)/.exec(message) ??
    /^Ungültige Eingabe: erwartet (\w+), erhalten (\w+)/.exec(message);
  if (type) {
    const expected = type[1] === 'Zahl' ? 'number' : (type[1] ?? '');
    return type[2] === 'undefined' ? t('api.zod.required') : t('api.zod.expected', { type: expected });
  }
  return message;
}

/** Zod's "too small" and "too big" in English or German: the comparison, the limit and its unit. */
function zodBound(message: string): { op: string; limit: string; unit: string } | undefined {
  const english =
    /^Too (?:small|big): expected (?:number|string|array|int|bigint) to (?:be|have) ([<>]=?)(-?[\d.]+)(?: (characters|items))?/.exec(
      message,
    );
  if (english) return { op: english[1] ?? '', limit: english[2] ?? '', unit: english[3] ?? '' };
  const german =
    /^Zu (?:klein|groß): erwartet, dass \w+ ([<>]=?)(-?[\d.]+)(?: (Zeichen|Elemente))? (?:hat|ist)/.exec(
      message,
    );
  if (!german) return undefined;
  const unit = german[3] === 'Zeichen' ? 'characters' : german[3] === 'Elemente' ? 'items' : '';
  return { op: german[1] ?? '', limit: german[2] ?? '', unit };
}

/**
 * The field problems an API error names, by path: zod's issues (`questions.0.label`), an
 * application's answers (`answers.{questionId}`), or the one `details.field`.
 */
export function fieldErrors(error: ApiError | undefined): Record<string, string> {
  if (!error) return {};
  const details = error.details as
    | { issues?: { path: string; message: string }[]; answers?: Record<string, string>; field?: string }
    | undefined;
  const found: Record<string, string> = {};
  for (const issue of details?.issues ?? [])
    if (issue.path && !found[issue.path]) found[issue.path] = plainMessage(issue.message);
  for (const [question, message] of Object.entries(details?.answers ?? {}))
    found[`answers.${question}`] ??= message;
  if (details?.field && !found[details.field])
    found[details.field] = withoutFieldPrefix(error.message, details.field);
  return found;
}

type Success<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? (S extends 200 | 201 | 202 ? T : never) : never;

/** Reads an error response into an ApiError, whatever produced it. */
export async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; details?: unknown; requestId?: string } }
    | undefined;
  const error = body?.error;
  return new ApiError(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? t('api.httpFailed', { status: String(response.status) }),
    error?.details,
    error?.requestId,
  );
}

/** Awaits a typed call and returns its success body, or throws the ApiError it answered with. */
export async function ok<R extends ClientResponse<unknown, number, 'json'>>(
  request: Promise<R>,
): Promise<Success<R>> {
  const response = (await request) as unknown as Response;
  if (!response.ok) throw await toApiError(response);
  // 204, and a 202 that only says "on its way", have no body.
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as Success<R>;
}

/**
 * As {@link ok}, for a thing that may not exist yet (payout details, a payout account): a 404 is
 * `null`, not an error (`undefined` is what a screen reads as "still loading").
 */
export async function okOrNone<R extends ClientResponse<unknown, number, 'json'>>(
  request: Promise<R>,
): Promise<Success<R> | null> {
  const response = (await request) as unknown as Response;
  if (response.status === 404) {
    // Read to the end: a body left unread keeps the request open (the page never goes idle).
    await response.text();
    return null;
  }
  return ok(Promise.resolve(response as unknown as R));
}

/**
 * Downloads an API path as a file (CSV exports), with the Authorization header a link cannot
 * carry. The file keeps the name the API gives it (the program's slug and period), else `filename`.
 */
export async function download(path: string, filename: string, accept = 'text/csv'): Promise<void> {
  const response = await authedFetch(path, { headers: { accept } });
  if (!response.ok) throw await toApiError(response);
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ?? filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
