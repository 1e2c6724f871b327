// Domain errors carry a code, never an HTTP status: the edge maps codes to statuses (error-handler.ts).

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'REQUEST_TIMEOUT'
  | 'CONFLICT'
  | 'GONE'
  | 'PAYLOAD_TOO_LARGE'
  | 'URI_TOO_LONG'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'HEADERS_TOO_LARGE'
  | 'DEPENDENCY_UNAVAILABLE'
  | 'INTERNAL';

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldProblem[]; subcode?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const conflict = (message: string, subcode?: string) =>
  new AppError('CONFLICT', message, subcode ? { subcode } : {});
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The request has invalid values', { errors: [{ path, message }] });

export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  DEPENDENCY_UNAVAILABLE: 503,
  INTERNAL: 500,
};
