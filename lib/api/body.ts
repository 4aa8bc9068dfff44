import { ApiError, invalidBody } from './errors';

// Request bodies of the write API: JSON only, at most 1 MB, an object at the top level. Read
// with a running byte count, so a body without Content-Length cannot grow past the limit.

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export function unsupportedMediaType(message: string, accept = 'application/json'): ApiError {
  return new ApiError(415, { code: 'unsupported_media_type', message }, { 'Accept-Post': accept });
}

export function payloadTooLarge(limit: number): ApiError {
  const size =
    limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`;
  return new ApiError(413, {
    code: 'payload_too_large',
    message: `The request body is larger than ${size}.`,
  });
}

/** The media type without parameters, lower-case ("application/json; charset=utf-8" → "application/json"). */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The raw body, refused with 413 past `limit` bytes (by Content-Length, or while reading). */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalidBody('The request body is not valid UTF-8.');
  }
}

/**
 * A JSON object body: 415 unless Content-Type is JSON, 413 past the limit, 400 when malformed
 * or not an object. With `optional`, an empty body reads as `{}` whatever its Content-Type.
 */
export async function readJsonObject(
  request: Request,
  options: { limit?: number; optional?: boolean } = {},
): Promise<Record<string, unknown>> {
  const limit = options.limit ?? MAX_JSON_BODY_BYTES;
  const type = mediaType(request);
  const declared = request.headers.get('content-length');
  if (options.optional && (declared === '0' || (!request.body && !type))) return {};
  if (!options.optional && !isJsonMediaType(type)) {
    throw unsupportedMediaType('Send the body as JSON, with Content-Type: application/json.');
  }
  const bytes = await readBodyBytes(request, limit);
  if (bytes.byteLength === 0) {
    if (options.optional) return {};
    throw invalidBody('The request body is empty: send a JSON object.');
  }
  if (!isJsonMediaType(type))
    throw unsupportedMediaType('Send the body as JSON, with Content-Type: application/json.');
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes)) as unknown;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalidBody(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidBody('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
