import { env } from '../platform/env.ts';

/**
 * The Admin API version every call names (Shopify supports each for a year; move it on with a
 * release). One constant, so the shapes below and the version they are documented for agree.
 */
export const SHOPIFY_ADMIN_API_VERSION = '2026-10';

/** One Admin API call may take this long. */
const CALL_TIMEOUT_MS = 10_000;
/** Of an answer, this much is read at most (a discount's answer is a few hundred bytes). */
const MAX_ANSWER_BYTES = 256 * 1024;

/**
 * Where a shop's Admin GraphQL calls go: `https://{shop}/admin/api/{version}/graphql.json`, or
 * `EMBASSY_SHOPIFY_ADMIN_URL` when that is set (a stand-in for local development and the tests).
 */
export function adminEndpoint(shopDomain: string): string {
  return (
    env.EMBASSY_SHOPIFY_ADMIN_URL ??
    `https://${shopDomain}/admin/api/${SHOPIFY_ADMIN_API_VERSION}/graphql.json`
  );
}

export type AdminCall = { shopDomain: string; accessToken: string };

/** A GraphQL error as Shopify sends it (top level `errors`). */
type GraphQlError = { message?: unknown; extensions?: { code?: unknown } };

/**
 * What came of one call:
 * - `ok`: the `data`;
 * - `throttled`: HTTP 429, or a `THROTTLED` error; `waitMs` is what Shopify says to wait (its
 *   `Retry-After`, or the cost not yet restored over the restore rate);
 * - `transient`: worth trying again later (network, timeout, 5xx, Shopify's internal error);
 * - `refused`: trying again will not help (a bad token, a missing scope, a query Shopify rejects).
 */
export type AdminResult =
  | { kind: 'ok'; data: Record<string, unknown> }
  | { kind: 'throttled'; waitMs: number; reason: string }
  | { kind: 'transient'; reason: string }
  | { kind: 'refused'; reason: string };

/**
 * The wait a throttled answer asks for, from its cost figures: Shopify's documented throttle
 * (`extensions.cost.throttleStatus`: `currentlyAvailable` restores at `restoreRate` points a
 * second; the call needs `requestedQueryCost`).
 */
export function costWaitMs(extensions: unknown): number | undefined {
  const cost = (extensions as { cost?: Record<string, unknown> } | undefined)?.cost;
  const status = cost?.throttleStatus as Record<string, unknown> | undefined;
  const requested = Number(cost?.requestedQueryCost);
  const available = Number(status?.currentlyAvailable);
  const rate = Number(status?.restoreRate);
  if (!Number.isFinite(requested) || !Number.isFinite(available) || !(rate > 0)) return undefined;
  return Math.max(0, Math.ceil(((requested - available) / rate) * 1000));
}

/** `Retry-After` in seconds (Shopify writes `2.0`), as milliseconds. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
}

/**
 * One Admin GraphQL call with the shop's access token (`X-Shopify-Access-Token`). Never throws:
 * every failure is a result, sorted into what may be retried and what may not.
 */
export async function adminGraphQl(
  call: AdminCall,
  query: string,
  variables: Record<string, unknown>,
): Promise<AdminResult> {
  let response: Response;
  try {
    response = await fetch(adminEndpoint(call.shopDomain), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-shopify-access-token': call.accessToken,
        'user-agent': 'Embassy/1',
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      kind: 'transient',
      reason: timedOut ? 'Shopify did not answer in time' : 'Shopify could not be reached',
    };
  }
  const text = (await response.text().catch(() => '')).slice(0, MAX_ANSWER_BYTES);
  if (response.status === 429) {
    return {
      kind: 'throttled',
      waitMs: retryAfterMs(response.headers.get('retry-after')) ?? 2000,
      reason: 'Shopify is throttling calls (HTTP 429)',
    };
  }
  if (response.status === 401 || response.status === 403) {
    return {
      kind: 'refused',
      reason: `Shopify refused the Admin API access token (HTTP ${response.status}): check the token and its write_discounts and read_discounts scopes`,
    };
  }
  if (response.status === 404) return { kind: 'refused', reason: 'Shopify knows no such shop (HTTP 404)' };
  if (response.status >= 500)
    return { kind: 'transient', reason: `Shopify failed (HTTP ${response.status})` };
  if (response.status !== 200) return { kind: 'refused', reason: `Shopify answered HTTP ${response.status}` };
  let body: { data?: unknown; errors?: unknown; extensions?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { kind: 'transient', reason: 'Shopify’s answer was not JSON' };
  }
  const errors = Array.isArray(body.errors) ? (body.errors as GraphQlError[]) : [];
  const codes = errors.map((error) => String(error.extensions?.code ?? ''));
  if (codes.includes('THROTTLED')) {
    return {
      kind: 'throttled',
      waitMs: costWaitMs(body.extensions) ?? 1000,
      reason: 'Shopify is throttling calls (query cost over the available budget)',
    };
  }
  if (errors.length > 0) {
    const words = errors.map((error) => String(error.message ?? 'error')).join('; ');
    if (codes.includes('INTERNAL_SERVER_ERROR'))
      return { kind: 'transient', reason: `Shopify failed: ${words}` };
    return { kind: 'refused', reason: `Shopify refused the call: ${words}`.slice(0, 500) };
  }
  if (typeof body.data !== 'object' || body.data === null) {
    return { kind: 'transient', reason: 'Shopify’s answer had no data' };
  }
  return { kind: 'ok', data: body.data as Record<string, unknown> };
}
