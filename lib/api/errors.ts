import { jsonResponse } from './responses';

// One mapping from failures to JSON error responses, shared by every route handler (reads now,
// writes next). The write path's and the database's errors are recognised by their `name` (and
// shape) rather than `instanceof`: lib/ may not import db/ (eslint), and the unit tests pin the
// names to the real classes.

export const API_ERROR_CODES = [
  'invalid_parameter',
  'invalid_body',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'method_not_allowed',
  'bad_origin',
  'unsupported_media_type',
  'payload_too_large',
  'precondition_required',
  'rate_limited',
  'database_unavailable',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One problem of one row of an import file: `row` is 1-based (CSV: the header is row 1). */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** The query or path parameter at fault (invalid_parameter). */
    parameter?: string;
    /** Messages per field, dotted paths for nested fields (validation_failed). */
    fieldErrors?: Record<string, string[]>;
    /** The record as it is now (conflict), so the client can merge and retry. */
    current?: Record<string, unknown>;
    /** The version the client sent (conflict). */
    expectedVersion?: number;
    /** Every problem of a bulk import, by row and column (validation_failed of /import). */
    rows?: ImportRowError[];
  };
}

/** An expected failure raised by the API layer itself (bad parameter, unknown record, ...). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody['error'],
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

export function invalidParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, { code: 'invalid_parameter', parameter, message });
}

export function notFound(message: string): ApiError {
  return new ApiError(404, { code: 'not_found', message });
}

export function invalidBody(message: string): ApiError {
  return new ApiError(400, { code: 'invalid_body', message });
}

/** Reads a JSON request body; malformed JSON is the client's fault (400), not a 500. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    throw invalidBody('The request body must be valid JSON.');
  }
}

type Named = Error & Record<string, unknown>;

function isNamed(error: unknown, name: string): error is Named {
  return error instanceof Error && error.name === name;
}

// Driver-level signs that the database (not the query) is the problem: Node socket errors,
// postgres.js connection codes, SQLSTATE class 08 (connection exception), 53300 (too many
// connections), 57P01-57P03 (server shutting down / starting) and 57014 (statement timeout).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'ENOTCONN',
  // Node's own socket/stream errors when the server closes a connection mid-write.
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '53300',
  '57014',
  '57P01',
  '57P02',
  '57P03',
]);

/** True when the error, or anything in its `cause` chain (drizzle wraps driver errors), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.name === 'DatabaseUnavailableError' || current.name === 'DatabaseLockedError') return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    current = current.cause;
  }
  return false;
}

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
}

/** Maps any thrown value to the status and body the client sees. Unknown errors become a 500 that reveals nothing. */
export function mapError(error: unknown): MappedError {
  const result = (
    status: number,
    body: ApiErrorBody['error'],
    headers: Record<string, string> = {},
  ): MappedError => ({
    status,
    body: { error: body },
    headers,
  });

  if (error instanceof ApiError) return result(error.status, error.body, error.headers);
  if (isNamed(error, 'InvalidCursorError')) {
    return result(400, { code: 'invalid_parameter', parameter: 'cursor', message: error.message });
  }
  if (
    isNamed(error, 'ValidationError') &&
    typeof error.fieldErrors === 'object' &&
    error.fieldErrors !== null
  ) {
    return result(400, {
      code: 'validation_failed',
      message: error.message,
      fieldErrors: error.fieldErrors as Record<string, string[]>,
    });
  }
  if (isNamed(error, 'ConflictError') && typeof error.current === 'object' && error.current !== null) {
    return result(409, {
      code: 'conflict',
      message: error.message,
      current: error.current as Record<string, unknown>,
      ...(typeof error.expectedVersion === 'number' ? { expectedVersion: error.expectedVersion } : {}),
    });
  }
  if (isNamed(error, 'NotFoundError')) return result(404, { code: 'not_found', message: error.message });
  if (isNamed(error, 'AuthorizationError')) {
    return error.reason === 'unauthenticated'
      ? result(401, { code: 'unauthenticated', message: error.message })
      : result(403, { code: 'forbidden', message: error.message });
  }
  if (isDatabaseUnavailable(error)) {
    // A fixed message: the cause may name hosts, paths or process ids.
    return result(
      503,
      {
        code: 'database_unavailable',
        message: 'The database is unavailable right now. Try again in a few seconds.',
      },
      { 'Retry-After': '5' },
    );
  }
  return result(500, {
    code: 'internal_error',
    message: 'Something went wrong on our side. The error has been logged.',
  });
}

export function errorResponse(error: unknown): Response {
  const { status, body, headers } = mapError(error);
  return jsonResponse(body, { status, headers });
}
