import { ApiError, invalidParameter } from './errors';

// Optimistic concurrency on the wire: a write names the version it read, as `If-Match: "3"`
// (the ETag every write and item read returns) or as a `version` field of the JSON body.

export function etag(version: number): string {
  return `"${version}"`;
}

export function preconditionRequired(message: string): ApiError {
  return new ApiError(428, { code: 'precondition_required', parameter: 'version', message });
}

const MISSING_VERSION =
  'Name the version you read: send If-Match: "<version>" (the ETag of your read) or a "version" field in the body.';

/** The version in an If-Match header, undefined when absent; 400 when it is not one of our ETags. */
export function parseIfMatch(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (value === '*') throw preconditionRequired(`If-Match: * is not enough. ${MISSING_VERSION}`);
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match || Number(match[1]) < 1) {
    throw invalidParameter('If-Match', 'If-Match must be one version as an ETag, e.g. If-Match: "3".');
  }
  return Number(match[1]);
}

function bodyVersion(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  if (typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new ApiError(400, {
    code: 'validation_failed',
    message: 'version: must be a whole number from 1 (the version you read)',
    fieldErrors: { version: ['Must be a whole number from 1 (the version you read)'] },
  });
}

/**
 * The version the client read, from If-Match or the body's `version`: 428 when neither is
 * given, 400 when they disagree or are malformed.
 */
export function expectedVersionOf(request: Request, body: Record<string, unknown> = {}): number {
  const fromHeader = parseIfMatch(request.headers.get('if-match'));
  const fromBody = bodyVersion(body.version);
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw invalidParameter('version', `If-Match says version ${fromHeader} but the body says ${fromBody}.`);
  }
  const version = fromHeader ?? fromBody;
  if (version === undefined) throw preconditionRequired(MISSING_VERSION);
  return version;
}
