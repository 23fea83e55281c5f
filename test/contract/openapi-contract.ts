import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { buildOpenApiDocument } from '../../functions/http/openapi-document.ts';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: depending on the loader, its function is the default or the default's default.
const formatsExport = addFormatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats =
  typeof formatsExport.default === 'function' ? formatsExport.default : formatsExport.default.default;

/** One request as a client sent it, and the answer it got: what the contract is checked on. */
export type Exchange = {
  method: string;
  /** Path and query, as sent (percent-encoded). */
  url: string;
  requestHeaders?: IncomingHttpHeaders | Record<string, string>;
  requestBody?: Buffer | string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
};

type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses: Record<string, ResponseObject>;
};
type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
};
type ResponseObject = {
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, { required?: boolean; schema?: unknown }>;
};
type PathItem = Partial<Record<Method, Operation>>;
type Method = (typeof METHODS)[number];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const DOCUMENT_ID = 'embassy-openapi';

/** A JSON pointer segment (RFC 6901). */
export const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

const lowerHeaders = (headers: Exchange['headers'] | Exchange['requestHeaders'] = {}) =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name.toLowerCase(),
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  ) as Record<string, string | undefined>;

const mediaType = (value: string | undefined) => (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const text = (body: Buffer | string | undefined) =>
  body === undefined ? '' : typeof body === 'string' ? body : body.toString('utf8');

function parseJson(value: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('; ');

/** A path template of the document as a matcher: more literal segments first, as a router picks. */
type Template = { path: string; pattern: RegExp; names: string[]; literals: number };

function compileTemplates(paths: string[]): Template[] {
  return paths
    .map((path) => {
      const names: string[] = [];
      const source = path
        .split('/')
        .map((segment) => {
          const param = /^\{(\w+)\}$/.exec(segment);
          if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(param[1]);
          return '([^/]+)';
        })
        .join('/');
      const literals = path.split('/').filter((s) => s && !s.startsWith('{')).length;
      return { path, pattern: new RegExp(`^${source}$`), names, literals };
    })
    .sort((a, b) => b.literals - a.literals);
}

/**
 * The OpenAPI document as a checker of exchanges. A response fails when the document does not
 * describe it: a status it does not list, a content type it does not give, a body its schema
 * refuses, or a documented required header that is missing or malformed. A request the server
 * accepted (2xx) that the document's parameters or body schema would refuse fails too: a
 * client validating against the document could not have sent it. Methods a documented path does
 * not list must get 405 with `Allow`, and paths the document does not list a 404, both in the
 * error shape.
 */
export class OpenApiContract {
  readonly document: ReturnType<typeof buildOpenApiDocument>;
  private readonly ajv: Ajv2020;
  private readonly templates: Template[];
  private readonly compiled = new Map<string, ValidateFunction>();
  /** `METHOD path status` of every documented response seen, for coverage reports. */
  readonly seen = new Set<string>();

  constructor(document = buildOpenApiDocument()) {
    this.document = document;
    // strict: false: the document is a schema here only so that $refs resolve; its other keys
    // (openapi, paths, example) are not JSON Schema keywords.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    this.templates = compileTemplates(Object.keys(document.paths ?? {}));
  }

  /** The compiled schema at a JSON pointer into the document (the fuzz judges its requests with it). */
  validator(jsonPointer: string): ValidateFunction {
    let validate = this.compiled.get(jsonPointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${jsonPointer}` });
      this.compiled.set(jsonPointer, validate);
    }
    return validate;
  }

  private pathItem(path: string): PathItem {
    return (this.document.paths as Record<string, PathItem>)[path] ?? {};
  }

  /** The methods a documented path serves, for `Allow`. */
  allowedMethods(path: string): string[] {
    return METHODS.filter((m) => this.pathItem(path)[m]).map((m) => m.toUpperCase());
  }

  /** The documented path a request path falls under, with its decoded parameters. */
  match(pathname: string): { path: string; params: Record<string, string> } | undefined {
    for (const template of this.templates) {
      const found = template.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      template.names.forEach((name, i) => {
        const raw = found[i + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
        }
      });
      return { path: template.path, params };
    }
    return undefined;
  }

  /** What is wrong with one exchange, as readable lines; empty when the document describes it. */
  check(exchange: Exchange): string[] {
    const url = new URL(exchange.url, 'http://contract.local');
    const method = exchange.method.toLowerCase() as Method;
    const headers = lowerHeaders(exchange.headers);
    const found = this.match(url.pathname);
    const errorShape = this.validator('/components/schemas/Error');
    const label = `${exchange.method} ${url.pathname} → ${exchange.status}`;

    if (!found) {
      // Outside the document: the catch-all's 404 (or a 405 for a method it never serves).
      if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/r/')) return [];
      if (isGatewayNotFound(exchange, headers)) return [];
      return this.checkRefusal(label, exchange, headers, [404, 405, ...BEFORE_ROUTING], errorShape);
    }
    const operation = this.pathItem(found.path)[method];
    if (!operation) {
      // The platform's checks (URI and body caps, a malformed request) come before the method is
      // looked at, as they do for paths the document does not list.
      const problems = this.checkRefusal(label, exchange, headers, [405, ...BEFORE_ROUTING], errorShape);
      const allow = (headers.allow ?? '').split(/,\s*/).filter(Boolean).sort();
      const expected = this.allowedMethods(found.path).sort();
      if (exchange.status === 405 && allow.join() !== expected.join())
        problems.push(
          `${label}: Allow is "${headers.allow ?? ''}", the document serves ${expected.join(', ')}`,
        );
      return problems;
    }
    const problems: string[] = [];
    const at = `/paths/${pointer(found.path)}/${method}`;
    const status = String(exchange.status);
    const response =
      operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    const responseKey = operation.responses[status]
      ? status
      : operation.responses[`${status[0]}XX`]
        ? `${status[0]}XX`
        : 'default';
    if (!response) {
      return [
        `${label}: status ${status} is not documented for ${operation.operationId ?? method} (documented: ${Object.keys(operation.responses).join(', ')}); body ${text(exchange.body).slice(0, 300)}`,
      ];
    }
    this.seen.add(`${method.toUpperCase()} ${found.path} ${responseKey}`);
    problems.push(
      ...this.checkResponse(label, `${at}/responses/${pointer(responseKey)}`, response, exchange, headers),
    );
    if (exchange.status >= 200 && exchange.status < 300) {
      problems.push(...this.checkRequest(label, at, operation, found.params, url, exchange));
    }
    return problems;
  }

  private checkRefusal(
    label: string,
    exchange: Exchange,
    headers: Record<string, string | undefined>,
    statuses: number[],
    errorShape: ValidateFunction,
  ): string[] {
    if (!statuses.includes(exchange.status))
      return [`${label}: expected ${statuses.join(' or ')} for what the document does not list`];
    if (exchange.status === 405 && !headers.allow) return [`${label}: 405 without Allow`];
    if (exchange.method === 'HEAD') return [];
    const body = parseJson(text(exchange.body));
    if (mediaType(headers['content-type']) !== 'application/json' || !body.ok || !errorShape(body.value))
      return [`${label}: not in the error shape: ${text(exchange.body).slice(0, 200)}`];
    return [];
  }

  private checkResponse(
    label: string,
    at: string,
    response: ResponseObject,
    exchange: Exchange,
    headers: Record<string, string | undefined>,
  ): string[] {
    const problems: string[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) problems.push(`${label}: required header ${name} is missing`);
        continue;
      }
      if (header.schema) {
        const validate = this.validator(`${at}/headers/${pointer(name)}/schema`);
        const candidate = /^-?\d+$/.test(value) && !validate(value) ? Number(value) : value;
        if (!validate(candidate))
          problems.push(`${label}: header ${name} "${value}": ${describeErrors(validate.errors)}`);
      }
    }
    const body = text(exchange.body);
    const content = response.content;
    if (!content) {
      if (body !== '' && exchange.method !== 'HEAD')
        problems.push(`${label}: the document gives no body, the response has ${body.slice(0, 120)}`);
      return problems;
    }
    if (exchange.method === 'HEAD') return problems;
    const type = mediaType(headers['content-type']);
    const media = content[type];
    if (!media) {
      problems.push(
        `${label}: content type "${type}" is not documented (${Object.keys(content).join(', ')})`,
      );
      return problems;
    }
    if (!media.schema) return problems;
    const validate = this.validator(`${at}/content/${pointer(type)}/schema`);
    if (type === 'application/json' || type.endsWith('+json')) {
      const parsed = parseJson(body);
      if (!parsed.ok) problems.push(`${label}: the body is not JSON: ${body.slice(0, 120)}`);
      else if (!validate(parsed.value))
        problems.push(`${label}: body refused by the document: ${describeErrors(validate.errors)}`);
    } else if (!validate(body)) {
      problems.push(`${label}: body refused by the document: ${describeErrors(validate.errors)}`);
    }
    return problems;
  }

  /** Only for accepted requests: the document must allow what the server took. */
  private checkRequest(
    label: string,
    at: string,
    operation: Operation,
    pathParams: Record<string, string>,
    url: URL,
    exchange: Exchange,
  ): string[] {
    const problems: string[] = [];
    const requestHeaders = lowerHeaders(exchange.requestHeaders);
    (operation.parameters ?? []).forEach((parameter, index) => {
      const value: string | undefined =
        parameter.in === 'path'
          ? pathParams[parameter.name]
          : parameter.in === 'query'
            ? (url.searchParams.get(parameter.name) ?? undefined)
            : parameter.in === 'header'
              ? requestHeaders[parameter.name.toLowerCase()]
              : undefined;
      if (value === undefined) {
        if (parameter.required && parameter.in !== 'cookie')
          problems.push(
            `${label}: accepted without the required ${parameter.in} parameter ${parameter.name}`,
          );
        return;
      }
      if (!parameter.schema) return;
      const validate = this.validator(`${at}/parameters/${index}/schema`);
      if (!acceptsWireValue(validate, value))
        problems.push(
          `${label}: accepted ${parameter.in} parameter ${parameter.name}="${value.slice(0, 80)}" that the document refuses: ${describeErrors(validate.errors)}`,
        );
    });
    const body = text(exchange.requestBody);
    const content = operation.requestBody?.content;
    if (content && body.trim() !== '') {
      const type = mediaType(requestHeaders['content-type']) || 'application/json';
      const media = content[type] ?? content['application/json'];
      if (media?.schema && type === 'application/json') {
        const parsed = parseJson(body);
        const validate = this.validator(`${at}/requestBody/content/${pointer('application/json')}/schema`);
        if (parsed.ok && !validate(parsed.value))
          problems.push(`${label}: accepted a body the document refuses: ${describeErrors(validate.errors)}`);
      }
    }
    return problems;
  }
}

/** Query and path values are strings on the wire; the document may type them as numbers or booleans. */
export function acceptsWireValue(validator: ValidateFunction, value: string): boolean {
  const validate = validator as (candidate: unknown) => boolean;
  if (validate(value)) return true;
  if (value.trim() !== '' && !Number.isNaN(Number(value)) && validate(Number(value))) return true;
  return (value === 'true' || value === 'false') && validate(value === 'true');
}

/**
 * What every request can get before its route is chosen: not through CloudFront (403, the
 * origin check), malformed, too large, too long.
 */
const BEFORE_ROUTING = [400, 403, 413, 414];

/**
 * API Gateway's own 404, `{ "message": "Not Found" }`, for a path no route takes at all (`/api/`
 * and `/r/` themselves: the catch-alls need a segment): the document's info says so.
 */
function isGatewayNotFound(exchange: Exchange, headers: Record<string, string | undefined>): boolean {
  const path = new URL(exchange.url, 'http://contract.local').pathname;
  if (exchange.status !== 404 || (path !== '/api/' && path !== '/r/')) return false;
  const body = parseJson(text(exchange.body));
  return (
    mediaType(headers['content-type']) === 'application/json' &&
    body.ok &&
    JSON.stringify(body.value) === '{"message":"Not Found"}'
  );
}

let shared: OpenApiContract | undefined;

/** The contract of this process, built once (the document is built from every app's routes). */
export function contract(): OpenApiContract {
  shared ??= new OpenApiContract();
  return shared;
}

/**
 * The problems of every exchange a running Embassy recorded (`npm start -- --record-exchanges
 * <file>`), one line each with the request that caused it.
 */
export function recordedProblems(file: string): { exchanges: number; problems: string[] } {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const problems = lines.flatMap((line) => contract().check(JSON.parse(line) as Exchange));
  return { exchanges: lines.length, problems };
}
