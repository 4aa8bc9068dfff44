import { z } from 'zod';
import type {
  Citation,
  EventDate,
  EventDetail,
  EventListItem,
  LinkedEvent,
  OrganizationProfile,
  OrganizationSummary,
  OrgRef,
  PersonRef,
  PresenceEntry,
  ProductRef,
  RegionProfile,
  RegionRef,
  RegionSummary,
  RevisionSummary,
} from '@/lib/domain/dto';
import {
  CITATION_STANCES,
  EVENT_LINK_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  ORGANIZATION_KINDS,
  PRODUCT_CATEGORIES,
  REGION_KINDS,
  REVISION_ACTIONS,
} from '@/lib/domain/vocabulary';
import { API_ERROR_CODES, type ApiErrorBody } from './errors';
import type { EventPageBody, HealthBody, ListBody } from './responses';

// Zod mirrors of the response DTOs (lib/domain/dto.ts), used only to generate the OpenAPI
// document. The `_Checks` at the end fail to compile when a schema and its DTO drift apart in
// either direction (a field added, removed or retyped on one side only).

// Ids are documented by format only: a strict UUID pattern would promise more than the data does.
const uuid = z.string().meta({ format: 'uuid', example: '0b6f3c1e-6a55-4f0e-9a57-3f4f0d0b1c2a' });
const day = z.iso.date();
const moment = z.iso.datetime({ offset: true });

export const orgRefSchema = z
  .object({ id: uuid, slug: z.string(), name: z.string(), kind: z.enum(ORGANIZATION_KINDS) })
  .meta({
    id: 'OrgRef',
    description: 'A reference to an organization (vendor, carrier, retailer, agency, other).',
  });

export const regionRefSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    name: z.string(),
    kind: z.enum(REGION_KINDS),
    isoCode: z.string().nullable().meta({ description: 'ISO 3166 code for countries and subdivisions.' }),
  })
  .meta({ id: 'RegionRef' });

export const personRefSchema = z
  .object({ id: uuid, slug: z.string(), name: z.string(), role: z.string() })
  .meta({ id: 'PersonRef' });

export const productRefSchema = z
  .object({ id: uuid, slug: z.string(), name: z.string(), category: z.enum(PRODUCT_CATEGORIES) })
  .meta({ id: 'ProductRef' });

export const eventDateSchema = z
  .object({
    edtf: z
      .string()
      .meta({ description: 'The source of truth: an EDTF string.', example: '2018-12~/2019-03~' }),
    lo: day.meta({ description: 'Earliest day the event may fall on.' }),
    hi: day.meta({ description: 'Latest day the event may fall on.' }),
    precision: z.string().meta({ description: 'day, month, quarter, half, season, year, decade or window.' }),
    approximate: z.boolean(),
    uncertain: z.boolean(),
    label: z.string().meta({ example: 'around December 2018 to around March 2019' }),
  })
  .meta({ id: 'EventDate', description: 'A fuzzy date: an EDTF value with its bounds and precision.' });

export const citationSchema = z
  .object({
    sourceId: uuid,
    outlet: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    published: z.string().nullable().meta({ description: 'EDTF of the publication date, when known.' }),
    publishedLabel: z.string().nullable(),
    quote: z.string(),
    speaker: personRefSchema.nullable(),
    stance: z.enum(CITATION_STANCES),
    note: z.string().meta({ description: "The citation's own note." }),
    sourceNote: z.string().meta({ description: "The source's note (e.g. how it is known)." }),
  })
  .meta({ id: 'Citation', description: 'A source cited by an event, with the quote and stance.' });

const eventListItemShape = {
  id: uuid,
  title: z.string(),
  summary: z.string(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  date: eventDateSchema,
  vendor: orgRefSchema.nullable(),
  region: regionRefSchema.nullable(),
  counterparties: z.array(orgRefSchema),
  counterpartyNote: z
    .string()
    .meta({ description: 'Names an unnamed counterparty, e.g. "major US carriers".' }),
  actors: z.array(orgRefSchema),
  sources: z.array(citationSchema).meta({ description: 'Empty when the event is unsourced.' }),
  version: z.number().int().meta({ description: 'Send it back with an update (optimistic concurrency).' }),
  updatedAt: moment,
};

export const eventListItemSchema = z.object(eventListItemShape).meta({ id: 'EventListItem' });

export const linkedEventSchema = z
  .object({
    linkId: uuid,
    type: z.enum(EVENT_LINK_TYPES),
    direction: z.enum(['outgoing', 'incoming']).meta({
      description:
        'outgoing: this event → the other (this one "cancels" it); incoming: the other → this one.',
    }),
    note: z.string(),
    event: z.object({
      id: uuid,
      title: z.string(),
      status: z.enum(EVENT_STATUSES),
      type: z.enum(EVENT_TYPES),
      dateLabel: z.string(),
    }),
  })
  .meta({ id: 'LinkedEvent' });

export const revisionSummarySchema = z
  .object({
    id: z.number().int(),
    entityType: z.string(),
    entityId: z.string(),
    version: z.number().int(),
    action: z.enum(REVISION_ACTIONS),
    actorLabel: z.string(),
    createdAt: moment,
    label: z.string(),
  })
  .meta({ id: 'RevisionSummary' });

export const eventDetailSchema = z
  .object({
    ...eventListItemShape,
    people: z.array(personRefSchema),
    products: z.array(productRefSchema),
    links: z.array(linkedEventSchema),
    history: z.array(revisionSummarySchema).meta({ description: 'Revisions, newest first.' }),
  })
  .meta({ id: 'EventDetail' });

const withEventCount = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, eventCount: z.number().int() });

const organizationSummaryShape = {
  ...orgRefSchema.shape,
  hqCountry: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string(),
  eventCount: z
    .number()
    .int()
    .meta({ description: 'Events it takes part in (as vendor, counterparty or actor).' }),
};

export const organizationSummarySchema = z
  .object(organizationSummaryShape)
  .meta({ id: 'OrganizationSummary' });

export const presenceEntrySchema = z
  .object({
    region: regionRefSchema,
    state: z.enum(['established', 'entered', 'planned', 'cancelled', 'exited']),
    latestEvent: z.object({ id: uuid, title: z.string(), dateLabel: z.string() }),
  })
  .meta({ id: 'PresenceEntry', description: 'Where a vendor stands in a region, derived from its events.' });

export const organizationProfileSchema = z
  .object({
    ...organizationSummaryShape,
    regions: z.array(regionRefSchema),
    events: z.array(eventListItemSchema),
    presence: z.array(presenceEntrySchema),
    partners: z.array(withEventCount(orgRefSchema.shape)),
    products: z.array(productRefSchema),
    people: z.array(personRefSchema),
  })
  .meta({ id: 'OrganizationProfile' });

const regionSummaryShape = {
  ...regionRefSchema.shape,
  isoNumeric: z.string().nullable(),
  note: z.string(),
  parents: z.array(regionRefSchema),
  eventCount: z.number().int().meta({ description: 'Events placed directly in this region.' }),
};

export const regionSummarySchema = z.object(regionSummaryShape).meta({ id: 'RegionSummary' });

export const regionProfileSchema = z
  .object({
    ...regionSummaryShape,
    members: z.array(regionRefSchema),
    events: z
      .array(eventListItemSchema)
      .meta({ description: 'Events in this region and its member regions.' }),
    vendors: z.array(withEventCount(orgRefSchema.shape)),
    carriers: z.array(orgRefSchema),
    retailers: z.array(orgRefSchema),
  })
  .meta({ id: 'RegionProfile' });

export const eventPageSchema = z
  .object({
    items: z.array(eventListItemSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    links: z.object({
      next: z.string().nullable().meta({
        description:
          'Path and query of the next page (resolve against the request URL); null on the last page.',
        example: '/api/v1/events?limit=2&cursor=WyIyMDE3LTExLTAxIiwi',
      }),
    }),
  })
  .meta({ id: 'EventPage' });

export const organizationListSchema = z
  .object({ items: z.array(organizationSummarySchema) })
  .meta({ id: 'OrganizationList' });

export const regionListSchema = z.object({ items: z.array(regionSummarySchema) }).meta({ id: 'RegionList' });

export const healthSchema = z
  .union([
    z.object({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']) }),
    z.object({ status: z.literal('unavailable'), error: z.string() }),
  ])
  .meta({ id: 'Health' });

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      parameter: z.string().optional().meta({ description: 'The parameter at fault (invalid_parameter).' }),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: 'Messages per field (validation_failed).' }),
      current: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'The record as it is now (conflict).' }),
      expectedVersion: z
        .number()
        .int()
        .optional()
        .meta({ description: 'The stale version the client sent (conflict).' }),
      rows: z
        .array(z.object({ row: z.number().int(), column: z.string(), message: z.string() }))
        .optional()
        .meta({
          description:
            'Every problem of an import file (validation_failed of /import): 1-based row (in CSV the header is row 1), column, message.',
        }),
    }),
  })
  .meta({ id: 'Error', description: 'Every error response has this shape.' });

// Compile-time drift checks: each schema's type and its DTO must be mutually assignable.
type Expect<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type _Checks = [
  Expect<Same<z.infer<typeof orgRefSchema>, OrgRef>>,
  Expect<Same<z.infer<typeof regionRefSchema>, RegionRef>>,
  Expect<Same<z.infer<typeof personRefSchema>, PersonRef>>,
  Expect<Same<z.infer<typeof productRefSchema>, ProductRef>>,
  Expect<Same<z.infer<typeof eventDateSchema>, EventDate>>,
  Expect<Same<z.infer<typeof citationSchema>, Citation>>,
  Expect<Same<z.infer<typeof eventListItemSchema>, EventListItem>>,
  Expect<Same<z.infer<typeof linkedEventSchema>, LinkedEvent>>,
  Expect<Same<z.infer<typeof revisionSummarySchema>, RevisionSummary>>,
  Expect<Same<z.infer<typeof eventDetailSchema>, EventDetail>>,
  Expect<Same<z.infer<typeof organizationSummarySchema>, OrganizationSummary>>,
  Expect<Same<z.infer<typeof presenceEntrySchema>, PresenceEntry>>,
  Expect<Same<z.infer<typeof organizationProfileSchema>, OrganizationProfile>>,
  Expect<Same<z.infer<typeof regionSummarySchema>, RegionSummary>>,
  Expect<Same<z.infer<typeof regionProfileSchema>, RegionProfile>>,
  Expect<Same<z.infer<typeof eventPageSchema>, EventPageBody>>,
  Expect<Same<z.infer<typeof organizationListSchema>, ListBody<OrganizationSummary>>>,
  Expect<Same<z.infer<typeof regionListSchema>, ListBody<RegionSummary>>>,
  Expect<Same<z.infer<typeof healthSchema>, HealthBody>>,
  Expect<Same<z.infer<typeof apiErrorSchema>, ApiErrorBody>>,
];
