import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { dashboardHeaders } from '../shared/platform/http/security-headers.ts';
import { FUNCTIONS, type FunctionName, type RouteDefinition } from '../shared/platform/routes.ts';

export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

export type CompiledRoute = RouteDefinition & { pattern: RegExp; params: string[]; rank: number[] };

/** Lambda's synchronous payload cap (API Gateway's own is 10 MB, but the invoke fails past 6 MB). */
const MAX_GATEWAY_BODY = 6 * 1024 * 1024;

const TEXT_TYPES = /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript)|[^;]*\+json)/i;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Compiles the route table; more literal segments win, greedy routes come last, as in API Gateway. */
export function compileRoutes(routes: readonly RouteDefinition[]): CompiledRoute[] {
  return routes
    .map((route) => {
      const params: string[] = [];
      const segments = route.path.split('/').filter(Boolean);
      const source = segments
        .map((segment) => {
          const param = /^\{(\w+)(\+)?\}$/.exec(segment);
          if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          params.push(param[1]);
          return param[2] ? '(.+)' : '([^/]+)';
        })
        .join('/');
      const greedy = route.path.includes('+}') ? 1 : 0;
      const literals = segments.filter((s) => !s.startsWith('{')).length;
      return {
        ...route,
        params,
        pattern: new RegExp(`^/${source}$`),
        rank: [greedy, -literals, route.method === 'ANY' ? 1 : 0],
      };
    })
    .sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]!);
}

/** Finds the route API Gateway would choose for a method and path. */
export function matchRoute(routes: CompiledRoute[], method: string, path: string) {
  for (const route of routes) {
    if (route.method !== 'ANY' && route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const pathParameters: Record<string, string> = {};
    route.params.forEach((name, i) => {
      pathParameters[name] = safeDecode(match[i + 1] ?? '');
    });
    return { route, pathParameters };
  }
  return undefined;
}

/** Percent-decoding that never throws: a malformed escape stays as it was, as API Gateway passes it. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_GATEWAY_BODY) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** One HTTP request as the gateway received it: what it builds the Lambda event from. */
export type GatewayRequest = {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** `1.1` unless told. */
  httpVersion?: string;
  /** The connection's address; `127.0.0.1` unless told. */
  sourceIp?: string;
};

/** What the gateway answers: a function's result as API Gateway reads it, or the gateway's own error. */
export type GatewayResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer | string;
};

/** Builds the API Gateway HTTP API (payload 2.0) event for a request, as AWS would. */
export function toEvent(
  request: GatewayRequest,
  route: RouteDefinition,
  pathParameters: Record<string, string>,
): APIGatewayProxyEventV2 {
  const { url, body } = request;
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies.push(...String(value).split(/;\s*/).filter(Boolean));
    else headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;
  const isText = body.length === 0 || TEXT_TYPES.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion ?? '1.1'}`,
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: !isText && body.length > 0,
  };
}

/**
 * Locally each function gets this many times its deployed timeout. DynamoDB Local shares the
 * machine's cores with every handler and the tests, and under load answers in seconds where
 * DynamoDB answers in milliseconds (the reason DYNAMODB_TIMEOUT_MS is raised in
 * local/runtime.ts too). The deployed timeouts and their ladder are checked by the CDK tests.
 */
export const LOCAL_TIMEOUT_SCALE = 3;

/** API Gateway's own bodies when there is no route or the integration fails: not our error shape, as in AWS. */
const gatewayError = (status: number, message: string): GatewayResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ message }),
});

/**
 * Routes one API request as API Gateway would: the route the table maps it to, the v2 event,
 * the real handler within its timeout, and the result read the way payload 2.0 is read. The
 * HTTP server answers with it; tests call it in-process to send many requests quickly.
 */
export async function invokeRoute(
  compiled: CompiledRoute[],
  handlers: Record<FunctionName, LambdaHandler>,
  request: GatewayRequest,
): Promise<GatewayResponse> {
  const matched = matchRoute(compiled, request.method, request.url.pathname);
  if (!matched) return gatewayError(404, 'Not Found');
  if (request.body.length > MAX_GATEWAY_BODY) return gatewayError(413, 'Request Entity Too Large');
  const event = toEvent(request, matched.route, matched.pathParameters);
  const fn = matched.route.function;
  const timeoutMs = FUNCTIONS[fn].timeoutSeconds * 1000 * LOCAL_TIMEOUT_SCALE;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const result = await Promise.race([
    handlers[fn](event, lambdaContext(fn, event.requestContext.requestId, Date.now() + timeoutMs)),
    timeout,
  ]).finally(() => clearTimeout(timer));
  // A function that runs out of time is a failed invoke: API Gateway answers 500.
  if (result === 'timeout') return gatewayError(500, 'Internal Server Error');
  return toResponse(result, event.requestContext.requestId);
}

/** What the local functions are named, as CDK names them in AWS: what their log lines say. */
export const localFunctionName = (fn: string) => `embassy-${fn}`;

function lambdaContext(fn: FunctionName, requestId: string, deadline: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: localFunctionName(fn),
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:embassy-${fn}`,
    memoryLimitInMB: String(FUNCTIONS[fn].memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/embassy-${fn}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function send(res: ServerResponse, response: GatewayResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

/** A Lambda result as API Gateway interprets payload 2.0. */
function toResponse(result: APIGatewayProxyResultV2, requestId: string): GatewayResponse {
  // API Gateway names its request id in every response; the error bodies quote the same id.
  if (typeof result === 'string' || !('statusCode' in result) || result.statusCode === undefined) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'apigw-requestid': requestId },
      body: typeof result === 'string' ? result : JSON.stringify(result),
    };
  }
  const headers: Record<string, string | string[]> = { 'apigw-requestid': requestId };
  for (const [name, value] of Object.entries(result.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body =
    result.body === undefined
      ? ''
      : result.isBase64Encoded
        ? Buffer.from(result.body, 'base64')
        : result.body;
  return { status: result.statusCode, headers, body };
}

export type GatewayOptions = {
  routes: readonly RouteDefinition[];
  handlers: Record<FunctionName, LambdaHandler>;
  /** The built dashboard, served for every path the API does not own. */
  webRoot: string;
  /** Extra static JSON documents, such as `/config.json`. */
  documents?: Record<string, unknown>;
  /** Local-only services under a path prefix, such as the Cognito proxy at `/cognito`. */
  mounts?: Record<string, (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>>;
  onRequest?: (entry: { method: string; path: string; status: number; ms: number }) => void;
  /**
   * Sees every answer to an API or `/r/` path with the request it answers, before it is sent:
   * the tests check each one against the OpenAPI document (test/contract/).
   */
  onExchange?: (exchange: GatewayExchange) => void;
};

/** A request to the API and the gateway's answer to it. */
export type GatewayExchange = GatewayResponse & {
  method: string;
  /** Path and query as sent. */
  url: string;
  requestHeaders: IncomingHttpHeaders;
  requestBody: Buffer;
};

/**
 * The local API gateway: one HTTP server that turns each request into the v2 event,
 * invokes the real Lambda handler the route table maps it to, and serves the web files on
 * the same origin, as CloudFront does in AWS.
 */
export function createGateway(options: GatewayOptions): Server {
  const compiled = compileRoutes(options.routes);
  const ownsPath = (path: string) => path === '/api' || path.startsWith('/api/') || path.startsWith('/r/');

  return createServer(async (req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    res.on('finish', () =>
      options.onRequest?.({ method, path: url.pathname, status: res.statusCode, ms: Date.now() - started }),
    );
    try {
      const mount = Object.entries(options.mounts ?? {}).find(
        ([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
      );
      if (mount) {
        const body = await readBody(req);
        if (body === 'too_large') return send(res, gatewayError(413, 'Request Entity Too Large'));
        await mount[1](req, res, body);
        return;
      }
      let requestBody: Buffer = Buffer.alloc(0);
      const answer = (response: GatewayResponse) => {
        options.onExchange?.({
          ...response,
          method,
          url: req.url ?? '/',
          requestHeaders: req.headers,
          requestBody,
        });
        send(res, response);
      };
      // `new URL` resolves dot segments, even encoded ones (`/api/%2e%2e/x` is `/x`): an API path
      // that would leave /api that way is refused here, in the error shape, not served as a file.
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      if (ownsPath(rawPath) && !ownsPath(url.pathname)) {
        return answer({
          status: 400,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            error: { code: 'bad_request', message: 'The path has dot segments', requestId: randomUUID() },
          }),
        });
      }
      if (!ownsPath(url.pathname)) {
        await serveStatic(res, method, url.pathname, options);
        return;
      }
      // A claimed length over the cap is refused before reading, as API Gateway does: a client
      // that claims 100 MB and sends 10 bytes must not hold the connection open.
      if (Number(req.headers['content-length'] ?? 0) > MAX_GATEWAY_BODY) {
        const refused = gatewayError(413, 'Request Entity Too Large');
        return answer({ ...refused, headers: { ...refused.headers, connection: 'close' } });
      }
      const body = await readBody(req);
      if (body === 'too_large') return answer(gatewayError(413, 'Request Entity Too Large'));
      requestBody = body;
      const sourceIp = req.socket.remoteAddress?.replace(/^::ffff:/, '');
      answer(
        await invokeRoute(compiled, options.handlers, {
          method,
          url,
          headers: req.headers,
          body,
          httpVersion: req.httpVersion,
          ...(sourceIp ? { sourceIp } : {}),
        }),
      );
    } catch (error) {
      console.error(`[gateway] ${method} ${url.pathname} failed:`, error);
      if (!res.headersSent) send(res, gatewayError(500, 'Internal Server Error'));
    }
  });
}

async function serveStatic(
  res: ServerResponse,
  method: string,
  path: string,
  options: GatewayOptions,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    // A 405 names what is allowed (RFC 9110 §15.5.6): the dashboard's files are only read.
    const refused = gatewayError(405, 'Method Not Allowed');
    return send(res, { ...refused, headers: { ...refused.headers, allow: 'GET, HEAD' } });
  }
  const document = options.documents?.[path];
  if (document !== undefined) {
    const body = JSON.stringify(document);
    return send(res, {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: method === 'HEAD' ? '' : body,
    });
  }
  const root = normalize(options.webRoot);
  let file = normalize(join(root, safeDecode(path)));
  if (!file.startsWith(root + sep) && file !== root) return send(res, gatewayError(404, 'Not Found'));
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) {
    // Client-side routes (such as /p/{slug}) get the app shell, as CloudFront's error mapping does.
    if (extname(path) !== '') return send(res, gatewayError(404, 'Not Found'));
    file = join(root, 'index.html');
  }
  const content = await readFile(file).catch(() => undefined);
  if (!content) return send(res, gatewayError(404, 'Not Found'));
  const type = MIME[extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=300';
  send(res, {
    status: 200,
    headers: { 'content-type': type, 'cache-control': cache, ...dashboardHeaders() },
    body: method === 'HEAD' ? '' : content,
  });
}
