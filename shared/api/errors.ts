/**
 * The one error shape that crosses every transport: `code` and `details` for code and logs
 * (English), `message` for the clerk (Chinese: which record, which field, what to do).
 */

export interface ApiErrorShape {
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).code === 'string' &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}

/** What every transport returns: a value or an error, never a throw across the boundary. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
