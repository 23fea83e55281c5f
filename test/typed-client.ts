import { type ClientResponse, hc } from 'hono/client';
import type { accountsApp } from '../functions/accounts/app.ts';
import type { challengesApp } from '../functions/challenges/app.ts';
import type { contentApp } from '../functions/content/app.ts';
import type { privacyApp } from '../functions/privacy/app.ts';
import type { programsApp } from '../functions/programs/app.ts';
import type { referralsApp } from '../functions/referrals/app.ts';
import type { rewardsApp } from '../functions/rewards/app.ts';
import type { shopifyCodesApp } from '../functions/shopify-codes/app.ts';
import type { webhooksApp } from '../functions/webhooks/app.ts';
import { type Api, type ApiResponse, ok, readResponse, type TestUser } from './helpers.ts';

/**
 * The dashboard's typed clients (web/src/api/client.ts) pointed at the test gateway, calling as
 * a user or with a program's API key: a path, parameter or body field the API does not have fails
 * the typecheck. They send through {@link Api.fetch}, so every answer is checked against the
 * OpenAPI document as {@link Api.call}'s are.
 */
export function typedClient(api: Api, as?: TestUser | { apiKey: string }) {
  const token = as === undefined ? undefined : 'apiKey' in as ? as.apiKey : as.token;
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const options = { fetch: api.fetch, headers };
  return {
    programs: hc<typeof programsApp>(api.url, options).api,
    challenges: hc<typeof challengesApp>(api.url, options).api,
    referrals: hc<typeof referralsApp>(api.url, options).api,
    rewards: hc<typeof rewardsApp>(api.url, options).api,
    content: hc<typeof contentApp>(api.url, options).api,
    webhooks: hc<typeof webhooksApp>(api.url, options).api,
    shopifyCodes: hc<typeof shopifyCodesApp>(api.url, options).api,
    privacy: hc<typeof privacyApp>(api.url, options).api,
    accounts: hc<typeof accountsApp>(api.url, options).api,
  };
}

export type TypedClient = ReturnType<typeof typedClient>;

type Success<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? (S extends 200 | 201 ? T : never) : never;

/** A typed call's answer in the shape of {@link Api.call}'s, for tests that assert on the status. */
export async function answer(
  request: Promise<ClientResponse<unknown, number, string>>,
): Promise<ApiResponse> {
  return readResponse((await request) as unknown as Response);
}

/** Asserts the status as {@link ok} does and returns the body, typed as the route declares it. */
export async function expectOk<R extends ClientResponse<unknown, number, 'json'>>(
  request: Promise<R>,
  status: 200 | 201 = 200,
): Promise<Success<R>> {
  return ok(await answer(request), status) as Success<R>;
}
