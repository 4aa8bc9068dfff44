import { z } from 'zod';
import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { EVENT_CSV_COLUMNS } from '@/lib/export/csv';
import { METRIC_IMPORT_COLUMNS } from '@/lib/metrics/import';
import { METRIC_KINDS } from '@/lib/domain/vocabulary';
import { MAX_IMPORT_BYTES } from '@/lib/import/columns';
import { metricQuerySchema } from '@/lib/metrics/query';
import { apiErrorSchema, eventPageSchema } from './openapi-schemas';

// The exports, feeds and metrics part of the OpenAPI document (merged in openapi.ts).

const errorOf = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/json': { schema: apiErrorSchema } },
});
// The shared responses that openapi.ts registers as components.
const badRequest = { $ref: '#/components/responses/BadRequest' };
const unavailable = { $ref: '#/components/responses/ServiceUnavailable' };
const internalError = { $ref: '#/components/responses/InternalError' };

const slugList = (description: string) => z.string().optional().meta({ description });

/** The events listing's filters (the same parsing), without paging. */
const exportQuery = z.object({
  vendor: slugList('Vendor slugs; repeat or comma-separate.'),
  region: slugList('Region slugs; a region includes its member regions.'),
  type: slugList('Event types; repeat or comma-separate.'),
  status: slugList('Event statuses; repeat or comma-separate.'),
  from: z
    .string()
    .optional()
    .meta({ description: 'YYYY-MM-DD: events whose window ends on or after this day.' }),
  to: z
    .string()
    .optional()
    .meta({ description: 'YYYY-MM-DD: events whose window starts on or before this day.' }),
  q: z.string().optional().meta({ description: 'Text search in title and summary.' }),
});

const metricPoint = z
  .object({
    id: z.string().meta({ format: 'uuid' }),
    vendor: z.object({ slug: z.string(), name: z.string() }),
    region: z.object({ slug: z.string(), name: z.string() }),
    period: z.string().meta({ example: '2018-Q4' }),
    periodStart: z.string().meta({ format: 'date', example: '2018-10-01' }),
    measure: z.enum(METRIC_KINDS),
    value: z.number(),
    source: z.object({ id: z.string(), outlet: z.string(), title: z.string(), url: z.string().nullable() }),
    quote: z.string().meta({
      description:
        'The passage of the source that states the figure (empty only for values recorded before quotes were required).',
    }),
    version: z.number().int(),
  })
  .meta({
    id: 'MetricPoint',
    description:
      'One value of one vendor in one region for one quarter, with its source and the quote that states it.',
  });

const metricImportResult = z
  .object({
    created: z.number().int(),
    sourcesCreated: z.number().int(),
    sourcesMatched: z.number().int(),
    metricIds: z.array(z.string()),
    dryRun: z.boolean(),
  })
  .meta({ id: 'MetricImportResult' });

export function exportPaths(): ZodOpenApiPathsObject {
  const metricColumns = METRIC_IMPORT_COLUMNS.map(
    (c) => `\`${c.name}\`${c.required ? ' (required)' : ''}`,
  ).join(', ');
  return {
    '/api/v1/events.csv': {
      get: {
        operationId: 'exportEventsCsv',
        summary: 'Every event matching the filters of GET /api/v1/events, as CSV (streamed download)',
        description:
          `Columns: ${EVENT_CSV_COLUMNS.join(', ')}. RFC 4180 quoting, CRLF, UTF-8 with a byte order mark. Cells that a ` +
          "spreadsheet would run as a formula (starting with =, +, -, @) are prefixed with '. `limit` and `cursor` are refused.",
        tags: ['events'],
        requestParams: { query: exportQuery },
        responses: {
          200: {
            description: 'The CSV file (Content-Disposition: attachment).',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/events.json': {
      get: {
        operationId: 'exportEventsJson',
        summary:
          'Every event matching the filters of GET /api/v1/events, as one JSON document (streamed download)',
        tags: ['events'],
        requestParams: { query: exportQuery },
        responses: {
          200: {
            description: '{"items": [...]} with the listing’s item shape.',
            content: { 'application/json': { schema: eventPageSchema.pick({ items: true }) } },
          },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/metrics': {
      get: {
        operationId: 'listMetrics',
        summary: 'Market share and shipments by vendor, region and quarter, each with its source',
        tags: ['metrics'],
        requestParams: {
          query: z.object({
            vendor: z.string().optional().meta({ description: 'A vendor slug.' }),
            region: z
              .string()
              .optional()
              .meta({ description: 'A region slug (exact: members are not included).' }),
            measure: metricQuerySchema.shape.measure.meta({
              description: 'market_share_pct or shipments_units.',
            }),
            from: z.string().optional().meta({ description: 'First quarter (2018-Q1) or day (YYYY-MM-DD).' }),
            to: z.string().optional().meta({ description: 'Last quarter (2019-Q4) or day (YYYY-MM-DD).' }),
          }),
        },
        responses: {
          200: {
            description: 'The points.',
            content: { 'application/json': { schema: z.object({ items: z.array(metricPoint) }) } },
          },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/metrics/import': {
      post: {
        operationId: 'importMetrics',
        summary: 'Bulk import of metrics from CSV: all or nothing (editors and above)',
        description:
          `A CSV file as the raw body (text/csv) or the \`file\` field of multipart/form-data, at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. ` +
          `Columns: ${metricColumns}. Every row is checked (slugs, quarter, value, source, points already recorded) before ` +
          'anything is written; any problem writes nothing and is reported by row (the header is row 1) and column. ' +
          '`?dryRun=1` validates only.',
        tags: ['write'],
        security: [{ bearerAuth: [] }, { sessionCookie: [] }],
        requestBody: {
          required: true,
          content: {
            'text/csv': { schema: { type: 'string' } },
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
            description: 'Validated only (dryRun).',
            content: { 'application/json': { schema: metricImportResult } },
          },
          201: { description: 'Imported.', content: { 'application/json': { schema: metricImportResult } } },
          400: errorOf(
            'Rows are invalid (`validation_failed` with `rows`: row, column, message), or the file is unreadable.',
          ),
          401: errorOf('Not signed in and no API token.'),
          403: errorOf('Only editors and admins import (`forbidden`), or another origin (`bad_origin`).'),
          413: errorOf('The file is too large.'),
          415: errorOf('The body is neither CSV nor multipart with a `file`.'),
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/metrics/import/template.csv': {
      get: {
        operationId: 'getMetricImportTemplateCsv',
        summary: 'The metrics import template: CSV header and one example row (value and quote left empty)',
        tags: ['write'],
        responses: {
          200: { description: 'The template.', content: { 'text/csv': { schema: { type: 'string' } } } },
        },
      },
    },
    '/feeds/planned.ics': {
      get: {
        operationId: 'getPlannedCalendar',
        summary:
          'Pending plans (planned or announced, no outcome linked) as an iCalendar feed of all-day windows',
        description:
          'Each plan is a VEVENT from the first to the last day of its window (DTEND exclusive), with a stable UID. Windows ' +
          'already past stay in the feed, their SUMMARY prefixed "Overdue:" and CATEGORIES holding Overdue.',
        tags: ['events'],
        requestParams: {
          query: z.object({
            vendor: z.string().optional().meta({ description: 'One vendor slug.' }),
            region: z.string().optional().meta({ description: 'One region slug (members included).' }),
          }),
        },
        responses: {
          200: { description: 'The calendar.', content: { 'text/calendar': { schema: { type: 'string' } } } },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/feeds/changes.atom': {
      get: {
        operationId: 'getChangesFeed',
        summary: 'The 50 most recent changes as an Atom feed; entries link to /changes/<type>/<id>',
        tags: ['meta'],
        responses: {
          200: {
            description: 'The feed.',
            content: { 'application/atom+xml': { schema: { type: 'string' } } },
          },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
  };
}
