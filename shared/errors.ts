/**
 * Coded errors. The domain throws these; one table maps each code to an HTTP status, and one
 * mapper (functions/http/error-mapper.ts) turns them into the one error body.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error whose code, message and details are safe to show a client when `expose` is true. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Client-facing errors (status < 500) are exposed; others become a generic message. */
  readonly expose: boolean;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.expose = this.status < 500 || code === 'unavailable';
    this.details = details;
  }
}

/**
 * A request refused because its sender used up an allowance (`rate_limited`, 429). The HTTP
 * layer sends `retryAfterSeconds` as the `Retry-After` header, and it is in the details too.
 */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super('rate_limited', message, { ...details, retryAfterSeconds: seconds });
    this.retryAfterSeconds = seconds;
  }
}

/** Type guard for {@link AppError}, robust across module copies. */
export function isAppError(error: unknown): error is AppError {
  return (
    error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error)
  );
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const forbidden = (message = 'You do not have access to this resource') =>
  new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const validationFailed = (message: string, details?: unknown) =>
  new AppError('validation_failed', message, details);
