import type { NextRequest } from 'next/server';
import { importEvents, type ImportOutcome, type ImportProgress } from '@/db/import/import-events';
import { decodeUtf8, mediaType, readBodyBytes, unsupportedMediaType } from '@/lib/api/body';
import { ApiError, mapError, type ApiErrorBody } from '@/lib/api/errors';
import { parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { MAX_IMPORT_BYTES, type ImportRowError } from '@/lib/import/columns';
import { parseImportFile } from '@/lib/import/parse';
import { decideImport } from '@/lib/import/permissions';
import { z } from 'zod';
import { mutationContext } from '../_lib/mutation';
import { unauthenticated } from '../_lib/write';

// POST /api/v1/import: a CSV or JSON file of events with their sources (raw body, or the `file`
// field of multipart/form-data). Same Origin and authentication rules as every write; editors
// and admins only. Every row is validated before anything is written; all or nothing.
// With `Accept: application/x-ndjson`, progress is streamed as lines {phase, done, total}.

const importQuery = z.object({ dryRun: z.enum(['1', 'true', '0', 'false']).optional() });

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);
const JSON_TYPES = new Set(['application/json']);

interface UploadedFile {
  text: string;
  fileName?: string;
  mediaType?: string;
}

async function readUpload(request: Request): Promise<UploadedFile> {
  const type = mediaType(request);
  // A little slack over the file limit for the multipart envelope.
  const limit = MAX_IMPORT_BYTES + (type === 'multipart/form-data' ? 64 * 1024 : 0);
  if (type === 'multipart/form-data') {
    const bytes = await readBodyBytes(request, limit);
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, {
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
      }).formData();
    } catch {
      throw new ApiError(400, { code: 'invalid_body', message: 'The multipart body could not be read.' });
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') {
      throw new ApiError(400, {
        code: 'invalid_body',
        message: 'Send the file in a form field named "file".',
      });
    }
    if (file.size > MAX_IMPORT_BYTES)
      throw new ApiError(413, {
        code: 'payload_too_large',
        message: `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`,
      });
    return {
      text: decodeUtf8(new Uint8Array(await file.arrayBuffer())),
      fileName: file.name,
      mediaType: file.type,
    };
  }
  if (!CSV_TYPES.has(type) && !JSON_TYPES.has(type)) {
    throw unsupportedMediaType(
      'Send a CSV (text/csv) or JSON (application/json) file, or multipart/form-data with a "file" field.',
      'text/csv, application/json, multipart/form-data',
    );
  }
  const bytes = await readBodyBytes(request, MAX_IMPORT_BYTES);
  return { text: decodeUtf8(bytes), mediaType: type };
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

function outcomeResponse(outcome: ImportOutcome): Response {
  if (!outcome.ok) throw invalidRows(outcome.errors);
  return jsonResponse(outcome.result, { status: outcome.result.dryRun ? 200 : 201 });
}

function wantsStream(request: Request): boolean {
  return (request.headers.get('accept') ?? '').toLowerCase().includes('application/x-ndjson');
}

type Line =
  | (ImportProgress | { phase: 'parse'; done: number; total: number })
  | { phase: 'done'; done: number; total: number; result: unknown }
  | { phase: 'failed'; done: number; total: number; error: ApiErrorBody['error'] };

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
  const upload = await readUpload(request);

  if (!wantsStream(request)) {
    const parsed = parseImportFile(upload.text, upload);
    if (!parsed.ok) throw invalidRows(parsed.errors);
    return outcomeResponse(await importEvents(db, actor, parsed.rows, { dryRun }));
  }

  const encoder = new TextEncoder();
  let last = { done: 0, total: 0 };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: Line) => {
        last = { done: line.done, total: line.total };
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      try {
        send({ phase: 'parse', done: 0, total: 1 });
        const parsed = parseImportFile(upload.text, upload);
        if (!parsed.ok) throw invalidRows(parsed.errors);
        send({ phase: 'parse', done: 1, total: 1 });
        const outcome = await importEvents(db, actor, parsed.rows, { dryRun, onProgress: send });
        if (!outcome.ok) throw invalidRows(outcome.errors);
        send({ phase: 'done', ...last, result: outcome.result });
      } catch (error) {
        const { status, body } = mapError(error);
        if (status >= 500) console.error('[api] POST /api/v1/import failed:', error);
        send({ phase: 'failed', ...last, error: body.error });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform: compression would buffer the progress lines.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});

const onlyPost = methodNotAllowed('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
