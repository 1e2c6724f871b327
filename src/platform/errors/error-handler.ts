import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, isUnstorableText } from '../db/db-errors.js';
import { markFailed } from '../http/failures.js';
import { AppError, type ErrorCode, type FieldProblem, STATUS_BY_CODE } from './app-error.js';

// Every error leaves as an RFC 9457 problem document with our code and the request id.

const TITLES: Readonly<Record<ErrorCode, string>> = {
  BAD_REQUEST: 'Bad Request',
  VALIDATION_FAILED: 'Unprocessable Content',
  UNAUTHENTICATED: 'Unauthorized',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not Found',
  METHOD_NOT_ALLOWED: 'Method Not Allowed',
  REQUEST_TIMEOUT: 'Request Timeout',
  CONFLICT: 'Conflict',
  GONE: 'Gone',
  PAYLOAD_TOO_LARGE: 'Content Too Large',
  URI_TOO_LONG: 'URI Too Long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported Media Type',
  LOCKED: 'Locked',
  RATE_LIMITED: 'Too Many Requests',
  HEADERS_TOO_LARGE: 'Request Header Fields Too Large',
  DEPENDENCY_UNAVAILABLE: 'Service Unavailable',
  INTERNAL: 'Internal Server Error',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  request_id: string;
  errors?: FieldProblem[];
}

export function toProblem(error: AppError, requestId: string): Problem {
  const subcode = error.details.subcode;
  return {
    type: `https://docs.ai-telephony.dev/problems/${(subcode ?? error.code).toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code],
    status: STATUS_BY_CODE[error.code],
    detail: error.message,
    code: subcode ?? error.code,
    request_id: requestId,
    ...(error.details.errors ? { errors: error.details.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const problem = toProblem(error, String(reply.request.id));
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

// Fastify's own errors (body parsing, limits, content type) become our codes.
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

export function classifyError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is invalid',
    }));
    return new AppError('VALIDATION_FAILED', 'The request has invalid values', { errors });
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message, {}, { cause: error });
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
    return new AppError('BAD_REQUEST', `The request body could not be parsed: ${fastifyError.message}`);
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'DEPENDENCY_UNAVAILABLE',
      'The database is unavailable; try again shortly',
      {},
      { cause: error },
    );
  }
  const status = fastifyError.statusCode;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', fastifyError.message);
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', fastifyError.message);
  if (status && status >= 400 && status < 500) return new AppError('BAD_REQUEST', fastifyError.message);
  return new AppError('INTERNAL', 'An unexpected error occurred', {}, { cause: error });
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite stores it): a caller's NUL in a value that is looked
 * up or written fails in the driver, and is the caller's bad input, not our failure. Only here, for
 * the JSON API: the Twilio routes keep classifyError's 5xx, which apologises to the texter.
 */
function classifyApiError(error: unknown): AppError {
  if (!isUnstorableText(error)) return classifyError(error);
  return new AppError(
    'BAD_REQUEST',
    'The request contains a NUL character (U+0000), which cannot be stored or looked up',
    {},
    { cause: error },
  );
}

export function registerErrorHandling(app: FastifyInstance, allowedMethods: (url: string) => string[]) {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = classifyApiError(error);
    const status = STATUS_BY_CODE[appError.code];
    if (status >= 500) {
      // Response serialization failures are our bug, never the caller's.
      const kind = isResponseSerializationError(error) ? 'response_serialization' : 'unhandled';
      request.log.error({ err: error, kind }, 'request failed');
      markFailed(request, error);
    } else {
      request.log.info({ code: appError.code, status }, appError.message);
    }
    return sendProblem(reply, appError);
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.url);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(
        reply,
        new AppError(
          'METHOD_NOT_ALLOWED',
          `${request.method} is not allowed here; use ${allowed.join(', ')}`,
        ),
      );
    }
    const path = boundedEcho(request.url.split('?')[0] ?? '');
    return sendProblem(reply, new AppError('NOT_FOUND', `No route for ${request.method} ${path}`));
  });
}

// A problem may quote what the caller sent, never all of it: a path can be kilobytes long.
const MAX_ECHO = 100;

export function boundedEcho(text: string): string {
  return text.length <= MAX_ECHO ? text : `${text.slice(0, MAX_ECHO)}…`;
}
