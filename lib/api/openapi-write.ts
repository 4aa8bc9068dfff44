import { z } from 'zod';
import {
  type ZodOpenApiMediaTypeObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/columns';
import { apiErrorSchema } from './openapi-schemas';
import { WRITE_RESOURCES, type WriteResource } from './write-resources';

// The write half of the OpenAPI document: POST / PATCH / DELETE, restore and revert for every
// resource of lib/api/write-resources.ts, and the bulk import. Request bodies `$ref` the entity
// input components (EventInput, ...) that openapi.ts renders from the write path's own schemas.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: ZodOpenApiMediaTypeObject['schema']) => ({ 'application/json': { schema } });

const errorResponse = (id: string, description: string): ZodOpenApiResponseObject => ({
  id,
  description,
  content: json(apiErrorSchema),
});

const validationFailed = errorResponse(
  'ValidationFailed',
  'The body is malformed (`invalid_body`), a field is invalid (`validation_failed`, with `fieldErrors` per field, e.g. `date` with ' +
    'the date parser’s message or `url` for a non-http(s) link), or a parameter is (`invalid_parameter`).',
);
const unauthenticated: ZodOpenApiResponseObject = {
  ...errorResponse('Unauthenticated', 'No valid session cookie or API token (`unauthenticated`).'),
  headers: z.object({ 'WWW-Authenticate': z.string().meta({ example: 'Bearer realm="beachhead"' }) }),
};
const forbidden = errorResponse(
  'Forbidden',
  'Your role may not do this (`forbidden`: contributors create and update; editors also delete, restore, revert and import), ' +
    'or a cookie-authenticated request came from another origin (`bad_origin`).',
);
const notFound = errorResponse('WriteNotFound', 'No such record (or, for PATCH, it is deleted).');
const conflict = errorResponse(
  'Conflict',
  'The version you sent is stale (`conflict`): `error.current` is the record as it is now, `error.expectedVersion` what you sent. ' +
    'Merge, then retry with the current version.',
);
const preconditionRequired = errorResponse(
  'PreconditionRequired',
  'No version was named (`precondition_required`): send `If-Match: "<version>"` or a `version` field.',
);
const tooLarge = errorResponse(
  'PayloadTooLarge',
  'The body is larger than the limit (`payload_too_large`): 1 MB for JSON.',
);
const unsupported = errorResponse(
  'UnsupportedMediaType',
  'The body is not `application/json` (`unsupported_media_type`).',
);
const unavailable = errorResponse(
  'WriteServiceUnavailable',
  'The database is unreachable; retry after a few seconds.',
);
const internalError = errorResponse(
  'WriteInternalError',
  'An unexpected error; details are logged on the server.',
);

/** A record as the write path holds it: the entity's input fields (normalised) plus identity and version. */
export const recordImageSchema = z
  .object({
    id: z.string().meta({ format: 'uuid' }),
    version: z
      .number()
      .int()
      .meta({ description: 'Send it back as If-Match (or `version`) with the next write.' }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    deletedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .meta({ description: 'Set when the record is (soft) deleted.' }),
  })
  .catchall(z.unknown())
  .meta({
    id: 'RecordImage',
    description:
      'The record as stated: the fields of its input schema (an event’s `date` as EDTF, ids of what it references, ' +
      'citations) plus id, version and timestamps. The same shape is stored as each revision’s after-image.',
  });

const etagHeader = z.object({
  ETag: z.string().meta({ description: 'The record’s version as an entity tag, e.g. "4".', example: '"4"' }),
});

const recordOk = (description: string): ZodOpenApiResponseObject => ({
  description,
  headers: etagHeader,
  content: json(recordImageSchema),
});

const ifMatch = (required: boolean) =>
  z.object({
    'If-Match': (required ? z.string() : z.string().optional()).meta({
      description: required
        ? 'The version you read, as an ETag: `"3"`. Required (428 without it).'
        : 'The version you read, as an ETag: `"3"`. Or send `version` in the body; one of the two is required (428).',
      example: '"3"',
    }),
  });

const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

function pascal(resource: WriteResource): string {
  return resource.inputComponent.replace(/Input$/, '');
}

function itemParams(resource: WriteResource) {
  const description =
    resource.key === 'id-or-slug'
      ? `The ${resource.label}'s id (UUID) or slug.`
      : `The ${resource.label}'s id (UUID).`;
  return z.object({ [resource.param]: z.string().meta({ description }) });
}

function writeResponses(
  extra: Record<number, ZodOpenApiResponseObject>,
  ok: Record<number, ZodOpenApiResponseObject>,
) {
  return {
    ...ok,
    400: validationFailed,
    401: unauthenticated,
    403: forbidden,
    ...extra,
    500: internalError,
    503: unavailable,
  };
}

/** `EventPatch`, ...: any subset of the input's fields, plus `version`. */
function patchSchema(resource: WriteResource) {
  // Rebuilt from the shape: refinements across fields (a link's ends differ) apply to the merged record, not the patch.
  return z
    .object(resource.schema.shape)
    .partial()
    .extend({
      version: z
        .number()
        .int()
        .min(1)
        .optional()
        .meta({ description: 'The version you read (instead of If-Match).' }),
    })
    .meta({
      id: `${pascal(resource)}Patch`,
      description: `Fields of ${resource.inputComponent} to change; the others keep their current values. The merged record is validated whole.`,
    });
}

function collectionOps(resource: WriteResource): ZodOpenApiOperationObject {
  return {
    operationId: `create${pascal(resource)}`,
    summary: `Create ${resource.label === 'event' ? 'an' : 'a'} ${resource.label} (contributors and above)`,
    tags: ['write'],
    security,
    requestBody: { required: true, content: json(ref(resource.inputComponent)) },
    responses: writeResponses(
      { 413: tooLarge, 415: unsupported },
      {
        201: {
          description: 'Created, with one revision (version 1).',
          headers: etagHeader.extend({ Location: z.string().meta({ description: 'The new record’s URL.' }) }),
          content: json(recordImageSchema),
        },
      },
    ),
  };
}

function itemOps(resource: WriteResource) {
  const params = itemParams(resource);
  const patch: ZodOpenApiOperationObject = {
    operationId: `update${pascal(resource)}`,
    summary: `Change fields of ${resource.label === 'event' ? 'an' : 'a'} ${resource.label}; names the version read (contributors and above)`,
    tags: ['write'],
    security,
    requestParams: { path: params, header: ifMatch(false) },
    requestBody: { required: true, content: json(patchSchema(resource)) },
    responses: writeResponses(
      { 404: notFound, 409: conflict, 413: tooLarge, 415: unsupported, 428: preconditionRequired },
      { 200: recordOk('Updated: the record at its new version.') },
    ),
  };
  const del: ZodOpenApiOperationObject = {
    operationId: `delete${pascal(resource)}`,
    summary: `Delete ${resource.label === 'event' ? 'an' : 'a'} ${resource.label} (soft, restorable; editors and above)`,
    tags: ['write'],
    security,
    requestParams: { path: params, header: ifMatch(true) },
    responses: writeResponses(
      { 404: notFound, 409: conflict, 428: preconditionRequired },
      { 200: recordOk('Deleted: the record with `deletedAt` set, at its new version (use it to restore).') },
    ),
  };
  return { patch, delete: del };
}

const restoreRequest = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'The version you read (instead of If-Match).' }),
  })
  .meta({ id: 'RestoreRequest' });

function restoreOp(resource: WriteResource): ZodOpenApiOperationObject {
  return {
    operationId: `restore${pascal(resource)}`,
    summary: `Restore a deleted ${resource.label} (editors and above)`,
    tags: ['write'],
    security,
    requestParams: { path: itemParams(resource), header: ifMatch(false) },
    requestBody: {
      required: false,
      content: json(restoreRequest),
    },
    responses: writeResponses(
      { 404: notFound, 409: conflict, 415: unsupported, 428: preconditionRequired },
      { 200: recordOk('Restored: the record at its new version. 400 when it was not deleted.') },
    ),
  };
}

const revertRequest = z
  .object({
    toVersion: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'The version whose after-image the record returns to.' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'The current version you read (instead of If-Match).' }),
  })
  .meta({ id: 'RevertRequest' });

function revertOp(resource: WriteResource): ZodOpenApiOperationObject {
  return {
    operationId: `revert${pascal(resource)}`,
    summary: `Revert ${resource.label === 'event' ? 'an' : 'a'} ${resource.label} to an earlier version, as a new revision (editors and above)`,
    tags: ['write'],
    security,
    requestParams: { path: itemParams(resource), header: ifMatch(false) },
    requestBody: { required: true, content: json(revertRequest) },
    responses: writeResponses(
      { 404: notFound, 409: conflict, 413: tooLarge, 415: unsupported, 428: preconditionRequired },
      { 200: recordOk('Reverted: the record at its new version, reading as it did at `toVersion`.') },
    ),
  };
}

const recordNotFound = errorResponse(
  'RecordNotFound',
  'No such record. When it was deleted, `error.current` holds it (its version is what restore needs).',
);

function getRecordOp(resource: WriteResource): ZodOpenApiOperationObject {
  return {
    operationId: `get${pascal(resource)}`,
    summary: `One ${resource.label} as stated (the shape PATCH takes), with its ETag`,
    tags: ['write'],
    requestParams: { path: itemParams(resource) },
    responses: {
      200: recordOk(`The ${resource.label}.`),
      404: recordNotFound,
      500: internalError,
      503: unavailable,
    },
  };
}

const importResult = z
  .object({
    created: z.number().int().meta({ description: 'Events created (one revision each).' }),
    sourcesCreated: z.number().int(),
    sourcesMatched: z
      .number()
      .int()
      .meta({ description: 'Rows whose source matched an existing one by URL.' }),
    eventIds: z.array(z.string().meta({ format: 'uuid' })),
    dryRun: z.boolean(),
  })
  .meta({ id: 'ImportResult' });

const importProgress = z
  .object({
    phase: z.enum(['parse', 'validate', 'write', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    result: importResult.optional(),
    error: apiErrorSchema.shape.error.optional(),
  })
  .meta({
    id: 'ImportProgress',
    description:
      'One NDJSON line of a streamed import (Accept: application/x-ndjson): progress lines, then one `done` line with ' +
      '`result` or one `failed` line with `error` (its `rows` list every bad row).',
  });

function importPaths(): ZodOpenApiPathsObject {
  const columns = IMPORT_COLUMNS.map(
    (c) => `\`${c.name}\`${c.required ? ' (required)' : ''}: ${c.description}`,
  ).join('; ');
  return {
    '/api/v1/import': {
      post: {
        operationId: 'importEvents',
        summary: 'Bulk import of events with their sources: all or nothing (editors and above)',
        description:
          `A CSV (header row first) or JSON file of events, as the raw body (text/csv, application/json) or as the \`file\` ` +
          `field of multipart/form-data; at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB and ${MAX_IMPORT_ROWS} rows. Every row is ` +
          'validated (and its slugs resolved) before anything is written; any problem writes nothing and is reported by row ' +
          '(CSV: the header is row 1; JSON: the n-th item is row n), column and message. Then every event is created in one ' +
          'transaction, each with exactly one revision. Sources are matched to existing ones by URL, else created once per file. ' +
          `Columns: ${columns}. \`?dryRun=1\` validates only. With \`Accept: application/x-ndjson\` the answer is a stream ` +
          'of ImportProgress lines (status 200 once it starts).',
        tags: ['write'],
        security,
        requestParams: {
          query: z.object({
            dryRun: z.enum(['1', 'true']).optional().meta({ description: 'Validate only; write nothing.' }),
          }),
        },
        requestBody: {
          required: true,
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'array', items: { type: 'object' } },
                  { type: 'object', properties: { events: { type: 'array', items: { type: 'object' } } } },
                ],
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' } },
                required: ['file'],
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Validated only (dryRun), or the NDJSON progress stream.',
            content: {
              'application/json': { schema: importResult },
              'application/x-ndjson': { schema: importProgress },
            },
          },
          201: { description: 'Imported.', content: json(importResult) },
          400: errorResponse(
            'ImportInvalid',
            'Rows are invalid (`validation_failed` with `rows`), or the file is unreadable.',
          ),
          401: unauthenticated,
          403: forbidden,
          413: errorResponse(
            'ImportTooLarge',
            `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB or has more than ${MAX_IMPORT_ROWS} rows.`,
          ),
          415: errorResponse(
            'ImportUnsupported',
            'The body is neither CSV, JSON nor multipart with a `file`.',
          ),
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/import/template.csv': {
      get: {
        operationId: 'getImportTemplateCsv',
        summary: 'The import template: CSV header and two example rows',
        tags: ['write'],
        responses: {
          200: { description: 'The template.', content: { 'text/csv': { schema: { type: 'string' } } } },
        },
      },
    },
    '/api/v1/import/template.json': {
      get: {
        operationId: 'getImportTemplateJson',
        summary: 'The import template as JSON: the same two examples',
        tags: ['write'],
        responses: { 200: { description: 'The template.', content: json({ type: 'object' }) } },
      },
    },
  };
}

export function writePaths(): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const resource of Object.values(WRITE_RESOURCES) as WriteResource[]) {
    const collection = `/api/v1/${resource.name}`;
    const item = `${collection}/{${resource.param}}`;
    paths[collection] = { post: collectionOps(resource) };
    const ops = itemOps(resource);
    paths[item] = {
      ...(['event', 'organization', 'region'].includes(resource.type) ? {} : { get: getRecordOp(resource) }),
      patch: ops.patch,
      delete: ops.delete,
    };
    paths[`${item}/restore`] = { post: restoreOp(resource) };
    paths[`${item}/revert`] = { post: revertOp(resource) };
  }
  return { ...paths, ...importPaths() };
}

export const WRITE_TAG = {
  name: 'write',
  description:
    'Changes, through the same write path as the forms: one revision per write, roles checked where the write happens. ' +
    'Authenticate with the session cookie (same-origin requests only: a foreign or missing Origin is refused with 403 ' +
    '`bad_origin`) or a personal API token, `Authorization: Bearer bh_…` (created in your account page). Bodies are JSON ' +
    '(`Content-Type: application/json`, at most 1 MB). Updates, deletes, restores and reverts name the version read, as ' +
    '`If-Match: "<version>"` (every write and item read returns it as ETag) or a `version` field; a stale one is 409 with ' +
    'the current record.',
} as const;

export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal API token (`bh_…`), created and revoked by its owner in the UI. Exempt from the Origin check.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'better-auth.session_token',
    description: 'The browser session. Mutating requests must come from this site (Origin checked).',
  },
} as const;
