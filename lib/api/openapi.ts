import { z } from 'zod';
import {
  createDocument,
  createSchema,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { eventFiltersSchema } from '@/lib/domain/event-filters';
import {
  citationInput,
  eventInput,
  eventLinkInput,
  metricInput,
  organizationInput,
  personInput,
  productInput,
  regionInput,
  sourceInput,
  viewInput,
} from '@/lib/domain/schemas';
import {
  apiErrorSchema,
  eventDetailSchema,
  eventPageSchema,
  healthSchema,
  organizationListSchema,
  organizationProfileSchema,
  regionListSchema,
  regionProfileSchema,
} from './openapi-schemas';
import { eventAsOfQuery } from './as-of-query';
import { eventAsKnownOnSchema, TIMELINE_TAG, timelinePaths } from './openapi-timeline';
import { exportPaths } from './openapi-exports';
import { dashboardDataSchema, dashboardQuery, regionRollupSchema } from './openapi-dashboard';
import { SECURITY_SCHEMES, WRITE_TAG, writePaths } from './openapi-write';
import { organizationListQuery } from './query';

// The OpenAPI 3.1 document, generated from the zod schemas that the API itself uses (query
// parsing, entity inputs) and from the DTO mirrors in openapi-schemas.ts.

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const errorResponse = (id: string, description: string): ZodOpenApiResponseObject => ({
  id,
  description,
  content: json(apiErrorSchema),
});

const badRequest = errorResponse(
  'BadRequest',
  'A parameter is invalid or unknown; `error.parameter` names it.',
);
const notFoundResponse = errorResponse('NotFound', 'No such record (or it was deleted).');
const unavailable: ZodOpenApiResponseObject = {
  ...errorResponse('ServiceUnavailable', 'The database is unreachable; retry after a few seconds.'),
  headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait before retrying.' }) }),
};
const internalError = errorResponse(
  'InternalError',
  'An unexpected error; details are logged on the server.',
);

const ok = (description: string, schema: z.ZodType): ZodOpenApiResponseObject => ({
  description,
  content: json(schema),
});

/** A read operation: 200, 400 (every endpoint refuses unknown parameters), 404 when it takes a path parameter, 503, 500. */
function read(
  operation: Omit<ZodOpenApiOperationObject, 'responses'> & {
    ok: ZodOpenApiResponseObject;
    notFound?: boolean;
  },
): ZodOpenApiOperationObject {
  const { ok: success, notFound, ...rest } = operation;
  return {
    ...rest,
    responses: {
      200: success,
      400: badRequest,
      ...(notFound ? { 404: notFoundResponse } : {}),
      500: internalError,
      503: unavailable,
    },
  };
}

const d = (schema: z.ZodType, description: string) => schema.meta({ description });
const f = eventFiltersSchema.shape;

const eventQuery = z.object({
  vendor: d(f.vendor, 'Vendor slugs. Repeat the parameter or separate with commas; any of them matches.'),
  region: d(
    f.region,
    'Region slugs; a region includes its member regions (western-europe finds events in Spain and Madrid).',
  ),
  type: d(f.type, 'Event types; repeat or comma-separate.'),
  status: d(f.status, 'Event statuses; repeat or comma-separate.'),
  from: d(f.from, 'YYYY-MM-DD. Events whose fuzzy window ends on or after this day.'),
  to: d(f.to, 'YYYY-MM-DD. Events whose fuzzy window starts on or before this day.'),
  q: d(f.q, 'Case-insensitive text search in title and summary.'),
  limit: d(f.limit, 'Page size, 1 to 200.'),
  cursor: d(f.cursor, 'The `nextCursor` of the previous page.'),
});

const slugPath = (what: string) =>
  z.object({
    slug: z
      .string()
      .meta({ description: `The ${what}'s slug.`, example: what === 'region' ? 'western-europe' : 'xiaomi' }),
  });

// The entity inputs carry transforms (defaults, trimming, date parsing), which have no output
// form; they are rendered as request (input) schemas and added as components for clients to see
// the write shapes.
const ENTITY_INPUTS = {
  OrganizationInput: organizationInput,
  RegionInput: regionInput,
  PersonInput: personInput,
  ProductInput: productInput,
  SourceInput: sourceInput,
  CitationInput: citationInput,
  EventInput: eventInput,
  EventLinkInput: eventLinkInput,
  MetricInput: metricInput,
  ViewInput: viewInput,
} as const;

function inputComponents() {
  const schemas: Record<string, ReturnType<typeof createSchema>['schema']> = {};
  for (const [name, schema] of Object.entries(ENTITY_INPUTS)) {
    const rendered = createSchema(schema, { io: 'input' });
    Object.assign(schemas, rendered.components);
    schemas[name] = rendered.schema;
  }
  return schemas;
}

export const API_INFO = { title: 'Beachhead API', version: '1.0.0' } as const;

/** Read and write operations of the same path share one path item. */
function mergePaths(
  ...all: NonNullable<ZodOpenApiObject['paths']>[]
): NonNullable<ZodOpenApiObject['paths']> {
  const merged: NonNullable<ZodOpenApiObject['paths']> = {};
  for (const paths of all) {
    for (const [path, item] of Object.entries(paths)) merged[path] = { ...merged[path], ...item };
  }
  return merged;
}

export function buildOpenApiDocument() {
  const document: ZodOpenApiObject = {
    openapi: '3.1.0',
    info: {
      ...API_INFO,
      description:
        'How smartphone vendors enter (and fail to enter) markets: events with fuzzy dates, every claim tied to its ' +
        'source. Reads are public; writes need a session or a personal API token (see the `write` tag). Responses are ' +
        'JSON with `Cache-Control: no-store`; errors have the `Error` shape.',
    },
    tags: [
      { name: 'events', description: 'Dated events between vendors, regions and other organizations.' },
      { name: 'organizations', description: 'Vendors, carriers, retailers, agencies.' },
      { name: 'regions', description: 'Countries, groupings, continents, cities.' },
      {
        name: 'metrics',
        description: 'Market share and shipments by vendor, region and quarter, with sources.',
      },
      { name: 'meta', description: 'Health and this document.' },
      TIMELINE_TAG,
      WRITE_TAG,
    ],
    paths: mergePaths(
      {
        '/api/health': {
          get: {
            operationId: 'getHealth',
            summary: 'Whether the server can reach its database',
            tags: ['meta'],
            responses: {
              200: ok('The database answered.', healthSchema),
              503: ok('The database is unreachable.', healthSchema),
            },
          },
        },
        '/api/v1/events': {
          get: read({
            operationId: 'listEvents',
            summary: 'List events, filtered, in a stable order (date, then id), cursor-paginated',
            tags: ['events'],
            requestParams: { query: eventQuery },
            ok: ok('A page of events with their sources.', eventPageSchema),
          }),
        },
        '/api/v1/events/{id}': {
          get: read({
            operationId: 'getEvent',
            summary: 'One event with its sources, people, products, linked events and history',
            description:
              'With `asof`: the event as recorded at that moment (EventAsKnownOn), 404 when it did not exist then.',
            tags: ['events'],
            requestParams: {
              path: z.object({ id: z.string().meta({ format: 'uuid', description: 'The event id.' }) }),
              query: eventAsOfQuery,
            },
            ok: ok(
              'The event (EventAsKnownOn with `asof`).',
              z.union([eventDetailSchema, eventAsKnownOnSchema]),
            ),
            notFound: true,
          }),
        },
        '/api/v1/vendors': {
          get: read({
            operationId: 'listVendors',
            summary: 'List vendors (organizations of kind vendor), by name',
            tags: ['organizations'],
            ok: ok('All vendors.', organizationListSchema),
          }),
        },
        '/api/v1/organizations': {
          get: read({
            operationId: 'listOrganizations',
            summary: 'List organizations, optionally of one kind, by name',
            tags: ['organizations'],
            requestParams: { query: organizationListQuery },
            ok: ok('The organizations.', organizationListSchema),
          }),
        },
        '/api/v1/organizations/{slug}': {
          get: read({
            operationId: 'getOrganization',
            summary: 'An organization profile: events, presence, partners, products, people',
            tags: ['organizations'],
            requestParams: { path: slugPath('organization') },
            ok: ok('The profile.', organizationProfileSchema),
            notFound: true,
          }),
        },
        '/api/v1/regions': {
          get: read({
            operationId: 'listRegions',
            summary: 'List regions with their parent regions, broadest kind first',
            tags: ['regions'],
            ok: ok('All regions.', regionListSchema),
          }),
        },
        '/api/v1/regions/{slug}': {
          get: read({
            operationId: 'getRegion',
            summary:
              'A region profile: members, events (including member regions), vendors, carriers, retailers',
            tags: ['regions'],
            requestParams: { path: slugPath('region') },
            ok: ok('The profile.', regionProfileSchema),
            notFound: true,
          }),
        },
        '/api/v1/dashboard': {
          get: read({
            operationId: 'getDashboard',
            summary:
              'The panels of the dashboard at `/`, aggregated in SQL, for the filters of /api/v1/events',
            tags: ['events'],
            requestParams: { query: dashboardQuery },
            ok: ok('The panels asked for.', dashboardDataSchema),
          }),
        },
        '/api/v1/regions/{slug}/rollup': {
          get: read({
            operationId: 'getRegionRollup',
            summary:
              "A region's roll-up: each vendor's first entry into any member, share of members entered",
            tags: ['regions'],
            requestParams: { path: slugPath('region') },
            ok: ok('The roll-up.', regionRollupSchema),
            notFound: true,
          }),
        },
        '/api/v1/openapi.json': {
          get: {
            operationId: 'getOpenApiDocument',
            summary: 'This OpenAPI 3.1 document',
            tags: ['meta'],
            responses: {
              200: {
                description: 'The document.',
                content: { 'application/json': { schema: { type: 'object' } } },
              },
            },
          },
        },
      },
      writePaths(),
      timelinePaths({ badRequest, internalError, unavailable }),
      exportPaths(),
    ),
    components: { schemas: inputComponents(), securitySchemes: SECURITY_SCHEMES },
  };

  return createDocument(document, {
    // Responses may gain fields in later versions without breaking clients, so response objects
    // are not declared closed (zod-openapi renders them with additionalProperties: false), and
    // `.int()` adds the safe-integer bounds, which say nothing to a reader.
    override: ({ jsonSchema, io }) => {
      if (io === 'output' && jsonSchema.type === 'object' && jsonSchema.additionalProperties === false) {
        delete jsonSchema.additionalProperties;
      }
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** Built once per process: the document only changes with a deploy. */
export function getOpenApiDocument() {
  cached ??= buildOpenApiDocument();
  return cached;
}
