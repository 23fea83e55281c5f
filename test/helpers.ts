import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { expect, inject } from 'vitest';
import { handler as activity } from '../functions/activity.handler.ts';
import { handler as notifier } from '../functions/notifier.handler.ts';
import { handler as rollups } from '../functions/rollups.handler.ts';
import { handler as shopifySync } from '../functions/shopify-sync.handler.ts';
import { handler as webhookSender } from '../functions/webhook-sender.handler.ts';
import { createCognitoProxy } from '../local/cognito-proxy.ts';
import { signIn, upsertUser } from '../local/cognito-users.ts';
import { createGateway, type GatewayExchange, type LambdaHandler } from '../local/gateway.ts';
import { localCognito } from '../local/provision.ts';
import { importHandlers, webRoot } from '../local/runtime.ts';
import { type StreamPoller, startStreamPoller } from '../local/stream-poller.ts';
import { ADMIN_GROUP } from '../shared/identity/auth-user.ts';
import { tableName } from '../shared/platform/db/client.ts';
import { env } from '../shared/platform/env.ts';
import { FUNCTIONS, type FunctionName, ROUTES } from '../shared/platform/routes.ts';
import { contract } from './contract/openapi-contract.ts';

export const services = () => inject('services');
/** This file's DynamoDB Local: the one test/setup-env.ts leased for it. */
export const dynamoEndpoint = () => String(process.env.DYNAMODB_ENDPOINT);
export const cognito = () => localCognito(services().cognitoEndpoint);

export type TestUser = { email: string; id: string; token: string };

let counter = 0;

/** A real user in cognito-local, signed in: its ID token is what the API verifies. */
export async function createUser(options: { admin?: boolean; name?: string } = {}): Promise<TestUser> {
  const { userPoolId, clientId } = services();
  const email = `${options.name ?? 'user'}-${Date.now().toString(36)}-${counter++}-${Math.random().toString(36).slice(2, 6)}@test.embassy`;
  const password = 'Test-password-1';
  await upsertUser(cognito(), userPoolId, {
    email,
    password,
    ...(options.admin ? { groups: [ADMIN_GROUP] } : {}),
  });
  const { idToken } = await signIn(cognito(), clientId, email, password);
  return { email, id: String(decodeJwt(idToken).sub), token: idToken };
}

/** The newest confirmation code cognito-local "emailed" to an address. */
export function confirmationCodeFor(email: string): string | undefined {
  const lines = readFileSync(services().outboxFile, 'utf8').trim().split('\n').filter(Boolean);
  const messages = lines.map((l) => JSON.parse(l) as { to: string; kind: string; code?: string });
  return messages.findLast((m) => m.to === email.toLowerCase() && m.kind === 'confirmation_code')?.code;
}

/** One email the notifier wrote, as `/dev/outbox` serves it under `npm start`. */
export type Mail = {
  to: string;
  kind: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
};

/** The emails the notifier wrote to `email` so far, oldest first. */
export function mailTo(email: string): Mail[] {
  if (!existsSync(env.MAIL_OUTBOX_FILE as string)) return [];
  return readFileSync(env.MAIL_OUTBOX_FILE as string, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mail)
    .filter((mail) => mail.to === email.toLowerCase());
}

/** A response as the tests inspect it. */
export type ApiResponse = {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely and assert their shape.
  body: any;
  headers: Headers;
};

export type Api = {
  url: string;
  /**
   * fetch through the gateway as {@link Api.call} sends: with the default headers, no redirects
   * followed, and the answer checked against the OpenAPI document. The typed clients use it.
   */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  call: (
    user: TestUser | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<ApiResponse>;
  close: () => Promise<void>;
};

/**
 * The real handlers behind the local API gateway, on an ephemeral port; or, under
 * `npm run scenario`, the Embassy that `npm start` is running.
 * @param options.handlers Instead of the handlers imported in-process: cdk/iam-proof.test.ts
 * forwards each function's events to its deployed bundle in a process of its own.
 * @param options.headers sent with every `call` (as CloudFront adds its origin header).
 */
export async function startApi(
  options: { handlers?: Record<FunctionName, LambdaHandler>; headers?: Record<string, string> } = {},
): Promise<Api> {
  const running = services().apiUrl;
  if (running) return apiAt(running, async () => undefined, undefined, options.headers);
  const handlers = options.handlers ?? (await importHandlers());
  const { cognitoEndpoint, userPoolId } = services();
  const violations = contractViolations();
  const server = createGateway({
    onExchange: violations.record,
    routes: ROUTES,
    handlers,
    webRoot: webRoot(),
    documents: { '/config.json': { test: true } },
    mounts: { '/cognito': createCognitoProxy({ target: cognitoEndpoint, userPoolId }) },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return apiAt(
    url,
    async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      violations.assertNone();
    },
    violations.assertNone,
    options.headers,
  );
}

/**
 * Every answer the gateway gives is checked against the OpenAPI document as it is sent; a call
 * through {@link Api.call} fails on what it (or a request sent beside it) got that the document
 * does not describe, and closing the API fails on what is left, such as from a plain fetch.
 */
export function contractViolations() {
  const found: string[] = [];
  return {
    record: (exchange: GatewayExchange) => {
      const problems = contract().check(exchange);
      found.push(...problems);
      // To gather every problem of a run in one place while fixing the document.
      const report = process.env.CONTRACT_REPORT;
      if (report && problems.length) appendFileSync(report, `${problems.join('\n')}\n`);
    },
    assertNone: () => {
      if (found.length === 0) return;
      const problems = found.splice(0);
      throw new Error(`Responses the OpenAPI document does not describe:\n${problems.join('\n')}`);
    },
  };
}

function apiAt(
  url: string,
  close: () => Promise<void>,
  checkContract: () => void = () => undefined,
  defaultHeaders: Record<string, string> = {},
): Api {
  const send: Api['fetch'] = async (input, init = {}) => {
    const headers = new Headers(defaultHeaders);
    for (const [name, value] of new Headers(init.headers)) headers.set(name, value);
    const response = await fetch(input, { redirect: 'manual', ...init, headers });
    // The gateway checks an answer before it sends it: it is checked once it has arrived.
    checkContract();
    return response;
  };
  return {
    url,
    fetch: send,
    call: async (user, method, path, body, headers = {}) =>
      readResponse(
        await send(`${url}${path}`, {
          method,
          headers: {
            ...(user ? { authorization: `Bearer ${user.token}` } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        }),
      ),
    close,
  };
}

/** A response as the tests inspect it: the body parsed when it is JSON, else its text. */
export async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Asserts the status (showing the body when it differs) and returns the body. */
export function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** A valid program body; override what a test is about. */
export function programInput(overrides: Record<string, unknown> = {}) {
  const slug = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: 'Fiesta Agents',
    brandName: 'Fiesta',
    slug,
    description: 'Monthly missions for drivers.',
    landingUrl: 'https://example.com/fiesta?utm_source=embassy',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    questions: [
      { id: 'why', label: 'Why?', type: 'text', required: true },
      { id: 'channel', label: 'Channel', type: 'choice', options: ['YouTube', 'Blog'], required: true },
      { id: 'followers', label: 'Followers', type: 'number', min: 0 },
    ],
    ...overrides,
  };
}

export const validApplication = (overrides: Record<string, unknown> = {}) => ({
  answers: { why: 'I love it', channel: 'YouTube', followers: 100 },
  socialHandles: { instagram: '@me' },
  consent: { termsVersion: '1', accepted: true },
  ...overrides,
});

export { ROUTES };

/**
 * Reads until `accept` holds or the tries run out, then returns the last read: for what a stream
 * consumer writes after the request that caused it. The caller still asserts on the result.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  tries = 50,
): Promise<T> {
  let value = await read();
  for (let i = 0; i < tries && !accept(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * Sends again, as a client would, while the answer is 503 "try again in a moment" (at most ten
 * more times, waiting a little longer each time, with jitter so the retries of side-by-side
 * setups spread out): a 503 wrote nothing. For setup that many tests run at once against one
 * ambassador or one program on a loaded machine (the IAM proof's redemptions, side by side,
 * ran out of five tries once while a browser walk shared the machine).
 */
export async function whileUnavailable<R extends { status: number }>(send: () => Promise<R>): Promise<R> {
  let response = await send();
  for (let retry = 1; response.status === 503 && retry <= 10; retry++) {
    await new Promise((resolve) => setTimeout(resolve, 100 * retry + Math.random() * 200 * retry));
    response = await send();
  }
  return response;
}

/** Stream consumers over this file's table (default: the rollups), wired as the runtime wires them. */
export function startStreamConsumers(
  names: Array<'rollups' | 'activity' | 'webhookSender' | 'shopifySync' | 'notifier'> = ['rollups'],
): Promise<StreamPoller> {
  const handlers = { rollups, activity, webhookSender, shopifySync, notifier };
  return startStreamPoller({
    endpoint: dynamoEndpoint(),
    tableName,
    consumers: names.map((name) => ({ name, handler: handlers[name] as never, ...FUNCTIONS[name].stream })),
    intervalMs: 50,
  });
}
