import { z } from 'zod';
import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import type { EventAsKnownOn } from '@/lib/domain/dto';
import { EVENT_LINK_TYPES, EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { GROUP_BY, type TimelineData } from '@/lib/timeline/types';
import { MAX_VIEW_TITLE, type SavedViewCreated } from '@/lib/view-state/saved-view';
import { MAX_LIST_VALUES, VIEW_MODES } from '@/lib/view-state/schema';
import { asOfParam } from './as-of-query';
import { apiErrorSchema, citationSchema, eventDateSchema, linkedEventSchema } from './openapi-schemas';

// The timeline's part of the OpenAPI document: GET /api/v1/timeline (the compact events of a
// view, optionally as known on a past moment), the `asof` form of GET /api/v1/events/{id}, and
// POST /api/v1/views (save a view as a short link). DTO mirrors are checked at compile time
// against their TypeScript types, like openapi-schemas.ts.

const uuid = z.string().meta({ format: 'uuid' });
const json = (schema: z.ZodType) => ({ 'application/json': { schema } });
const errorResponse = (id: string, description: string): ZodOpenApiResponseObject => ({
  id,
  description,
  content: json(apiErrorSchema),
});

const timelineRefSchema = z
  .object({ id: uuid, slug: z.string(), name: z.string() })
  .meta({ id: 'TimelineRef' });

export const timelineDataSchema = z
  .object({
    items: z.array(
      z
        .object({
          id: uuid,
          title: z.string(),
          type: z.enum(EVENT_TYPES),
          status: z.enum(EVENT_STATUSES),
          date: z
            .object({
              edtf: z.string(),
              lo: z.string(),
              hi: z.string(),
              precision: z.string(),
              approximate: z.boolean(),
              uncertain: z.boolean(),
              label: z.string(),
            })
            .meta({ id: 'TimelineDate' }),
          vendor: timelineRefSchema.nullable(),
          region: timelineRefSchema.nullable(),
          counterparties: z.array(timelineRefSchema),
          counterpartyNote: z.string(),
          sourceCount: z.number().int(),
        })
        .meta({ id: 'TimelineItem' }),
    ),
    links: z.array(
      z
        .object({ fromId: uuid, toId: uuid, type: z.enum(EVENT_LINK_TYPES) })
        .meta({ id: 'TimelineLink', description: '`fromId` cancels / fulfils / responds to `toId`.' }),
    ),
    truncated: z.boolean().meta({ description: 'More events matched than `limit`; the earliest are given.' }),
    limit: z.number().int(),
  })
  .meta({
    id: 'TimelineData',
    description: 'The compact events of a timeline view, in (date_lo, date_hi, id) order.',
  });

export const eventAsKnownOnSchema = z
  .object({
    id: uuid,
    title: z.string(),
    summary: z.string(),
    type: z.enum(EVENT_TYPES),
    status: z.enum(EVENT_STATUSES),
    date: eventDateSchema,
    sources: z.array(citationSchema),
    links: z.array(linkedEventSchema),
    version: z.number().int().meta({ description: 'The event’s version at that moment.' }),
    asOf: z.string().meta({ description: 'The moment (ISO 8601, UTC).' }),
  })
  .meta({
    id: 'EventAsKnownOn',
    description:
      'An event as recorded at a past moment, rebuilt from revisions: its fields, citations (sources as they were then) and links then.',
  });

const csv = (item: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .meta({ description: `${item}: comma-separated, or an array; at most ${MAX_LIST_VALUES}.` });

/** The body of POST /api/v1/views: a /timeline URL's query as a JSON object, plus title and pin. */
export const savedViewBodySchema = z
  .object({
    vendors: csv('Vendor slugs, e.g. "xiaomi,huawei"'),
    regions: csv('Region slugs (a region includes its members)'),
    types: csv(`Event types (${EVENT_TYPES.join(', ')})`),
    statuses: csv(`Statuses (${EVENT_STATUSES.join(', ')})`),
    group: z
      .enum(GROUP_BY)
      .optional()
      .meta({ description: 'Lanes by vendor (default), region, counterparty or type.' }),
    from: z
      .string()
      .optional()
      .meta({ description: 'First period shown: YYYY, YYYY-MM or YYYY-MM-DD.', example: '2017-01' }),
    to: z.string().optional().meta({ description: 'Last period shown (inclusive).', example: '2019-12' }),
    event: uuid.optional().meta({ description: 'The selected event (its detail panel open).' }),
    asof: z.string().optional().meta({
      description: 'Pin the view to the data as recorded at this moment (ISO 8601).',
      example: '2019-06-01T00:00:00Z',
    }),
    mode: z.enum(VIEW_MODES).optional().meta({ description: 'timeline (default) or list.' }),
    title: z
      .string()
      .max(MAX_VIEW_TITLE)
      .optional()
      .meta({ description: 'The link’s title; default: described from the view.' }),
    pin: z
      .boolean()
      .optional()
      .meta({ description: 'Pin the view to the data as known now (later edits do not change it).' }),
  })
  .meta({
    id: 'SavedViewBody',
    description:
      'The view state as the /timeline URL holds it (same keys and values), as a JSON object. Unknown keys and invalid values are refused by name.',
    example: {
      vendors: 'xiaomi,huawei',
      from: '2017-01',
      to: '2019-12',
      title: 'Xiaomi and Huawei',
      pin: true,
    },
  });

export const savedViewCreatedSchema = z
  .object({
    slug: z.string().meta({ example: 'a1B2c3D4e5' }),
    url: z.string().meta({
      description: 'The link: /v/{slug} on this host.',
      example: 'https://example.org/v/a1B2c3D4e5',
    }),
    title: z.string(),
    asKnownOn: z
      .string()
      .nullable()
      .meta({ description: 'The pinned moment (ISO 8601), or null for the current data.' }),
  })
  .meta({ id: 'SavedViewCreated' });

const listParam = (description: string) =>
  z
    .string()
    .optional()
    .meta({ description: `${description} Comma-separated or repeated; any of them matches.` });

const timelineQuery = z.object({
  vendors: listParam('Vendor slugs.'),
  regions: listParam('Region slugs; a region includes its member regions.'),
  types: listParam('Event types.'),
  statuses: listParam('Event statuses.'),
  asof: asOfParam.optional(),
});

/** The read responses openapi.ts shares between operations (400, 500, 503). */
interface SharedResponses {
  badRequest: ZodOpenApiResponseObject;
  internalError: ZodOpenApiResponseObject;
  unavailable: ZodOpenApiResponseObject;
}

export function timelinePaths({
  badRequest,
  internalError,
  unavailable,
}: SharedResponses): ZodOpenApiPathsObject {
  return {
    '/api/v1/timeline': {
      get: {
        operationId: 'getTimeline',
        summary: 'The compact events of a timeline view, optionally as recorded at a past moment (`asof`)',
        description:
          'Takes the query of a /timeline URL as it is: the filters decide the events, `asof` the moment whose recorded state is ' +
          'shown (from revisions). The other keys of the URL (group, from, to, event, mode) are accepted and ignored.',
        tags: ['timeline'],
        requestParams: { query: timelineQuery },
        responses: {
          200: { description: 'The events and their links.', content: json(timelineDataSchema) },
          400: badRequest,
          500: internalError,
          503: unavailable,
        },
      },
    },
    '/api/v1/views': {
      post: {
        operationId: 'createView',
        summary: 'Save a timeline view as a short link (anyone; rate limited)',
        description:
          'Anonymous visitors may save 30 views per client address per 10 minutes, signed-in people 300 per account. Cookie ' +
          'requests must come from this site (Origin checked); requests with a bearer token are exempt.',
        tags: ['timeline'],
        requestBody: { required: true, content: json(savedViewBodySchema) },
        responses: {
          201: {
            description: 'Saved.',
            headers: z.object({ Location: z.string().meta({ description: '/v/{slug}' }) }),
            content: json(savedViewCreatedSchema),
          },
          400: errorResponse(
            'SavedViewInvalid',
            'The body is not a JSON object (`invalid_body`) or a field is invalid (`validation_failed`, `fieldErrors` names it).',
          ),
          401: errorResponse(
            'SavedViewUnauthenticated',
            'The bearer token is malformed, unknown or revoked.',
          ),
          403: errorResponse(
            'SavedViewBadOrigin',
            'A cookie-carrying request came from another origin (`bad_origin`).',
          ),
          413: errorResponse('SavedViewTooLarge', 'The body is larger than 16 KB (`payload_too_large`).'),
          415: errorResponse(
            'SavedViewUnsupported',
            'The body is not `application/json` (`unsupported_media_type`).',
          ),
          429: {
            ...errorResponse(
              'SavedViewRateLimited',
              'Too many views saved from this address or account (`rate_limited`).',
            ),
            headers: z.object({
              'Retry-After': z.string().meta({ description: 'Seconds until the limit resets.' }),
            }),
          },
          500: internalError,
          503: unavailable,
        },
      },
    },
  };
}

export const TIMELINE_TAG = {
  name: 'timeline',
  description: 'Timeline views: their events (now or as known on a past moment) and saved, shareable links.',
} as const;

// Compile-time drift checks: each schema's type and its DTO must be mutually assignable.
type Expect<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type _TimelineChecks = [
  Expect<Same<z.infer<typeof timelineDataSchema>, TimelineData>>,
  Expect<Same<z.infer<typeof eventAsKnownOnSchema>, EventAsKnownOn>>,
  Expect<Same<z.infer<typeof savedViewCreatedSchema>, SavedViewCreated>>,
];
