import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, ERROR_STATUS, type ErrorCode, isAppError } from '#shared/errors.ts';
import { acceptedLanguages, pickLanguage } from '#shared/i18n/languages.ts';
import { cancellationReasons } from '#shared/platform/db/transactions.ts';
import { log } from '#shared/platform/log.ts';

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
};

const STATUS_CODES = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code]),
) as Record<number, ErrorCode>;

/** DynamoDB and network failures that mean "try again shortly", not "we are broken". */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return TRANSIENT.has(error.name) || (code !== undefined && TRANSIENT.has(code)) || isTransient(error.cause);
}

/** A readable one-line summary of a zod error: `name: Required; landingUrl: Must be https`. */
function summarise(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The headers an error's details call for: `Retry-After` for a `rate_limited` error that says
 * when to come back (seconds), `Allow` for a `method_not_allowed` that lists the methods.
 */
function errorHeaders(error: AppError): Record<string, string> | undefined {
  const details = error.details as { retryAfterSeconds?: unknown; allow?: unknown } | undefined;
  const seconds = details?.retryAfterSeconds;
  if (error.code === 'rate_limited' && typeof seconds === 'number' && seconds > 0)
    return { 'retry-after': String(Math.ceil(seconds)) };
  if (error.code === 'method_not_allowed' && Array.isArray(details?.allow))
    return { allow: details.allow.join(', ') };
  return undefined;
}

/**
 * The one error mapper. ZodError → 422 (400 for query and path), a coded error → its status
 * (429 with `Retry-After`), transient infrastructure errors → 503, anything else → a generic
 * 500 that is logged with its stack and never shown.
 */
export function toErrorResponse(
  error: unknown,
  requestId: string,
): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  const body = (code: ErrorCode, message: string, details?: unknown): ErrorBody => ({
    error: { code, message, ...(details === undefined ? {} : { details }), requestId },
  });

  const zod = zodErrorOf(error);
  if (zod) {
    const inBody = !(error instanceof ValidationError) || error.target === 'json';
    const details = {
      ...(error instanceof ValidationError ? { in: error.target } : {}),
      issues: zod.issues
        .slice(0, 20)
        .map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })),
    };
    const code: ErrorCode = inBody ? 'validation_failed' : 'bad_request';
    return { status: ERROR_STATUS[code], body: body(code, summarise(zod), details) };
  }
  if (isAppError(error) && error.expose) {
    const headers = errorHeaders(error);
    return {
      status: error.status,
      body: body(error.code, error.message, error.details),
      ...(headers ? { headers } : {}),
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = STATUS_CODES[error.status] ?? 'bad_request';
    const message =
      error.status === 413 ? 'The request body is larger than 64 KB' : error.message || 'Bad request';
    return { status: error.status, body: body(code, message) };
  }
  const cancelled = cancellationReasons(error);
  if (cancelled.includes('TransactionConflict')) {
    return {
      status: 409,
      body: body('conflict', 'Someone changed the same record at the same moment; read it again and retry'),
    };
  }
  if (
    isTransient(error) ||
    cancelled.some((code) => code === 'ThrottlingError' || code === 'ProvisionedThroughputExceeded')
  ) {
    log.warn('transient failure', { requestId, error: String(error) });
    return {
      status: 503,
      body: body('unavailable', 'The service is briefly unavailable; try again in a few seconds'),
    };
  }
  log.error('unhandled error', {
    requestId,
    error:
      error instanceof Error
        ? { name: error.name, message: error.message, stack: error.stack }
        : String(error),
  });
  return {
    status: 500,
    body: body('internal', 'Something went wrong on our side; quote the request id if you report it'),
  };
}

/** The zod failure an error is or carries (a {@link ValidationError}'s), if any. */
function zodErrorOf(error: unknown): ZodError | undefined {
  if (error instanceof ZodError) return error;
  if (error instanceof ValidationError && error.cause instanceof ZodError) return error.cause;
  return undefined;
}

type ErrorResponse = ReturnType<typeof toErrorResponse>;

/**
 * {@link toErrorResponse}, in the words of the request's `Accept-Language`: English (the
 * source's own, byte for byte) unless it picks German. Only the words change: the code, the
 * field paths and the shape stay. The German words (the catalogue and zod's locale) are
 * imported by the first error answered in German, so no cold start pays for them; should they
 * fail to load, the answer goes out in English.
 */
export async function toErrorResponseIn(
  error: unknown,
  requestId: string,
  acceptLanguage: string | undefined,
): Promise<ErrorResponse> {
  const response = toErrorResponse(error, requestId);
  const language = pickLanguage(acceptedLanguages(acceptLanguage));
  if (language === 'en') return response;
  try {
    const { errorBodyIn } = await import('#shared/i18n/errors/error-words.ts');
    return { ...response, body: errorBodyIn(response.body, zodErrorOf(error)?.issues, language) };
  } catch (failure) {
    log.warn('error words not loaded', { requestId, language, error: String(failure) });
    return response;
  }
}

/** A zod failure tagged with where the bad input was (json, query, param, header). */
export class ValidationError extends Error {
  readonly target: string;
  constructor(target: string, cause: ZodError) {
    super('Validation failed', { cause });
    this.name = 'ValidationError';
    this.target = target;
  }
}

export { AppError };
