import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { importMetrics } from '@/db/import/import-metrics';
import { decodeUtf8, mediaType, readBodyBytes, unsupportedMediaType } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { MAX_IMPORT_BYTES, type ImportRowError } from '@/lib/import/columns';
import { decideImport } from '@/lib/import/permissions';
import { parseMetricCsv } from '@/lib/metrics/import';
import { mutationContext } from '../../_lib/mutation';
import { unauthenticated } from '../../_lib/write';

// POST /api/v1/metrics/import: a CSV of metrics (raw text/csv body, or the `file` field of
// multipart/form-data). Editors and admins; same Origin and authentication rules as every write.
// Every row is checked before anything is written; all or nothing; problems by row and column.

const importQuery = z.object({ dryRun: z.enum(['1', 'true', '0', 'false']).optional() });
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);

async function readCsv(request: Request): Promise<string> {
  const type = mediaType(request);
  if (type === 'multipart/form-data') {
    const bytes = await readBodyBytes(request, MAX_IMPORT_BYTES + 64 * 1024);
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, {
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
      }).formData();
    } catch {
      throw new ApiError(400, { code: 'invalid_body', message: 'The multipart body could not be read.' });
    }
    const file = form.get('file');
    if (!file || typeof file === 'string')
      throw new ApiError(400, {
        code: 'invalid_body',
        message: 'Send the file in a form field named "file".',
      });
    if (file.size > MAX_IMPORT_BYTES)
      throw new ApiError(413, {
        code: 'payload_too_large',
        message: `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`,
      });
    return decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  }
  if (!CSV_TYPES.has(type))
    throw unsupportedMediaType(
      'Send a CSV file (text/csv), or multipart/form-data with a "file" field.',
      'text/csv, multipart/form-data',
    );
  return decodeUtf8(await readBodyBytes(request, MAX_IMPORT_BYTES));
}

function invalidRows(errors: ImportRowError[]): ApiError {
  const first = errors[0];
  const where = first ? `row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message}` : '';
  return new ApiError(400, {
    code: 'validation_failed',
    message: `Nothing was imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} (first: ${where}).`,
    rows: errors,
  });
}

export const POST = apiRoute(async (request: NextRequest) => {
  const query = parseQuery(request.nextUrl.searchParams, importQuery);
  const dryRun = query.dryRun === '1' || query.dryRun === 'true';
  const { db, actor } = await mutationContext(request);
  const decision = decideImport(actor);
  if (!decision.allowed) {
    if (decision.reason === 'unauthenticated')
      throw unauthenticated('Sign in, or send a personal API token, to import.');
    throw new ApiError(403, { code: 'forbidden', message: decision.message });
  }
  const parsed = parseMetricCsv(await readCsv(request));
  if (!parsed.ok) throw invalidRows(parsed.errors);
  const outcome = await importMetrics(db, actor, parsed.rows, { dryRun });
  if (!outcome.ok) throw invalidRows(outcome.errors);
  return jsonResponse(outcome.result, { status: dryRun ? 200 : 201 });
});

const onlyPost = methodNotAllowed('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
