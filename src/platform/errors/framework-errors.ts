import { randomUUID } from 'node:crypto';
import { maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';
import { sendProblem, toProblem } from './error-handler.js';

// Errors raised before any route or hook runs still leave as problem documents with a request id,
// and never quote the offending input back (a path may be kilobytes long).

/** Longest path parameter the router accepts; every id we issue is far shorter. */
export const MAX_PARAM_LENGTH = 100;

/**
 * Fastify's `frameworkErrors`: the router refused the URL (bad percent-encoding, an over-long path
 * parameter). Fastify has built a request (and its id from X-Request-ID) but runs no hooks, so the
 * X-Request-ID header the onRequest hook sets is set here.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const appError = classifyFrameworkError(error);
  if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'router failed');
  else request.log.info({ code: error.code }, appError.message);
  reply.header('x-request-id', request.id);
  return sendProblem(reply, appError);
}

function classifyFrameworkError(error: FastifyError): AppError {
  if (error.code === 'FST_ERR_BAD_URL') {
    return new AppError('BAD_REQUEST', 'The request path has a malformed percent-encoding');
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new AppError('URI_TOO_LONG', `A path segment is longer than ${MAX_PARAM_LENGTH} characters`);
  }
  return new AppError('INTERNAL', 'An unexpected error occurred', {}, { cause: error });
}

/** What Node's HTTP server reports with the 'clientError' event (an Error with the parser's code). */
interface ClientError extends Error {
  code?: string;
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the request (a NUL byte or another
 * forbidden character in a header, headers over Node's limit, a request that timed out) before any
 * request object exists. Answers a minimal problem document on the raw socket, with a new request
 * id (the caller's X-Request-ID was never parsed) that the log line carries too, then closes it.
 */
export function answerClientError(this: FastifyInstance, error: ClientError, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const requestId = randomUUID();
  const appError = classifyClientError(error);
  this.log.info({ request_id: requestId, code: error.code }, appError.message);
  // As Node does itself: write only when no response of this connection is under way.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) socket.write(rawProblem(appError, requestId));
  socket.destroy(error);
}

function classifyClientError(error: ClientError): AppError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new AppError('REQUEST_TIMEOUT', 'The request was not received in time');
  }
  if (error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') {
    return new AppError('PAYLOAD_TOO_LARGE', 'The chunk extensions of the body are too large');
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return new AppError(
      'HEADERS_TOO_LARGE',
      `The request line and headers are larger than ${Math.round(maxHeaderSize / 1024)} KB`,
    );
  }
  return new AppError('BAD_REQUEST', `The request is not valid HTTP: ${parserReason(error.code)}`);
}

// llhttp's codes name the problem; its messages may quote bytes of the request, so they are not used.
const PARSER_REASONS: Readonly<Record<string, string>> = {
  HPE_INVALID_HEADER_TOKEN: 'a header name or value has a forbidden character',
  HPE_INVALID_METHOD: 'the method is not valid',
  HPE_INVALID_URL: 'the request target is not valid',
  HPE_INVALID_VERSION: 'the HTTP version is not valid',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length is not valid',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length is not allowed with Transfer-Encoding',
  HPE_INVALID_TRANSFER_ENCODING: 'Transfer-Encoding is not valid',
  HPE_INVALID_CHUNK_SIZE: 'a chunk size is not valid',
  HPE_LF_EXPECTED: 'a line does not end with CRLF',
  HPE_CR_EXPECTED: 'a line does not end with CRLF',
};

function parserReason(code: string | undefined): string {
  return (code && PARSER_REASONS[code]) ?? 'the request could not be parsed';
}

function rawProblem(error: AppError, requestId: string): string {
  const problem = toProblem(error, requestId);
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${problem.status} ${problem.title}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-ID: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
