import fc from 'fast-check';
import { acceptsWireValue, type OpenApiContract, pointer } from '../contract/openapi-contract.ts';
import type { Caller } from './fixture.ts';
import {
  type DocumentArbitraries,
  type Place,
  RANGE_PAIRS,
  SPANS,
  shifted,
  wireText,
} from './from-document.ts';
import {
  buildRequest,
  type HostileRequest,
  hostileHeaderValue,
  type Parts,
  pathsOf,
  percentEncode,
  type RoutePlan,
  withFragment,
} from './hostile-requests.ts';
import { HOSTILE_STRINGS } from './hostile-values.ts';

/** A parameter of an operation, with the pointer of its object in the document. */
export type DocumentParameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  at: string;
};

/** One operation of the document: where it is, what it takes. */
export type DocumentOperation = {
  key: string;
  method: string;
  path: string;
  operationId: string;
  parameters: DocumentParameter[];
  /** The JSON request body's schema pointer, when the operation documents one. */
  body?: { at: string; required: boolean };
};

/** What a generated request is, by the document: the judge of the generators is `documentAccepts`. */
export type Intent = 'valid' | 'broken' | 'hostile' | 'refused';

/** One generated request for one operation, before the caller's credentials are added. */
export type PlannedRequest = { operation: string; intent: Intent; caller: Caller; request: HostileRequest };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const CALLERS: Caller[] = ['anonymous', 'stranger', 'ambassador', 'manager', 'brand', 'admin', 'apiKey'];
const ACCEPTS = ['application/json', 'text/csv', '*/*', 'text/html', 'application/xml', ''];
/** Query names a client should not be able to do anything with. */
const ODD_QUERY_NAMES = ['__proto__', 'constructor', 'toString', 'From', 'LIMIT', 'limit[]', 'x'];

type Json = Record<string, unknown>;

/** Path values that do not stay one segment of the path: URL parsers drop or merge them. */
const SEGMENT_LEAVERS = ['', '.', '..'];

/**
 * Every operation of the document (every path and method, the redirect and the public routes
 * included), with its parameters and JSON body.
 * @throws Error for a parameter `$ref` or a body of another media type: the fuzz would skip it.
 */
export function documentOperations(document: { paths?: unknown }): DocumentOperation[] {
  const operations: DocumentOperation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const at = `/paths/${pointer(path)}/${method}`;
      const parameters = ((operation.parameters ?? []) as Json[]).map((p, i): DocumentParameter => {
        if ('$ref' in p) throw new Error(`${method} ${path}: parameter $refs are not generated`);
        return {
          name: String(p.name),
          in: p.in as DocumentParameter['in'],
          required: p.required === true,
          at: `${at}/parameters/${i}`,
        };
      });
      const requestBody = operation.requestBody as
        | { required?: boolean; content?: Record<string, unknown> }
        | undefined;
      const types = Object.keys(requestBody?.content ?? {});
      if (types.some((t) => t !== 'application/json'))
        throw new Error(`${method} ${path}: a body of ${types.join(', ')} is not generated`);
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        parameters,
        ...(types.length
          ? {
              body: {
                at: `${at}/requestBody/content/${pointer('application/json')}/schema`,
                required: requestBody?.required === true,
              },
            }
          : {}),
      });
    }
  }
  return operations;
}

/** A request in the making: every part valid unless the focus changed it. */
type Draft = {
  params: Record<string, string>;
  query: Array<[string, string]>;
  /** A JSON value; `undefined` keeps the plan's body (raw bodies), `NO_BODY` sends none. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  method?: string;
  caller?: Caller;
  intent: Intent;
  kind: string;
};

const NO_BODY = Symbol('no body');

type Base = { params: Record<string, string>; query: Record<string, string>; body: unknown };

/**
 * The requests of one operation: a valid one (real fixture ids in the path, query and body
 * generated from their schemas) with one focus at a time: a path, query or body value broken
 * or hostile, a required part missing, a reversed range, another caller, another Accept,
 * another method.
 */
export function operationRequests(
  op: DocumentOperation,
  plan: RoutePlan,
  gen: DocumentArbitraries,
  allowedMethods: string[],
): fc.Arbitrary<PlannedRequest> {
  const path = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  const place = (p: DocumentParameter): Place => {
    const seed = p.in === 'query' ? plan.query[p.name] : p.in === 'header' ? plan.headers[p.name] : undefined;
    return {
      at: `${p.at}/schema`,
      path: `${p.in}.${p.name}`,
      name: p.name,
      wire: true,
      ...(seed ? { seed } : {}),
    };
  };
  const text = (a: fc.Arbitrary<unknown>) => a.map(wireText);

  const base: fc.Arbitrary<Base> = fc.record({
    params: fc.record(
      Object.fromEntries(
        path.map((p) => [
          p.name,
          fc.oneof(
            // Mostly the fixture's own record, so the request gets past 404 into the handler.
            { weight: 8, arbitrary: fc.constant(plan.params[p.name] ?? '') },
            // An empty or dot segment would leave the operation's path (`/r/` for `/r/{code}`,
            // `a/./b` is `a/b`): not a value a client can send for it.
            {
              weight: 2,
              arbitrary: text(gen.valid(place(p))).map((v) =>
                SEGMENT_LEAVERS.includes(v) ? (plan.params[p.name] ?? '') : v,
              ),
            },
          ),
        ]),
      ),
    ),
    // An optional parameter in one request of three: a generated cursor or filter mostly ends
    // the request early (400, nothing found), and the focus below tries each one anyway.
    query: fc
      .record(
        Object.fromEntries(
          query.map((p) => [
            p.name,
            p.required
              ? text(gen.valid(place(p)))
              : fc.oneof(
                  { weight: 2, arbitrary: fc.constant(undefined) },
                  { weight: 1, arbitrary: text(gen.valid(place(p))) },
                ),
          ]),
        ),
      )
      .map(
        (q) =>
          Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as Record<string, string>,
      ),
    body: op.body ? gen.valid({ at: op.body.at, path: 'body', seed: plan.body }) : fc.constant(undefined),
  });

  type Focus = (b: Base) => Draft;
  const focuses: Array<fc.WeightedArbitrary<Focus>> = [];
  const draft = (b: Base, intent: Intent, kind: string, changes: Partial<Draft> = {}): Draft => ({
    params: b.params,
    query: Object.entries(b.query),
    body: b.body,
    intent,
    kind,
    ...changes,
  });
  const setQuery = (b: Base, name: string, value: string | undefined) => {
    const rest = Object.entries(b.query).filter(([k]) => k !== name);
    return value === undefined ? rest : [...rest, [name, value] as [string, string]];
  };

  focuses.push({ weight: 12, arbitrary: fc.constant((b: Base) => draft(b, 'valid', 'valid')) });
  // An empty or dot segment is no value of a path parameter: `/r/` or `/r/./` leaves the
  // operation (for `/r/` API Gateway answers its own 404). Paths outside the document are the
  // hostile-input fuzz's; here such a value is sent as the valid request instead.
  const inPath = (b: Base, intent: Intent, how: string, name: string, value: unknown): Draft => {
    const text = wireText(value);
    return SEGMENT_LEAVERS.includes(text)
      ? draft(b, 'valid', 'valid')
      : draft(b, intent, how, { params: { ...b.params, [name]: text } });
  };
  for (const p of path) {
    const broken = gen.broken(place(p));
    if (broken)
      focuses.push({
        weight: 2,
        arbitrary: broken.map((v) => (b: Base) => inPath(b, 'broken', v.how, p.name, v.value)),
      });
    focuses.push({
      weight: 2,
      arbitrary: gen.hostile(place(p)).map((v) => (b: Base) => inPath(b, 'hostile', v.how, p.name, v.value)),
    });
  }
  for (const p of query) {
    const broken = gen.broken(place(p));
    if (broken)
      focuses.push({
        weight: 2,
        arbitrary: broken.map(
          (v) => (b: Base) => draft(b, 'broken', v.how, { query: setQuery(b, p.name, wireText(v.value)) }),
        ),
      });
    focuses.push({
      weight: 2,
      arbitrary: gen
        .hostile(place(p))
        .map(
          (v) => (b: Base) => draft(b, 'hostile', v.how, { query: setQuery(b, p.name, wireText(v.value)) }),
        ),
    });
    if (p.required)
      focuses.push({
        weight: 1,
        arbitrary: fc.constant((b: Base) =>
          draft(b, 'broken', `query.${p.name}: missing`, { query: setQuery(b, p.name, undefined) }),
        ),
      });
    focuses.push({
      weight: 1,
      arbitrary: text(gen.valid(place(p))).map(
        (v) => (b: Base) =>
          draft(b, 'hostile', `query.${p.name}: twice`, { query: [...setQuery(b, p.name, v), [p.name, v]] }),
      ),
    });
  }
  for (const [from, to] of RANGE_PAIRS) {
    const a = query.find((p) => p.name === from);
    const z = query.find((p) => p.name === to);
    if (!a || !z) continue;
    focuses.push({
      weight: 4,
      arbitrary: fc.tuple(text(gen.valid(place(a))), text(gen.valid(place(z)))).map(([x, y]) => (b: Base) => {
        const [high, low] = x >= y ? [x, y] : [y, x];
        const rest = Object.entries(b.query).filter(([k]) => k !== from && k !== to);
        return draft(b, 'valid', `query: reversed ${from} ≥ ${to}`, {
          query: [...rest, [from, high], [to, low]],
        });
      }),
    });
    focuses.push({
      weight: 4,
      arbitrary: fc.tuple(text(gen.valid(place(a))), SPANS).map(([x, span]) => (b: Base) => {
        const rest = Object.entries(b.query).filter(([k]) => k !== from && k !== to);
        return draft(b, 'hostile', `query: ${to} = ${from} + ${span}`, {
          query: [...rest, [from, x], [to, wireText(shifted(x, span))]],
        });
      }),
    });
  }
  focuses.push({
    // An operation with no parameters and no body has little else to make hostile.
    weight: query.length === 0 && path.length === 0 && !op.body ? 4 : 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...ODD_QUERY_NAMES),
        fc.constantFrom('x', '1', '', ...HOSTILE_STRINGS.slice(0, 20)),
      )
      .map(
        ([name, value]) =>
          (b: Base) =>
            draft(b, 'hostile', `query: unknown ${name}`, {
              query: [...Object.entries(b.query), [name, value]],
            }),
      ),
  });
  if (op.body) {
    const bodyPlace = { at: op.body.at, path: 'body', seed: plan.body };
    const broken = gen.broken(bodyPlace);
    if (broken)
      focuses.push({
        weight: 8,
        arbitrary: broken.map((v) => (b: Base) => draft(b, 'broken', v.how, { body: v.value })),
      });
    focuses.push({
      weight: 6,
      arbitrary: gen
        .hostile(bodyPlace)
        .map((v) => (b: Base) => draft(b, 'hostile', v.how, { body: v.value })),
    });
    if (op.body.required)
      focuses.push({
        weight: 1,
        arbitrary: fc.constant((b: Base) => draft(b, 'broken', 'body: missing', { body: NO_BODY })),
      });
  } else if (plan.bodyText !== undefined) {
    // A body the document does not describe (a webhook's, an optional reason): its text fields
    // get the hostile strings.
    const seed: unknown = JSON.parse(plan.bodyText);
    const strings = pathsOf(seed).strings;
    if (strings.length)
      focuses.push({
        weight: 4,
        arbitrary: fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...HOSTILE_STRINGS)).map(
          ([at, value]) =>
            (b: Base) =>
              draft(b, 'hostile', `body.${at.join('.')}: hostile ${JSON.stringify(value)}`, {
                rawBody: withFragment(seed, at, JSON.stringify(value)),
              }),
        ),
      });
  }
  focuses.push({
    weight: 1,
    arbitrary: fc
      .constantFrom(...CALLERS.filter((c) => c !== plan.caller))
      .map((caller) => (b: Base) => draft(b, 'valid', `caller ${caller}`, { caller })),
  });
  // Headers the route reads that the document does not describe (the redirect's visitor
  // headers, Shopify's): each one hostile in turn, as a proxy would pass it.
  const readHeaders = Object.keys(plan.headers).filter((h) => !h.startsWith('x-shopify-hmac'));
  if (readHeaders.length)
    focuses.push({
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...readHeaders),
          fc.oneof(
            hostileHeaderValue,
            fc.constantFrom(
              '',
              '::1',
              '::ffff:203.0.113.7',
              '203.0.113.7, 10.0.0.1',
              '[::1]:443',
              '999.1.1.1:99999',
            ),
          ),
        )
        .map(
          ([name, value]) =>
            (b: Base) =>
              draft(b, 'hostile', `header ${name}`, { headers: { [name]: value } }),
        ),
    });
  focuses.push({
    weight: 1,
    arbitrary: fc
      .constantFrom(...ACCEPTS)
      .map((accept) => (b: Base) => draft(b, 'valid', `accept ${accept}`, { headers: { accept } })),
  });
  const others = OTHER_METHODS.filter((m) => !allowedMethods.includes(m));
  if (others.length)
    focuses.push({
      weight: 1,
      arbitrary: fc
        .constantFrom(...others)
        .map((method) => (b: Base) => draft(b, 'refused', `method ${method}`, { method, body: NO_BODY })),
    });

  return fc.tuple(base, fc.oneof(...focuses)).map(([b, focus]) => {
    const d = focus(b);
    const parts: Parts = {
      params: Object.fromEntries(Object.entries(d.params).map(([k, v]) => [k, percentEncode(v)])),
      query: d.query.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'),
      kind: d.kind,
      ...(d.headers ? { headers: d.headers } : {}),
      ...(d.method ? { method: d.method } : {}),
    };
    if (d.rawBody !== undefined) parts.body = d.rawBody;
    else if (d.body === NO_BODY) parts.body = '';
    else if (d.body !== undefined) parts.body = JSON.stringify(d.body);
    return {
      operation: op.key,
      intent: d.intent,
      caller: d.caller ?? plan.caller,
      request: buildRequest(plan, parts),
    };
  });
}

/**
 * Whether the document accepts what a request sends to an operation: its path, parameters and
 * JSON body, each against its schema. The generators' intents are checked against it.
 */
export function documentAccepts(
  op: DocumentOperation,
  request: HostileRequest,
  contract: OpenApiContract,
): boolean {
  const url = new URL(request.target, 'http://localhost');
  const found = contract.match(url.pathname);
  if (!found || found.path !== op.path || request.method !== op.method) return false;
  for (const p of op.parameters) {
    const value =
      p.in === 'path'
        ? found.params[p.name]
        : p.in === 'query'
          ? (url.searchParams.get(p.name) ?? undefined)
          : p.in === 'header'
            ? request.headers[p.name.toLowerCase()]
            : undefined;
    if (value === undefined) {
      if (p.required && p.in !== 'cookie') return false;
      continue;
    }
    if (!acceptsWireValue(contract.validator(`${p.at}/schema`), value)) return false;
  }
  if (!op.body) return true;
  const body = request.body.toString('utf8');
  if (body.trim() === '') return !op.body.required;
  try {
    return contract.validator(op.body.at)(JSON.parse(body)) === true;
  } catch {
    return false;
  }
}
