import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * A local stand-in for Shopify's Admin GraphQL endpoint (`POST /admin/api/{version}/graphql.json`),
 * for the tests and for `EMBASSY_SHOPIFY_ADMIN_URL` in local development. No request from here
 * reaches Shopify. Built from Shopify's documented shapes:
 * - the mutations discountCodeBasicCreate, discountCodeBasicUpdate, discountCodeActivate and
 *   discountCodeDeactivate, and the query codeDiscountNodeByCode
 *   (https://shopify.dev/docs/api/admin-graphql/latest/mutations/discountCodeBasicCreate,
 *   …/mutations/discountCodeDeactivate, …/queries/codeDiscountNodeByCode);
 * - their payloads: `codeDiscountNode { id codeDiscount { … on DiscountCodeBasic } }` and
 *   `userErrors [{ field, code, message }]`, the codes from the DiscountErrorCode enum
 *   (…/enums/DiscountErrorCode: `TAKEN`, `VALUE_OUTSIDE_RANGE`, `INVALID`, `BLANK`);
 * - the input DiscountCodeBasicInput (…/input-objects/DiscountCodeBasicInput: title, code,
 *   startsAt, endsAt, context, customerGets.value.percentage (0–1) or discountAmount.amount,
 *   appliesOncePerCustomer);
 * - rate limits (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits): every
 *   answer carries `extensions.cost` with `requestedQueryCost`, `actualQueryCost` and
 *   `throttleStatus { maximumAvailable, currentlyAvailable, restoreRate }`; a throttled call is
 *   answered `errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }]` with
 *   `actualQueryCost: null`; and Shopify's API limits answer HTTP 429 with `Retry-After`
 *   (https://shopify.dev/docs/api/usage/limits).
 * - authentication: the `X-Shopify-Access-Token` header; a wrong one gets HTTP 401.
 */

/** A discount the stand-in made, as it keeps it. */
export type StandInDiscount = {
  id: string;
  code: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  active: boolean;
  appliesOncePerCustomer: boolean;
  value: { percentage: number } | { amount: string };
  /** The token of the call that made it: one shop per token. */
  token: string;
};

/** How the stand-in throttles: which of the calls, and how. */
export type Throttle = {
  /** Throttle every `every`-th call (2: every other one), counted from the first. */
  every: number;
  /** HTTP 429 with Retry-After, the GraphQL THROTTLED error with the cost figures, or by turns. */
  how: 'http429' | 'cost' | 'both';
};

export type StandInCall = { operation: string; token: string; throttled: boolean; code?: string };

const COST = 10;
const MAX_AVAILABLE = 2000;

export async function startShopifyAdminStandIn(options: { retryAfterSeconds?: string } = {}) {
  const discounts = new Map<string, StandInDiscount>();
  const calls: StandInCall[] = [];
  /** Successful creates per code, across attempts: what "exactly once" is counted on. */
  const creates = new Map<string, number>();
  /** Codes whose create is refused with a user error (INVALID), until cleared; `*` refuses every create. */
  const refuseCodes = new Set<string>();
  /** Codes whose create goes through but whose answer is lost (the connection is cut); `*`: the next create's. */
  const loseAnswerOf = new Set<string>();
  let throttle: Throttle | undefined;
  let counted = 0;
  let throttledTimes = 0;
  let ids = 1_000_000;

  const statusOf = (d: StandInDiscount, now = Date.now()) => {
    if (!d.active || (d.endsAt && Date.parse(d.endsAt) <= now)) return 'EXPIRED';
    return Date.parse(d.startsAt) > now ? 'SCHEDULED' : 'ACTIVE';
  };
  const node = (d: StandInDiscount) => ({
    id: d.id,
    codeDiscount: { __typename: 'DiscountCodeBasic', title: d.title, status: statusOf(d), endsAt: d.endsAt },
  });
  const cost = (available: number, actual: number | null) => ({
    cost: {
      requestedQueryCost: COST,
      actualQueryCost: actual,
      throttleStatus: { maximumAvailable: MAX_AVAILABLE, currentlyAvailable: available, restoreRate: 100 },
    },
  });
  const byCode = (token: string, code: string) =>
    [...discounts.values()].find((d) => d.token === token && d.code.toLowerCase() === code.toLowerCase());
  const byId = (token: string, id: unknown) => {
    const found = typeof id === 'string' ? discounts.get(id) : undefined;
    return found?.token === token ? found : undefined;
  };
  const payload = (field: string, d: StandInDiscount | undefined, userErrors: unknown[]) => ({
    data: { [field]: { codeDiscountNode: d && userErrors.length === 0 ? node(d) : null, userErrors } },
    extensions: cost(MAX_AVAILABLE - COST, COST),
  });
  const notFound = (field: string) =>
    payload(field, undefined, [{ field: ['id'], code: 'INVALID', message: 'Discount does not exist' }]);

  function create(token: string, input: Record<string, unknown>) {
    const field = 'discountCodeBasicCreate';
    const code = typeof input.code === 'string' ? input.code.trim() : '';
    if (!code)
      return payload(field, undefined, [
        { field: ['basicCodeDiscount', 'code'], code: 'BLANK', message: "Code can't be blank" },
      ]);
    if (byCode(token, code)) {
      return payload(field, undefined, [
        {
          field: ['basicCodeDiscount', 'code'],
          code: 'TAKEN',
          message: 'Code must be unique. Please try a different code.',
        },
      ]);
    }
    if (refuseCodes.has(code) || refuseCodes.has('*')) {
      return payload(field, undefined, [
        { field: ['basicCodeDiscount', 'code'], code: 'INVALID', message: 'Code is invalid' },
      ]);
    }
    const value = (input.customerGets as { value?: Record<string, unknown> } | undefined)?.value ?? {};
    const percentage = value.percentage;
    const amount = (value.discountAmount as { amount?: unknown } | undefined)?.amount;
    let kept: StandInDiscount['value'];
    if (typeof percentage === 'number') {
      if (!(percentage > 0 && percentage <= 1)) {
        return payload(field, undefined, [
          {
            field: ['basicCodeDiscount', 'customerGets', 'value', 'percentage'],
            code: 'VALUE_OUTSIDE_RANGE',
            message: 'Value must be between 0.0 and 1.0',
          },
        ]);
      }
      kept = { percentage };
    } else if (typeof amount === 'string' && /^\d+(\.\d+)?$/.test(amount) && Number(amount) > 0) {
      kept = { amount };
    } else {
      return payload(field, undefined, [
        {
          field: ['basicCodeDiscount', 'customerGets', 'value'],
          code: 'INVALID',
          message: 'Value is invalid',
        },
      ]);
    }
    const d: StandInDiscount = {
      id: `gid://shopify/DiscountCodeNode/${ids++}`,
      code,
      title: String(input.title ?? code),
      startsAt: String(input.startsAt ?? new Date().toISOString()),
      endsAt: typeof input.endsAt === 'string' ? input.endsAt : null,
      active: true,
      appliesOncePerCustomer: input.appliesOncePerCustomer === true,
      value: kept,
      token,
    };
    discounts.set(d.id, d);
    creates.set(code, (creates.get(code) ?? 0) + 1);
    return payload(field, d, []);
  }

  function answer(token: string, query: string, variables: Record<string, unknown>) {
    if (query.includes('discountCodeBasicCreate(')) {
      return create(token, (variables.basicCodeDiscount ?? {}) as Record<string, unknown>);
    }
    if (query.includes('discountCodeBasicUpdate(')) {
      const d = byId(token, variables.id);
      if (!d) return notFound('discountCodeBasicUpdate');
      const input = (variables.basicCodeDiscount ?? {}) as Record<string, unknown>;
      if ('endsAt' in input) d.endsAt = typeof input.endsAt === 'string' ? input.endsAt : null;
      return payload('discountCodeBasicUpdate', d, []);
    }
    for (const [field, active] of [
      ['discountCodeActivate', true],
      ['discountCodeDeactivate', false],
    ] as const) {
      if (!query.includes(`${field}(`)) continue;
      const d = byId(token, variables.id);
      if (!d) return notFound(field);
      d.active = active;
      return payload(field, d, []);
    }
    if (query.includes('codeDiscountNodeByCode(')) {
      const d = byCode(token, String(variables.code ?? ''));
      return { data: { codeDiscountNodeByCode: d ? node(d) : null }, extensions: cost(MAX_AVAILABLE - 1, 1) };
    }
    return {
      errors: [{ message: 'Field is not supported by the stand-in', extensions: { code: 'undefinedField' } }],
    };
  }

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    response
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(body));

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const token = String(request.headers['x-shopify-access-token'] ?? '');
      if (request.method !== 'POST' || !request.url?.endsWith('/graphql.json')) {
        return send(response, 404, { errors: 'Not Found' });
      }
      if (!token.startsWith('shpat_')) {
        return send(response, 401, {
          errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
        });
      }
      let body: { query?: unknown; variables?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return send(response, 400, { errors: 'Bad Request: the body is not JSON' });
      }
      const query = String(body.query ?? '');
      const variables = (body.variables ?? {}) as Record<string, unknown>;
      const operation = /(?:mutation|query)\s+(\w+)/.exec(query)?.[1] ?? 'unknown';
      const input = variables.basicCodeDiscount as { code?: unknown } | undefined;
      const code =
        typeof input?.code === 'string'
          ? input.code
          : typeof variables.code === 'string'
            ? variables.code
            : undefined;
      counted++;
      if (throttle && counted % throttle.every === 0) {
        throttledTimes++;
        calls.push({ operation, token, throttled: true, ...(code ? { code } : {}) });
        const viaCost = throttle.how === 'cost' || (throttle.how === 'both' && throttledTimes % 2 === 0);
        const throttled = {
          errors: [
            {
              message: 'Throttled',
              extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
            },
          ],
          extensions: cost(5, null),
        };
        if (viaCost) return send(response, 200, throttled);
        return send(response, 429, throttled, { 'retry-after': options.retryAfterSeconds ?? '0.05' });
      }
      calls.push({ operation, token, throttled: false, ...(code ? { code } : {}) });
      const result = answer(token, query, variables);
      const lost =
        operation === 'discountCodeBasicCreate' &&
        code &&
        (loseAnswerOf.delete(code) || loseAnswerOf.delete('*'));
      if (lost) {
        // The discount is made; the answer never arrives.
        request.socket.destroy();
        return;
      }
      send(response, 200, result);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin/api/2026-10/graphql.json`,
    discounts,
    calls,
    creates,
    /** The discounts with this code (all shops). */
    discountsWithCode: (code: string) => [...discounts.values()].filter((d) => d.code === code),
    statusOf,
    throttle: (next: Throttle | undefined) => {
      throttle = next;
      counted = 0;
    },
    refuse: (code: string, refused = true) => (refused ? refuseCodes.add(code) : refuseCodes.delete(code)),
    loseAnswer: (code: string) => loseAnswerOf.add(code),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type ShopifyAdminStandIn = Awaited<ReturnType<typeof startShopifyAdminStandIn>>;

// `node --import tsx test/shopify-admin-stand-in.ts`: a stand-in for `npm start` to point
// EMBASSY_SHOPIFY_ADMIN_URL at (README, "Shopify discount codes").
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const standIn = await startShopifyAdminStandIn();
  console.log(`Shopify Admin stand-in: EMBASSY_SHOPIFY_ADMIN_URL=${standIn.url}`);
}
